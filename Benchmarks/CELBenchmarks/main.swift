// Evaluations per second of compiled rule expressions (issue 2's targets), in a release build:
//
//     swift run -c release cel-benchmarks [--seconds S] [--check]
//
// Each expression is compiled once, then evaluated repeatedly for S seconds (default 2)
// against bindings shaped like a real assessment: 60 indicators, five domains, a profile.
// With --check the program exits 1 when a figure is below its target.
import Foundation
import ZhizaoCEL

struct Case {
    let label: String
    let source: String
    let expected: CELValue
    let target: Double  // evaluations per second
}

let cases = [
    Case(label: "(a) total and one domain", source: "total >= 60.0 && domain.production >= 50.0",
         expected: true, target: 5_000_000),
    Case(label: "(b) profile fact in a list", source: "profile.accident_grade_3y in ['none', 'general']",
         expected: true, target: 5_000_000),
    Case(label: "(c) filter over 60 indicators",
         source: "indicators.filter(i, 'ai' in i.tags && i.score >= 0.8).size() >= 3",
         expected: true, target: 200_000),
]

let arguments = CommandLine.arguments.dropFirst()
let seconds = arguments.firstIndex(of: "--seconds").flatMap { Double(arguments[arguments.index(after: $0)]) } ?? 2
let enforce = arguments.contains("--check")

var environment = CELEnvironment()
environment.declare("total", as: .double)
environment.declare("domain", as: .map(.string, .double))
environment.declare("profile", as: .map(.string, .dyn))
environment.declare("indicators", as: .list(.map(.string, .dyn)))

var bindings = environment.makeBindings()
bindings["total"] = .double(63.4)
bindings["domain"] = .map(CELMap(["rd": .double(55.0), "production": .double(71.2), "om": .double(48.0),
                                   "supply": .double(60.5), "service": .double(40.0)]))
bindings["profile"] = .map(CELMap(["above_designated_size": .bool(true), "accident_grade_3y": .string("none"),
                                    "cmmm_level": .int(3)]))
let domains = ["rd", "production", "om", "supply", "service"]
bindings["indicators"] = .list((0..<60).map { n in
    // Every fifth indicator is an AI scenario; scores cycle through the scale's levels.
    let tags: [CELValue] = n % 5 == 0 ? ["scenario", "ai"] : ["scenario"]
    return .map(CELMap([
        "id": .string("indicator_\(n)"), "domain": .string(domains[n % 5]),
        "score": .double([0.0, 0.5, 0.8, 1.0][n % 4]), "weight": .double(Double(1 + n % 3)),
        "tags": .list(tags), "answered": .bool(true), "na": .bool(false), "applicable": .bool(true),
        "scenario": .int(Int64(n % 40 + 1)),
    ]))
})

print("CEL evaluations per second (release build, one thread, \(seconds) s per expression)")
var allMet = true
for testCase in cases {
    let program: CELProgram
    do {
        program = try environment.compile(testCase.source, expecting: .bool)
    } catch {
        print("\(testCase.label): does not compile: \(error)")
        exit(2)
    }
    guard (try? program.evaluate(bindings)) == testCase.expected else {
        print("\(testCase.label): wrong result")
        exit(2)
    }
    let clock = ContinuousClock()
    var evaluations = 0
    var trues = 0
    let start = clock.now
    let deadline = start + .milliseconds(Int(seconds * 1000))
    while clock.now < deadline {
        for _ in 0..<1_000 {
            if case .bool(true)? = try? program.evaluate(bindings) { trues += 1 }
        }
        evaluations += 1_000
    }
    let elapsed = (clock.now - start) / .seconds(1)
    let rate = Double(evaluations) / elapsed
    let met = rate >= testCase.target
    allMet = allMet && met && trues == evaluations
    let figure = String(format: "%12.0f", rate)
    print("\(testCase.label.padding(toLength: 34, withPad: " ", startingAt: 0)) \(figure) /s  (target \(Int(testCase.target)))  \(met ? "met" : "BELOW TARGET")")
    print("    \(testCase.source)")
}
if enforce && !allMet { exit(1) }
