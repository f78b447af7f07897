import Foundation
import Testing
import ZhizaoTestSupport

/// The same input gives byte-identical output in two separate processes. Within one process
/// every run shares one hash seed, so a result that depends on a dictionary's order looks
/// stable there; two processes get two seeds and show it.
@Suite("determinism across processes")
struct DeterminismTests {
    /// Synthetic assessments for the shipped rubric, from the shared generator (through the
    /// benchmark's wrapper, which keeps profile choice ids); nil when Python or PyYAML is missing.
    static func generated(count: Int, seed: Int) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-determinism-\(UUID().uuidString)")
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("Benchmarks/Rank/generate.py"),
                                                           "--rubric", PackageRoot.path("Rubrics/shandong-smart-factory.yaml"),
                                                           "--count", String(count), "--out", folder.path, "--format", "yaml",
                                                           "--seed", String(seed)])
        try #require(result.status == 0, "the generator needs python3 and PyYAML (scripts/test.sh installs them): \(result.stderr)")
        return folder
    }

    @Test("score --format json on 12 generated assessments: the same bytes from two processes, plans included")
    func scoreJSON() throws {
        let folder = try Self.generated(count: 12, seed: 13)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count == 12)
        let arguments = ["score", "--format", "json"] + files
        let first = try CommandRunner.run(arguments, in: folder)
        let second = try CommandRunner.run(arguments, in: folder)
        #expect(first.stderr == second.stderr)
        #expect(first.stdout.split(separator: "\n").count == 12, "one JSON line per assessment")
        #expect(Self.hasRaises(first.stdout), "some plans have raises, so their order is compared")
        #expect(first.stdout == second.stdout, "two processes printed different results")
    }

    /// Whether some plan in the JSON lines raises something.
    static func hasRaises(_ lines: String) -> Bool {
        lines.contains("\"changes\":[{") || lines.contains("\"raises\":[{")
    }

    /// Eight interchangeable scenarios and two interchangeable yes/no indicators: most plans to
    /// these tiers have equally cheap rivals — other indicators at the same cost and count
    /// (decided by rubric order), or the same indicators sharing the levels differently (which
    /// the SPEC leaves to the planner, but not to chance).
    static let tiesRubric = """
        format: zhizao.rubric/1
        id: ties
        version: "1"
        title: Ties
        scales:
          level:
            - {id: none, score: 0}
            - {id: pilot, score: 0.3, step: 1}
            - {id: digital, score: 0.6, step: 2}
            - {id: integrated, score: 0.8, step: 3}
            - {id: intelligent, score: 1, step: 4}
        domains: [{id: d, weight: 1}, {id: e, weight: 1}]
        indicators:
          - {id: a, domain: d, type: choice, scale: level, effort: 1}
          - {id: b, domain: d, type: choice, scale: level, effort: 1}
          - {id: c, domain: d, type: choice, scale: level, effort: 1}
          - {id: f, domain: d, type: choice, scale: level, effort: 1}
          - {id: g, domain: e, type: choice, scale: level, effort: 1}
          - {id: h, domain: e, type: choice, scale: level, effort: 1}
          - {id: i, domain: e, type: choice, scale: level, effort: 1}
          - {id: j, domain: e, type: choice, scale: level, effort: 1}
          - {id: x, domain: d, type: bool, effort: 3}
          - {id: y, domain: e, type: bool, effort: 3}
        tiers:
          - {id: t1, rules: [{id: total_30, expr: "total >= 30.0"}]}
          - {id: t2, rules: [{id: total_50, expr: "total >= 50.0"}]}
          - {id: t3, rules: [{id: total_70, expr: "total >= 70.0"}, {id: d_70, expr: "domain.d >= 70.0"}]}
        """

    @Test("score --format json on plans with ties in cost: the same bytes from two processes")
    func tiedPlans() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-ties-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.tiesRubric.write(to: folder.appendingPathComponent("ties.yaml"), atomically: true, encoding: .utf8)
        let levels = ["none", "pilot", "digital", "integrated"]
        let ids = ["a", "b", "c", "f", "g", "h", "i", "j"]
        var files: [String] = []
        for index in 0..<12 {
            // Everyone level with everyone (all none, all pilot, …), or alternating levels, with
            // the answers written in a different order each time.
            var answers = ids.enumerated().map { position, id in "  \(id): \(levels[index < 4 ? index : (index + position) % 3])" }
            answers += ["  x: \(index % 2 == 0)", "  y: false"]
            let rotated = Array(answers[(index % answers.count)...] + answers[..<(index % answers.count)])
            let applying = index % 3 == 2 ? "applying_for: t3\n" : ""
            let text = "format: zhizao.assessment/1\nrubric: ties.yaml\n\(applying)answers:\n" + rotated.joined(separator: "\n") + "\n"
            let name = String(format: "a%02d.yaml", index)
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            files.append(name)
        }
        let arguments = ["score", "--format", "json"] + files
        let first = try CommandRunner.run(arguments, in: folder)
        let second = try CommandRunner.run(arguments, in: folder)
        #expect(first.status == second.status)
        #expect(first.stderr == second.stderr)
        #expect(first.stdout.split(separator: "\n").count == 12, "one JSON line per assessment: \(first.stderr)")
        #expect(Self.hasRaises(first.stdout), "the plans raise something")
        #expect(first.stdout == second.stdout, "two processes printed different plans")
    }
}
