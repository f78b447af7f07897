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
        #expect(first.stdout.contains("\"changes\":[{"), "some plans have changes, so their order is compared")
        #expect(first.stdout == second.stdout, "two processes printed different results")
    }
}
