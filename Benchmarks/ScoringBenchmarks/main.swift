// Scoring throughput (issue 3's targets), in a release build:
//
//     swift build -c release && .build/release/scoring-benchmarks [--seconds S] [--skip-plan]
//
// 1. In process, one thread: assessments scored per second against the 60-indicator fixture
//    rubric (Benchmarks/Fixtures/rubric-60.yaml), rubric compiled once, files already read;
//    without the improvement plan (what batch ranking does) and with it.
// 2. What reading and validating the same assessments costs (YAML → Assessment).
// 3. The wall time of one `zhizao score FILE` process, run 20 times, on the sample and on the
//    default (Shandong) rubric's example with the longest plan.
// 4. Rendering one full HTML (and Markdown) report in process.
//
// With `--parse-only DIR [--jobs N]` it measures only what parsing YAML costs for every
// .yaml file under DIR (read + YAMLReader, N threads), and exits: Benchmarks/Rank/run.sh
// sets that beside the time of `zhizao rank` on the same files.
import Foundation
import ZhizaoKit
import ZhizaoCEL

let arguments = CommandLine.arguments.dropFirst()
let seconds = arguments.firstIndex(of: "--seconds").flatMap { Double(arguments[arguments.index(after: $0)]) } ?? 2
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rubricPath = root.appendingPathComponent("Benchmarks/Fixtures/rubric-60.yaml").path

if let flag = arguments.firstIndex(of: "--parse-only") {
    let folder = arguments[arguments.index(after: flag)]
    let jobs = arguments.firstIndex(of: "--jobs").flatMap { Int(arguments[arguments.index(after: $0)]) } ?? ProcessInfo.processInfo.activeProcessorCount
    let files = InputFinder.expand([folder], extensions: ["yaml"]).files
    let start = Date()
    let failures = ParseCounter()
    let queue = OperationQueue()
    queue.maxConcurrentOperationCount = jobs
    let chunk = max(1, files.count / (jobs * 8))
    for first in stride(from: 0, to: files.count, by: chunk) {
        queue.addOperation {
            for file in files[first..<min(files.count, first + chunk)] {
                guard let data = FileManager.default.contents(atPath: file) else { failures.add(); continue }
                if (try? YAMLReader.readDocument(Array(data))) == nil { failures.add() }
            }
        }
    }
    queue.waitUntilAllOperationsAreFinished()
    let elapsed = Date().timeIntervalSince(start)
    print(String(format: "YAML parse only: %d files in %.2f s (%.0f files/s, %d jobs, %d not parsed)", files.count, elapsed, Double(files.count) / elapsed, jobs, failures.count))
    exit(0)
}

final class ParseCounter: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var count = 0
    func add() { lock.lock(); count += 1; lock.unlock() }
}

let loaded = RubricLoader().load(rubricPath)
guard let rubric = loaded.rubric else {
    print(loaded.diagnostics.map(\.description).joined(separator: "\n"))
    exit(2)
}

/// Deterministic synthetic assessments: answers drawn around a per-enterprise strength.
struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() % 1_000_000) / 1_000_000 }
}

