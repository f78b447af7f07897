import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// Issue 4: every example enterprise in Examples/ states what it should get (`x-expected:`),
// and scoring it against its rubric gives exactly that: the tier, completeness, the gates
// it fails, the blockers and the size of its improvement plan.

@Suite("Example enterprises")
struct ExampleEnterpriseTests {
    static let root = PackageRoot.url

    /// Every example with an expectation, relative to the package.
    static let examples: [String] = InputFinder.expand([root.appendingPathComponent("Examples").path]).files
        .filter { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("\nx-expected:") == true }
        .map { String($0.dropFirst(root.path.count + 1)) }

    /// `x-expected:` as strings and lists of strings.
    struct Expected {
        var fields: [String: [String]] = [:]
        func one(_ key: String) -> String? { fields[key]?.first }
    }

    static func expected(_ path: String) throws -> Expected {
        let document = try YAMLReader.readDocument(Array(try Data(contentsOf: root.appendingPathComponent(path))))
        guard case .mapping(let pairs) = document.kind,
              let node = pairs.first(where: { $0.key.scalar == "x-expected" })?.value,
              case .mapping(let fields) = node.kind else { throw ExampleError.noExpectation(path) }
        var expected = Expected()
        for field in fields {
            guard let key = field.key.scalar else { continue }
            switch field.value.kind {
            case .scalar(let text, _): expected.fields[key] = [text]
            case .sequence(let items): expected.fields[key] = items.compactMap(\.scalar)
            case .mapping: throw ExampleError.noExpectation(path)
            }
        }
        return expected
    }

    enum ExampleError: Error { case noExpectation(String), rejected(String) }

    static func score(_ path: String, rubric: String? = nil) throws -> ScoreResult {
        let catalog = RubricCatalog()
        var override: Rubric?
        if let rubric, case .rubric(let resolved, _) = catalog.resolve(rubric, origin: "test") { override = resolved }
        let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override)
        switch pipeline.process(path: root.appendingPathComponent(path).path) {
        case .scored(let result): return result
        case .rejected(let diagnostics): throw ExampleError.rejected(diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    @Test("there are at least ten Shandong example enterprises, in different cities, covering every outcome")
    func coverage() throws {
        let shandong = Self.examples.filter { $0.hasPrefix("Examples/shandong/") }
        #expect(shandong.count >= 10, "\(shandong)")
        var tiers = Set<String>()
        var cities = Set<String>()
        var outcomes = Set<String>()
        for path in shandong {
            let expected = try Self.expected(path)
            let result = try Self.score(path)
            tiers.insert("\(result.rubric.id):\(expected.one("tier") ?? "?")")
            if let city = result.assessment.enterprise.city { cities.insert(city) }
            if expected.one("complete") == "false" { outcomes.insert("incomplete") }
            if expected.fields["failed_gates"] != nil { outcomes.insert("gate") }
            if expected.one("plan_changes") == "1" && expected.one("tier") == "none" { outcomes.insert("near miss") }
            if result.indicators.contains(where: { $0.status == .naExcluded }) { outcomes.insert("n/a") }
        }
        #expect(tiers.isSuperset(of: ["shandong-smart-factory:morning_star", "shandong-smart-factory:excellence", "shandong-smart-factory:pilot",
                                      "miit-smart-factory:basic", "miit-smart-factory:advanced"]), "\(tiers.sorted())")
        #expect(outcomes == ["incomplete", "gate", "near miss", "n/a"], "\(outcomes.sorted())")
        #expect(cities.count >= 10, "\(cities.sorted())")
    }

    @Test("each example gets the outcome it states", arguments: examples)
    func outcome(_ path: String) throws {
        let expected = try Self.expected(path)
        let result = try Self.score(path)
        #expect((result.tier ?? "none") == expected.one("tier"), "tier")
        if let complete = expected.one("complete") { #expect(result.complete == (complete == "true"), "complete") }
        // Consistency checks: exactly the ones the example states (none for most).
        let checks = result.warnings.filter { $0.kind == .check }.compactMap(\.id)
        #expect(checks == (expected.fields["checks"] ?? []), "check warnings")
        if let gates = expected.fields["failed_gates"] {
            let failed = Set(result.tiers.flatMap(\.gates).filter { $0.status != .pass }.map(\.id))
            #expect(failed == Set(gates), "failed gates")
        }
        if let blockers = expected.fields["blockers"] {
            let plan = try #require(result.plan)
            #expect(plan.blockers.filter { $0.kind != .unreachable || $0.id != plan.tier }.map(\.id) == blockers, "blockers")
            #expect(!plan.reachable)
        }
        if expected.one("plan_changes") != nil {
            // A near miss (`plan_changes` counted the changes of the old fewest-changes plan; the
            // least-cost plan may raise more indicators by fewer levels, so only its soundness is
            // checked): reachable, proven least-cost, and applying it reaches the tier it aims at
            // with no new warning, none of its raises one level too many (SPEC §3).
            let plan = try #require(result.plan)
            #expect(plan.reachable && plan.proven, "\(plan.summary)")
            let judge = PlanJudge(rubric: result.rubric)
            let sound = judge.expectWellFormed(plan, for: result, path)
            #expect(sound)
            for raise in plan.raises {
                for smaller in judge.smaller(raise) {
                    var answers = plan.proposedAnswers
                    answers[raise.indicator] = smaller == raise.from ? result.assessment.answers[raise.indicator] : Answer(value: smaller)
                    let works = judge.valid(plan.tier, result, result.assessment.replacingAnswers(answers), except: [])
                    #expect(!works, "\(raise.indicator) → \(DrawnAssessment.yaml(smaller)) would do\n\(plan.summary)")
                }
            }
        }
        if let tier = expected.one("national_tier") {
            let national = try Self.score(path, rubric: "miit-smart-factory")
            #expect((national.tier ?? "none") == tier, "tier under the national rubric")
            let failed = Set(national.tiers.flatMap(\.gates).filter { $0.status != .pass }.map(\.id))
            #expect(failed == Set(expected.fields["national_failed_gates"] ?? []), "national gates")
        }
    }

    @Test("a contradictory answer raises its consistency check, and only a warning: the scores stay")
    func contradictions() throws {
        let path = "Examples/shandong/weifang-diesel-engine.yaml"
        let original = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        #expect(original.contains("prod_equipment_networked: 92"))
        let before = try Self.score(path)
        // Predictive maintenance claimed with almost no equipment networked.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-checks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("contradiction.yaml")
        try original.replacingOccurrences(of: "prod_equipment_networked: 92", with: "prod_equipment_networked: 5")
            .write(to: file, atomically: true, encoding: .utf8)
        let pipeline = AssessmentPipeline(catalog: RubricCatalog())
        guard case .scored(let after) = pipeline.process(path: file.path) else { Issue.record("rejected"); return }
        #expect(before.warnings.filter { $0.kind == .check }.isEmpty)
        let raised = after.warnings.filter { $0.kind == .check }
        #expect(raised.map(\.id) == ["predictive_needs_networking"])
        #expect(raised.first?.message.zh.contains("联网率低于10%") == true)
        // The check changes no score: only the networking answer itself moved the total.
        #expect(after.tiers.map(\.id) == before.tiers.map(\.id))
        #expect(after.indicators.filter { $0.id != "prod_equipment_networked" } == before.indicators.filter { $0.id != "prod_equipment_networked" })
    }
}
