import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// SPEC §2: every input `rank` is given is accounted for. A folder that cannot be listed, or
// an entry whose kind cannot be read, is reported with its path, never passed over. Tests
// run as root, whom `chmod 000` does not stop, so the failing calls are put in place of the
// file system's.

@Suite("Input search")
struct InputFinderTests {
    /// A small file system in memory: folders and files by path; `broken` paths fail to read.
    struct Folders: FolderListing {
        var folders: [String: [String]]
        var files: Set<String>
        var broken: Set<String> = []

        struct Failure: Error {}

        func contents(of folder: String) throws -> [String] {
            if broken.contains(folder) { throw Failure() }
            return folders[folder] ?? []
        }

        func type(of path: String) throws -> FileAttributeType {
            if broken.contains(path) && folders[path] == nil { throw Failure() }
            if folders[path] != nil { return .typeDirectory }
            if files.contains(path) { return .typeRegular }
            throw Failure()
        }

        func target(of path: String) -> PathTarget {
            let identity = FileIdentity(device: 1, inode: UInt64(bitPattern: Int64(path.hashValue)))
            if folders[path] != nil { return .folder(identity) }
            return files.contains(path) ? .file(identity) : .missing
        }
    }

    static let tree = Folders(folders: ["in": ["a.yaml", "locked", "notes.txt", "sub", "gone.yaml"], "in/locked": ["x.yaml"], "in/sub": ["b.yml"]],
                              files: ["in/a.yaml", "in/notes.txt", "in/sub/b.yml", "in/locked/x.yaml"], broken: ["in/locked", "in/gone.yaml"])

    @Test("a subfolder that cannot be listed and an entry that cannot be read are reported with their paths; the rest is found")
    func unreadable() {
        let found = InputFinder.expand(["in"], extensions: InputFinder.assessmentExtensions, in: Self.tree)
        #expect(found.files == ["in/a.yaml", "in/sub/b.yml"])
        #expect(found.skipped == ["in/notes.txt"])
        #expect(found.unreadable.map(\.path) == ["in/gone.yaml", "in/locked"])
        #expect(found.unreadable.first { $0.path == "in/locked" }?.error.message == Words.InputSearch.unreadableFolder)
        #expect(found.unreadable.first { $0.path == "in/gone.yaml" }?.error.message == Words.InputSearch.unreadableEntry)
    }

    @Test("a folder named on the command line that cannot be listed is reported too")
    func unreadableArgument() {
        let found = InputFinder.expand(["in/locked"], extensions: InputFinder.assessmentExtensions, in: Self.tree)
        #expect(found.files.isEmpty && found.unreadable.map(\.path) == ["in/locked"])
    }