func assessmentText(_ index: Int, _ g: inout Generator) -> String {
    let strength = g.unit()
    var lines = ["format: zhizao.assessment/1", "rubric: benchmark-60", "enterprise: {name: 企业\(index), city: 潍坊}",
                 "applying_for: \(["basic", "advanced", "excellence"][index % 3])",
                 "profile: {above_designated_size: true, accident_grade_3y: none, cmmm_level: \(2 + index % 3)}", "answers:"]
    for indicator in rubric.indicators {
        let level = min(0.999, max(0, strength + (g.unit() - 0.5) * 0.6))
        switch indicator.kind {
        case .choice:
            if indicator.notApplicable == .exclude, g.unit() < 0.03 { lines.append("  \(indicator.id): {na: 不涉及}"); continue }
            lines.append("  \(indicator.id): " + ["none", "partly", "mostly", "full"][Int(level * 4)])
        case .multi: lines.append("  \(indicator.id): " + ["[]", "[a]", "[a, b]", "[a, b, c]"][Int(level * 4)])
        case .bool: lines.append("  \(indicator.id): \(level > 0.5)")
        case .percent: lines.append("  \(indicator.id): \(Int(level * 100))")
        case .number: lines.append("  \(indicator.id): \(Int(level * 250))")
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

var generator = Generator(state: 42)
let texts = (0..<2_000).map { assessmentText($0, &generator) }
let reader = AssessmentReader(rubric: rubric)
let clock = ContinuousClock()

func read(_ text: String, _ index: Int) -> Assessment {
    let bytes = Array(text.utf8)
    guard let document = try? YAMLReader.readDocument(bytes),
          case .success(let assessment) = reader.read(document, source: "a\(index).yaml", fingerprint: AssessmentReader.fingerprint(bytes))
    else { fatalError("generated assessment \(index) is invalid") }
    return assessment
}

let readStart = clock.now
let assessments = texts.enumerated().map { read($1, $0) }
let readTime = (clock.now - readStart) / .seconds(1)

let scorer = Scorer(rubric: rubric)
func rate(plan: PlanOptions?, budget: Double) -> (Double, [String: Int]) {
    var count = 0
    var tiers: [String: Int] = [:]
    let deadline = clock.now + .milliseconds(Int(budget * 1000))
    let start = clock.now
    while clock.now < deadline {
        for assessment in assessments {
            let result = scorer.score(assessment, plan: plan)
            tiers[result.tier ?? "none", default: 0] += 1
            count += 1
            if plan != nil && clock.now >= deadline { break }
        }
    }
    return (Double(count) / ((clock.now - start) / .seconds(1)), tiers)
}

print("Scoring throughput, release build, one thread, rubric \(rubric.id) (\(rubric.indicators.count) indicators)")
print(String(format: "  read + validate (YAML → Assessment):  %8.0f assessments/s  (%.1f µs each)",
             Double(texts.count) / readTime, readTime / Double(texts.count) * 1e6))
let (plain, tiers) = rate(plan: nil, budget: seconds)
print(String(format: "  score, no plan (as rank does):        %8.0f assessments/s  (target 20000)  %@", plain, plain >= 20_000 ? "met" : "BELOW TARGET"))
print("    tiers: " + tiers.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
if !arguments.contains("--skip-plan") {
    let (planned, _) = rate(plan: PlanOptions(), budget: seconds)
    print(String(format: "  score with improvement plan:          %8.0f assessments/s", planned))
}

// Rendering one full HTML report in process (issue 5: under 5 ms), and the Markdown and Word
// ones: the default rubric's Weifang example, scored once; each round builds the report model
// and renders the template (compiled once, as a batch would) or zips the Word document.
do {
    let pipeline = AssessmentPipeline(catalog: RubricCatalog())
    guard case .scored(let result) = pipeline.process(path: root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path) else {
        fatalError("the Weifang example does not score")
    }
    let html = try ReportHTMLWriter()
    let markdown = try ReportMarkdownWriter()
    // The Word document is zipped too (deflated parts), as `report --format docx` writes it.
    for (name, writer) in [("HTML", html as any ReportWriter), ("Markdown", markdown as any ReportWriter), ("Word", ReportDocxWriter())] {
        var rounds = 0
        var bytes = 0
        let start = clock.now
        while clock.now - start < .milliseconds(Int(seconds * 500)) {
            bytes = try writer.document(ScoreView(result, language: .zh, stamp: OutputStamp(date: "2026-05-20"))).data.count
            rounds += 1
        }
        let each = (clock.now - start) / .milliseconds(1) / Double(rounds)
        print(String(format: "  render one full %@ report (%d bytes):  %.2f ms each%@", name, bytes, each,
                     name == "HTML" ? (each < 5 ? "  (target < 5 ms)  met" : "  (target < 5 ms)  BELOW TARGET") : ""))
    }
}

/// Runs a program with stdout to /dev/null and waits for it: posix_spawn and waitpid, because
/// Foundation's `Process.waitUntilExit` polls a run loop and adds tens of milliseconds.
func run(_ path: String, _ arguments: [String]) {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { fatalError("cannot run \(path)") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
}

// One process on one file.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("zhizao").path
if FileManager.default.isExecutableFile(atPath: binary) {
    // The sample, and the default rubric's example with the longest improvement plan.
    for example in ["Examples/sample/weifang-engine.yaml", "Examples/shandong/weihai-medical.yaml"] {
        let file = root.appendingPathComponent(example).path
        var times: [Double] = []
        for _ in 0..<20 {
            let t0 = clock.now
            run(binary, ["score", file])
            times.append((clock.now - t0) / .milliseconds(1))
        }
        times.sort()
        print(String(format: "  one `zhizao score` process, %@: median %.1f ms, max %.1f ms (target < 100 ms)  %@",
                     example, times[times.count / 2], times.last!, times.last! < 100 ? "met" : "BELOW TARGET"))
    }
} else {
    print("  (build zhizao in release too — `swift build -c release` — to time one process)")
}
