import Foundation

/// A file in a folder of this process's own, rewritten with each input, for readers that
/// take a path (the sheets, as `rank` reads them). The folder is otherwise empty, so a
/// relative path an input names (a `rubric:` field) finds nothing.
public struct ScratchFile: Sendable {
    public let folder: String
    public let path: String

    public init(named name: String) {
        let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? NSTemporaryDirectory()
        folder = (base as NSString).appendingPathComponent("zhizao-fuzz-\(getpid())")
        path = (folder as NSString).appendingPathComponent(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot create the scratch folder \(folder): \(error)")
        }
    }

    /// Replaces the file's contents with `bytes`.
    public func write(_ bytes: [UInt8]) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        } catch {
            fatalError("cannot write the scratch file \(path): \(error)")
        }
    }
}
