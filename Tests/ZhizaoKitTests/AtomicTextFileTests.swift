import Foundation
import Testing
@testable import ZhizaoKit

/// A file written through `AtomicTextFile` is replaced whole or not at all.
@Suite("Atomic text files")
struct AtomicTextFileTests {
    struct CloseFailure: Error {}

    @Test("a failed close throws and leaves the previous file, with no temporary file beside it")
    func failedClose() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ranking.csv").path
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)

        let file = try AtomicTextFile(path: path)
        // As a full disk or a network share can: the data reached no disk, and only the close says so.
        file.closeFile = { handle in
            try handle.close()
            throw CloseFailure()
        }
        file.write("new\n")
        #expect(throws: CloseFailure.self) { try file.commit() }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ranking.csv"])
    }

    @Test("a file that closes is renamed into place")
    func committed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ranking.csv").path
        try "old\n".write(toFile: path, atomically: true, encoding: .utf8)
        try AtomicTextFile.write(path) { $0.write("new\n") }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ranking.csv"])
    }
}
