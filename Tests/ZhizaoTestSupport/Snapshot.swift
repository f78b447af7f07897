import Foundation
import Testing

/// Golden files: the expected output of a test lives in a file beside it, in
/// `__Snapshots__/<test file name>/<name>`. A difference fails the test with the first lines
/// that differ. With `RECORD_SNAPSHOTS=1` the file is rewritten instead, and the test still
/// fails while the file differs from the committed one, so every change to an output is a
/// diff a person has looked at and committed.
///
/// Volatile values (the report date, the tool version) are injected by the caller when the
/// output is made (`SOURCE_DATE_EPOCH`, a fixed date), never replaced after the fact.
public func expectSnapshot(_ actual: String, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    expectSnapshot(Data(actual.utf8), named: name, filePath: filePath, sourceLocation: sourceLocation)
}

public func expectSnapshot(_ actual: Data, named name: String, filePath: String = #filePath,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    let testFile = URL(fileURLWithPath: filePath)
    let folder = testFile.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let file = folder.appendingPathComponent(name)
    let expected = try? Data(contentsOf: file)
    if Snapshots.recording {
        if expected != actual {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: file, options: .atomic)
            } catch {
                Issue.record("could not write the snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
                return
            }
        }
        if let reason = Snapshots.uncommitted(file) {
            Issue.record("snapshot \(name) \(reason): review it with `git diff` and commit it", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected else {
        Issue.record("no snapshot \(name) yet (\(file.path)); run the tests with RECORD_SNAPSHOTS=1, review and commit it",
                     sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: "output differs from the snapshot \(name)\n" + Snapshots.difference(expected, actual)
                         + "\n(RECORD_SNAPSHOTS=1 rewrites it; review the diff before committing)"),
                 sourceLocation: sourceLocation)
}

enum Snapshots {
    static var recording: Bool {
        guard let value = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] else { return false }
        return !["", "0", "false", "no"].contains(value.lowercased())
    }

    /// Why a snapshot file is not yet the committed one (untracked, or changed against
    /// HEAD), or nil when it is; nil too outside a git checkout, where nothing can be asked.
    static func uncommitted(_ file: URL) -> String? {
        let folder = file.deletingLastPathComponent()
        guard let tracked = git(["ls-files", "--error-unmatch", file.lastPathComponent], in: folder) else { return nil }
        if tracked != 0 { return "is new" }
        guard let same = git(["diff", "--quiet", "HEAD", "--", file.lastPathComponent], in: folder) else { return nil }
        return same == 0 ? nil : "changed"
    }

    /// git's exit status, or nil when git cannot be run here or this is no checkout.
    private static func git(_ arguments: [String], in folder: URL) -> Int32? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        // 128: not a git repository (or git broken); nothing to say then.
        return process.terminationStatus == 128 ? nil : process.terminationStatus
    }

    /// The first lines that differ, with their line numbers, for the failure message.
    static func difference(_ expected: Data, _ actual: Data) -> String {
        let old = String(decoding: expected, as: UTF8.self).components(separatedBy: "\n")
        let new = String(decoding: actual, as: UTF8.self).components(separatedBy: "\n")
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 12 {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            guard a != b else { continue }
            if let a { lines.append("  -\(index + 1): \(a.prefix(200))") }
            if let b { lines.append("  +\(index + 1): \(b.prefix(200))") }
        }
        return lines.joined(separator: "\n")
    }
}
