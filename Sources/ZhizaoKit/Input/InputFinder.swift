import Foundation

/// Expands the paths a user typed into the files to read (SPEC §2): a file stays itself
/// (whatever its name: the user asked for it); a folder is searched recursively for the
/// given extensions (any case). Symbolic links to folders are not followed (no cycles, no
/// escaping the tree); FIFOs, devices and other files inside folders are counted as
/// skipped, never opened. A folder that cannot be listed, or an entry whose kind cannot be
/// read, is reported, never passed over: what it holds is unknown. Order is stable: the
/// arguments' order, then sorted paths.
public enum InputFinder {
    public struct Found: Sendable {
        public var files: [String] = []
        /// Files inside folders that were not read (other extensions, FIFOs, devices).
        public var skipped = 0
        /// Folders that could not be listed and entries whose kind could not be read, with why.
        public var unreadable: [(path: String, error: InputError)] = []
    }

    public static let assessmentExtensions = ["yaml", "yml", "json"]

    public static func expand(_ paths: [String], extensions: [String] = assessmentExtensions) -> Found {
        expand(paths, extensions: extensions, in: LocalFolders())
    }

    static func expand(_ paths: [String], extensions: [String], in folders: some FolderListing) -> Found {
        var found = Found()
        for path in paths {
            guard folders.isFolder(path) == true else {
                found.files.append(path)  // a file, or a missing path the reader reports
                continue
            }
            search(path, extensions: Set(extensions.map { $0.lowercased() }), in: folders, into: &found)
        }
        return found
    }

    private static func search(_ folder: String, extensions: Set<String>, in folders: some FolderListing, into found: inout Found) {
        let names: [String]
        do {
            names = try folders.contents(of: folder).sorted()
        } catch {
            found.unreadable.append((folder, InputError(line: 1, column: 1, Words.InputSearch.unreadableFolder)))
            return
        }
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for name in names {
            let path = base + "/" + name
            let type: FileAttributeType
            do {
                type = try folders.type(of: path)
            } catch {
                found.unreadable.append((path, InputError(line: 1, column: 1, Words.InputSearch.unreadableEntry)))
                continue
            }
            switch type {
            case .typeDirectory:
                search(path, extensions: extensions, in: folders, into: &found)
            case .typeRegular:
                if extensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.files.append(path)
                } else {
                    found.skipped += 1
                }
            case .typeSymbolicLink:
                // A link to a file is read like the file; a link to a folder is not followed;
                // a dangling link is handed to the reader, which reports it.
                if folders.isFolder(path) == true {
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

/// The file-system calls `InputFinder` makes, so that a test can make one fail (tests run
/// as root, whom permissions do not stop).
protocol FolderListing {
    /// The names in a folder.
    func contents(of folder: String) throws -> [String]
    /// The kind of an entry, without following a link.
    func type(of path: String) throws -> FileAttributeType
    /// Whether a path is a folder, following links; nil when nothing is there.
    func isFolder(_ path: String) -> Bool?
}

/// The machine's own file system.
struct LocalFolders: FolderListing {
    func contents(of folder: String) throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder) }

    func type(of path: String) throws -> FileAttributeType {
        guard let type = try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType else {
            throw CocoaError(.fileReadUnknown)
        }
        return type
    }

    func isFolder(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }
}