    @Test("rank counts an unreadable folder as a reject, at its path, so found = scored + rejected")
    func rankedAsReject() throws {
        var found = InputFinder.Found()
        found.unreadable = [("in/locked", InputError(line: 1, column: 1, Words.InputSearch.unreadableFolder))]
        let scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil), jobs: 1)
        let batch = scorer.score(found)
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let result = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(), skippedFiles: [])
        #expect(result.summary.found == 1 && result.summary.rejected == 1)
        let view = RankingView(result, language: .en, stamp: OutputStamp(date: "2026-01-01", version: "test"))
        #expect(view.rejects.map(\.source) == ["in/locked"])
        #expect(view.rejects.first?.reason == "in/locked:1:1: error: cannot read this folder, so the assessments in it cannot be found")
    }

    // MARK: On the machine's file system

    /// A new folder `in` under a temporary root, with `a.yaml`, `b.yaml`, `sub/c.yml` and
    /// `link.yaml` → `a.yaml`.
    static func folderOnDisk() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-find-\(UUID().uuidString)")
        let input = root.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["a.yaml", "b.yaml", "sub/c.yml"] {
            try "format: zhizao.assessment/1\n".write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("link.yaml").path, withDestinationPath: "a.yaml")
        return root
    }

    @Test("a file reached twice is read once — the same path twice, a folder and a file in it, two spellings, a link beside its file — the first occurrence kept, the others listed")
    func readOnce() throws {
        let root = try Self.folderOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let base = root.path
        let found = InputFinder.expand(["\(base)/in/b.yaml", "\(base)/in", "\(base)/./in//b.yaml", "\(base)/in/sub", "\(base)/in/b.yaml"])
        #expect(found.files == ["\(base)/in/b.yaml", "\(base)/in/a.yaml", "\(base)/in/sub/c.yml"])
        #expect(found.repeated == ["\(base)/in/b.yaml", "\(base)/in/link.yaml", "\(base)/./in//b.yaml", "\(base)/in/sub", "\(base)/in/b.yaml"])
        #expect(found.skipped.isEmpty && found.missing.isEmpty && found.unreadable.isEmpty)
    }

    @Test("a folder given twice, or under another spelling, is searched once")
    func folderTwice() throws {
        let root = try Self.folderOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let once = InputFinder.expand([root.path + "/in"])
        let twice = InputFinder.expand([root.path + "/in", root.path + "/in/", root.path + "/in/../in"])
        #expect(twice.files == once.files && twice.skipped == once.skipped)
        #expect(twice.repeated == once.repeated + [root.path + "/in/", root.path + "/in/../in"])
        #expect(once.repeated == [root.path + "/in/link.yaml"], "the link to a.yaml, found after it")
    }

    @Test("every entry not read is named: another extension, a FIFO, a link to a folder; a dangling link and a link loop are handed to the reader")
    func skippedNamed() throws {
        let root = try Self.folderOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let input: String = root.appendingPathComponent("in").path
        try "notes".write(toFile: input + "/notes.txt", atomically: true, encoding: .utf8)
        try #require(mkfifo(input + "/pipe.yaml", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: input + "/folder.yaml", withDestinationPath: "sub")
        try FileManager.default.createSymbolicLink(atPath: input + "/dangling.yaml", withDestinationPath: "nothing.yaml")
        try FileManager.default.createSymbolicLink(atPath: input + "/loop.yaml", withDestinationPath: "loop.yaml")
        let found = InputFinder.expand([input])
        let skipped: [String] = ["folder.yaml", "notes.txt", "pipe.yaml"].map { "\(input)/\($0)" }
        let files: [String] = ["a.yaml", "b.yaml", "dangling.yaml", "loop.yaml", "sub/c.yml"].map { "\(input)/\($0)" }
        #expect(found.skipped == skipped)
        #expect(found.files == files)
        #expect(found.missing.isEmpty, "inside a folder, a dangling link is a reject, not a missing input")
    }

    @Test("a path given on the command line where nothing is, a dangling link given directly included, is missing; a link loop is not (the reader says it is a loop)")
    func missing() throws {
        let root = try Self.folderOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let base: String = root.path
        try FileManager.default.createSymbolicLink(atPath: base + "/dangling.yaml", withDestinationPath: "nothing.yaml")
        try FileManager.default.createSymbolicLink(atPath: base + "/loop.yaml", withDestinationPath: "loop.yaml")
        let given: [String] = ["none.yaml", "dangling.yaml", "loop.yaml", "in/a.yaml", "gone/"].map { "\(base)/\($0)" }
        let found = InputFinder.expand(given)
        #expect(found.missing == [given[0], given[1], given[4]])
        #expect(found.files == given)
    }

    @Test("rank names every file and sheet it skipped, files then sheets, and counts them")
    func skippedInSummary() throws {
        let root = try Self.folderOnDisk()
        defer { try? FileManager.default.removeItem(at: root) }
        let input: String = root.appendingPathComponent("in").path
        try "notes".write(toFile: input + "/notes.txt", atomically: true, encoding: .utf8)
        try "notes".write(toFile: input + "/sub/a.doc", atomically: true, encoding: .utf8)
        let workbook = PackageRoot.url.appendingPathComponent("Tests/Fixtures/sheets/applicants.xlsx").path
        let found = InputFinder.expand([input, workbook], extensions: InputFinder.assessmentExtensions + SpreadsheetInput.extensions)
        let scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil), jobs: 1)
        let batch = scorer.score(found)
        #expect(batch.skippedSheets == [workbook + ":说明"])
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let summary = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(), skippedFiles: found.skipped).summary
        let expected: [String] = ["\(input)/notes.txt", "\(input)/sub/a.doc", "\(workbook):说明"]
        #expect(summary.skippedSources == expected)
        #expect(summary.skipped == 3)
    }
}
