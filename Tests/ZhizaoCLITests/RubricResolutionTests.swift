import Foundation
import ZhizaoTestSupport
import Testing

/// How `zhizao score` finds the rubric (SPEC §2/§4): `--rubric`, else the assessment's
/// `rubric:` field (an id, id@version or a path relative to the assessment's folder).
@Suite("Finding the rubric")
struct RubricResolutionTests {
    static let root = PackageRoot.url

    @Test("a path in rubric: is relative to the assessment's folder, from any working folder")
    func relativePath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rubric-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("criteria"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rubric = try String(contentsOf: Self.root.appendingPathComponent("Rubrics/sample-smart-factory.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: sample-smart-factory", with: "id: local-copy")
        try rubric.write(to: folder.appendingPathComponent("criteria/local.yaml"), atomically: true, encoding: .utf8)
        let assessment = try String(contentsOf: Self.root.appendingPathComponent("Examples/sample/weifang-engine.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "rubric: sample-smart-factory@2026.1", with: "rubric: criteria/local.yaml")
        let file = folder.appendingPathComponent("a.yaml").path
        try assessment.write(toFile: file, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["score", file, "--format", "json", "--no-plan"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect((object["rubric"] as? [String: Any])?["id"] as? String == "local-copy")
    }

    @Test("an unknown rubric id is refused with the shipped ids listed")
    func unknownID() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rubric-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.yaml").path
        try "format: zhizao.assessment/1\nrubric: sample-smart-factroy\nanswers: {}\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["score", file, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no shipped rubric 'sample-smart-factroy' (did you mean 'sample-smart-factory'?)"))
    }

    @Test("a --rubric that cannot be read says why, in the user's language, at the path given")
    func unreadableRubric() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rubric-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let assessment = Self.root.appendingPathComponent("Examples/sample/weifang-engine.yaml").path
        let missing = folder.appendingPathComponent("missing.yaml").path
        let missingResult = try CommandRunner.run(["score", assessment, "--rubric", missing, "--lang", "zh"])
        #expect(missingResult.status == 2)
        #expect(missingResult.stderr == "\(missing):1:1: error: 找不到文件\n")
        let folderAsFile = folder.appendingPathComponent("folder.yaml").path
        let folderResult = try CommandRunner.run(["score", assessment, "--rubric", folderAsFile, "--lang", "en"])
        #expect(folderResult.status == 2)
        #expect(folderResult.stderr == "\(folderAsFile):1:1: error: this is a folder, not a file\n")
    }
}
