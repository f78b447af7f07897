import Foundation

/// Expands the paths a user typed into the files to read (SPEC §2): a file stays itself
/// (whatever its name: the user asked for it); a folder is searched recursively for the
/// given extensions (any case). Symbolic links to folders are not followed (no cycles, no
/// escaping the tree); FIFOs, devices and other files inside folders are counted as
/// skipped, never opened. Order is stable: the arguments' order, then sorted paths.
public enum InputFinder {
    public struct Found: Sendable {
        public var files: [String] = []
        /// Files inside folders that were not read (other extensions, FIFOs, devices).
        public var skipped = 0
    }

    public static let assessmentExtensions = ["yaml", "yml", "json"]

    public static func expand(_ paths: [String], extensions: [String] = assessmentExtensions) -> Found {
        var found = Found()
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                found.files.append(path)  // a file, or a missing path the reader reports
                continue
            }
            search(path, extensions: Set(extensions.map { $0.lowercased() }), into: &found)
        }
        return found
    }

    private static func search(_ folder: String, extensions: Set<String>, into found: inout Found) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names {
            let path = base + "/" + name
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  let type = attributes[.type] as? FileAttributeType else { continue }
            switch type {
            case .typeDirectory:
                search(path, extensions: extensions, into: &found)
            case .typeRegular:
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.files.append(path)
                } else {
                    found.skipped += 1
                }
            case .typeSymbolicLink:
                // A link to a file is read like the file; a link to a folder is not followed;
                // a dangling link is handed to the reader, which reports it.
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                if exists && isDirectory.boolValue {
                    found.skipped += 1
                } else if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.files.append(path)
                } else {
                    found.skipped += 1
                }
            default:
                found.skipped += 1
            }
        }
    }
}
