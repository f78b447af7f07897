import Foundation
import Testing
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

        func isFolder(_ path: String) -> Bool? { folders[path] != nil ? true : (files.contains(path) ? false : nil) }
    }

    static let tree = Folders(folders: ["in": ["a.yaml", "locked", "notes.txt", "sub", "gone.yaml"], "in/locked": ["x.yaml"], "in/sub": ["b.yml"]],
                              files: ["in/a.yaml", "in/notes.txt", "in/sub/b.yml", "in/locked/x.yaml"], broken: ["in/locked", "in/gone.yaml"])

    @Test("a subfolder that cannot be listed and an entry that cannot be read are reported with their paths; the rest is found")
    func unreadable() {
        let found = InputFinder.expand(["in"], extensions: InputFinder.assessmentExtensions, in: Self.tree)
        #expect(found.files == ["in/a.yaml", "in/sub/b.yml"])
        #expect(found.skipped == 1, "notes.txt")
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
        let result = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(), skippedFiles: 0)
        #expect(result.summary.found == 1 && result.summary.rejected == 1)
        let view = RankingView(result, language: .en, stamp: OutputStamp(date: "2026-01-01", version: "test"))
        #expect(view.rejects.map(\.source) == ["in/locked"])
        #expect(view.rejects.first?.reason == "in/locked:1:1: error: cannot read this folder, so the assessments in it cannot be found")
    }
}
