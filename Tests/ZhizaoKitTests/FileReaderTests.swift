import Foundation
import Testing
@testable import ZhizaoKit

/// Input files that cannot be read are refused with the real reason, in the user's
/// language, at the file's first line — never read as an empty file.
@Suite("Reading input files")
struct FileReaderTests {
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The refusal reading `path`, or nil when it was read.
    static func refusal(_ path: String, maxBytes: Int = 1 << 20) -> InputError? {
        do {
            _ = try FileReader.read(path, maxBytes: maxBytes)
            return nil
        } catch {
            return error
        }
    }

    @Test("a missing file: no such file, at 1:1")
    func missing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(Self.refusal(folder.appendingPathComponent("missing.yaml").path))
        #expect(error == InputError(line: 1, column: 1, Words.Input.noSuchFile))
        #expect(error.message.zh == "找不到文件")
    }

    @Test("a folder given as a file: a folder, not a file")
    func folderAsFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(Self.refusal(folder.path))
        #expect(error == InputError(line: 1, column: 1, Words.Input.isFolder))
    }

    @Test("a FIFO is refused at once as not a regular file, without waiting for a writer")
    func fifo() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("pipe.yaml").path
        try #require(mkfifo(path, 0o600) == 0)
        #expect(Self.refusal(path) == InputError(line: 1, column: 1, Words.Input.notRegularFile))
    }

    #if os(Linux)
    @Test("a read that fails says so; it is not an empty file")
    func readError() throws {
        // A regular file whose first byte cannot be read: the process's own memory at address 0.
        let error = try #require(Self.refusal("/proc/self/mem"))
        #expect(error.line == 1 && error.column == 1)
        #expect(error.message == Words.Input.cannotRead(because: Words.Input.inputOutputError))
        #expect(error.message.zh == "无法读取文件：输入/输出错误")
        #expect(error.message.en == "cannot read the file: input/output error")
    }
    #endif

    @Test("the common reasons are in the user's words, the rare ones in the system's")
    func reasons() {
        #expect(FileReader.reason(ENOENT) == Words.Input.noSuchFile)
        #expect(FileReader.reason(EISDIR) == Words.Input.isFolder)
        #expect(FileReader.reason(EACCES).zh == "无法读取文件：没有读取权限")
        #expect(FileReader.reason(EACCES).en == "cannot read the file: permission denied")
        #expect(FileReader.reason(ELOOP) == Words.Input.symbolicLinkLoop)
        #expect(FileReader.reason(ENAMETOOLONG).en.hasPrefix("cannot read the file: "))
        #expect(FileReader.reason(ENAMETOOLONG).en.count > "cannot read the file: ".count)
    }

    @Test("a symbolic link loop (a → a, or a → b → a) is reported as a loop, not as a missing file")
    func linkLoop() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let this = folder.appendingPathComponent("self.yaml").path
        try FileManager.default.createSymbolicLink(atPath: this, withDestinationPath: "self.yaml")
        let a = folder.appendingPathComponent("a.yaml").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: "b.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b.yaml").path, withDestinationPath: "a.yaml")
        for path in [this, a] {
            let error = try #require(Self.refusal(path))
            #expect(error == InputError(line: 1, column: 1, Words.Input.symbolicLinkLoop))
            #expect(error.message.zh.hasPrefix("符号链接循环"))
            #expect(error.message.en.hasPrefix("symbolic link loop"))
        }
    }

    @Test("a symbolic link to a regular file is read as the file")
    func linkToFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("real.yaml").path
        try "format: zhizao.assessment/1\n".write(toFile: target, atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("link.yaml").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.yaml")
        #expect(try FileReader.read(link, maxBytes: 1 << 20) == Array("format: zhizao.assessment/1\n".utf8))
    }

    @Test("a file is read whole; one past the limit is refused")
    func limits() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.yaml").path
        let text = String(repeating: "评估 assessment\n", count: 10_000)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try FileReader.read(path, maxBytes: text.utf8.count) == Array(text.utf8))
        #expect(Self.refusal(path, maxBytes: text.utf8.count - 1)
            == InputError(line: 1, column: 1, Words.Input.fileTooLarge(bytes: text.utf8.count, limit: text.utf8.count - 1)))
    }

    @Test("a rubric that cannot be read, or a part it includes, is reported where it was before")
    func throughTheLoader() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.yaml").path
        let direct = RubricLoader().load(missing)
        #expect(direct.rubric == nil)
        #expect(direct.diagnostics.map { $0.rendered(.zh) } == ["\(missing):1:1: error: 找不到文件"])

        try FileManager.default.createDirectory(at: folder.appendingPathComponent("part.yaml"), withIntermediateDirectories: false)
        let rubric = folder.appendingPathComponent("rubric.yaml").path
        try "format: zhizao.rubric/1\ninclude: [part.yaml]\n".write(toFile: rubric, atomically: true, encoding: .utf8)
        let included = RubricLoader().load(rubric).diagnostics.filter { $0.message.en.hasPrefix("cannot include") }
        #expect(included.map { $0.rendered(.zh) } == ["\(rubric):2:11: error: 无法包含 'part.yaml'：这是一个文件夹，不是文件"])
        #expect(included.map { $0.rendered(.en) } == ["\(rubric):2:11: error: cannot include 'part.yaml': this is a folder, not a file"])
    }
}
