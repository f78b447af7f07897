/// Where rubric files come from: the disk, or the rubrics built into the binary.
public protocol RubricFileSource: Sendable {
    /// The bytes of the file at `path` (already joined and normalised by the loader).
    func read(_ path: String) throws(InputError) -> [UInt8]
}

/// Files on disk; paths are as the user gave them, so messages show those paths.
public struct DiskFileSource: RubricFileSource {
    public let maxBytes: Int

    public init(maxBytes: Int = YAMLLimits().maxBytes) {
        self.maxBytes = maxBytes
    }

    public func read(_ path: String) throws(InputError) -> [UInt8] {
        try FileReader.read(path, maxBytes: maxBytes)
    }
}

/// Paths inside a rubric: includes are relative to the including file's folder.
enum RubricPath {
    /// `relative` resolved against a folder (not a file).
    static func resolve(_ relative: String, inFolder folder: String) -> String {
        if relative.hasPrefix("/") || folder.isEmpty { return normalize(relative) }
        return normalize(folder + "/" + relative)
    }

    /// `relative` resolved against the folder of the file `base`.
    static func join(_ base: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        let folder = base.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return normalize(folder.isEmpty ? relative : folder + "/" + relative)
    }

    /// Removes `.` and resolves `..` lexically.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        let absolute = path.hasPrefix("/")
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return (absolute ? "/" : "") + parts.joined(separator: "/")
    }
}
