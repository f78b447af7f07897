import Foundation

/// Expands the paths a user typed into the files to read (SPEC §2): a file stays itself
/// (whatever its name: the user asked for it); a folder is searched recursively for the
/// given extensions (any case). Symbolic links to folders inside folders are not followed
/// (no cycles, no escaping the tree); a link to a file is read as the file; FIFOs, devices
/// and other files inside folders are skipped, never opened, and named. A folder that cannot
/// be listed, or an entry whose kind cannot be read, is reported, never passed over: what it
/// holds is unknown. Order is stable: the arguments' order, then sorted paths.
///
/// Every file is read once: a file reached twice — the same path given twice, a folder and
/// a file inside it, two spellings of one path, a link beside the file it points to — is
/// known by its device and inode (following links), and only its first occurrence is kept;
/// the others are listed in `repeated`. A folder reached twice is searched once.
public enum InputFinder {
    public struct Found: Sendable {
        /// The files to read, each once. A path given on the command line that does not exist
        /// is here too (so that a command that reads it reports it as its reader does) and in
        /// `missing`.
        public var files: [String] = []
        /// Entries inside folders that were not read (other extensions, FIFOs, devices, links
        /// to folders), by path.
        public var skipped: [String] = []
        /// Folders that could not be listed and entries whose kind could not be read, with why.
        public var unreadable: [(path: String, error: InputError)] = []
        /// Paths not read because the file (or folder) they lead to was found before.
        public var repeated: [String] = []
        /// Paths given on the command line where nothing is (a dangling link included).
        public var missing: [String] = []
    }

    public static let assessmentExtensions = ["yaml", "yml", "json"]

    /// `excluding`: folders never searched (`rank`'s own output folder, which may sit inside
    /// an input folder: its ranking files are not applications); `outputMarkers`: file names
    /// that together mark a folder as another run's output (`ranking.json` and
    /// `rejected.csv`), never searched either. Met in a search, such a folder is named among
    /// the skipped.
    public static func expand(_ paths: [String], extensions: [String] = assessmentExtensions, excluding: [String] = [],
                              outputMarkers: [String] = []) -> Found {
        expand(paths, extensions: extensions, excluding: excluding, outputMarkers: outputMarkers, in: LocalFolders())
    }

    static func expand(_ paths: [String], extensions: [String], excluding: [String] = [], outputMarkers: [String] = [],
                       in folders: some FolderListing) -> Found {
        var search = Search(folders: folders, extensions: Set(extensions.map { $0.lowercased() }))
        search.outputMarkers = Set(outputMarkers)
        for path in excluding {
            if case .folder(let identity) = folders.target(of: path) { search.excluded.insert(identity) }
        }
        for path in paths {
            switch folders.target(of: path) {
            case .folder(let identity):
                search.folder(path, identity)
            case .file(let identity), .other(let identity):
                search.file(path, identity)
            case .missing:
                search.found.missing.append(path)
                search.found.files.append(path)
            case .unreachable:
                search.found.files.append(path)  // a link loop, say: the reader says what is wrong
            }
        }
        return search.found
    }

    /// One expansion: what was found, and the files and folders already seen.
    private struct Search<Folders: FolderListing> {
        let folders: Folders
        let extensions: Set<String>
        var found = Found()
        var seen: Set<FileIdentity> = []
        var excluded: Set<FileIdentity> = []
        var outputMarkers: Set<String> = []

        /// A file to read, unless it was found before.
        mutating func file(_ path: String, _ identity: FileIdentity) {
            if seen.insert(identity).inserted {
                found.files.append(path)
            } else {
                found.repeated.append(path)
            }
        }

        mutating func folder(_ folder: String, _ identity: FileIdentity) {
            if excluded.contains(identity) {
                found.skipped.append(folder)
                return
            }
            guard seen.insert(identity).inserted else {
                found.repeated.append(folder)
                return
            }
            let names: [String]
            do {
                names = try folders.contents(of: folder).sorted()
            } catch {
                found.unreadable.append((folder, InputError(line: 1, column: 1, Words.InputSearch.unreadableFolder)))
                return
            }
            if !outputMarkers.isEmpty && outputMarkers.isSubset(of: names) {
                found.skipped.append(folder)  // an earlier run's output, not applications
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
                let wanted = extensions.contains((name as NSString).pathExtension.lowercased())
                switch type {
                case .typeDirectory:
                    switch folders.target(of: path) {
                    case .folder(let identity): self.folder(path, identity)
                    default: found.unreadable.append((path, InputError(line: 1, column: 1, Words.InputSearch.unreadableEntry)))
                    }
                case .typeRegular where wanted, .typeSymbolicLink where wanted:
                    // A link to a file is read like the file; a link to a folder, a FIFO or a
                    // device is not followed; a dangling link or a loop is handed to the
                    // reader, which reports it.
                    switch folders.target(of: path) {
                    case .folder, .other: found.skipped.append(path)
                    case .file(let identity): file(path, identity)
                    case .missing, .unreachable: found.files.append(path)
                    }
                default:
                    found.skipped.append(path)
                }
            }
        }
    }
}

/// A file or folder as the system knows it, whatever path leads to it.
struct FileIdentity: Hashable, Sendable {
    let device: UInt64
    let inode: UInt64
}

/// What a path leads to, following links.
enum PathTarget: Equatable {
    case folder(FileIdentity)
    /// A regular file.
    case file(FileIdentity)
    /// Anything else that is there: a FIFO, a device, a socket.
    case other(FileIdentity)
    /// Nothing: no such path, or a link to nothing.
    case missing
    /// Something the system cannot reach (a link loop, a folder on the way that cannot be
    /// searched): the reader reports why.
    case unreachable
}

/// The file-system calls `InputFinder` makes, so that a test can make one fail (tests run
/// as root, whom permissions do not stop).
protocol FolderListing {
    /// The names in a folder.
    func contents(of folder: String) throws -> [String]
    /// The kind of an entry, without following a link.
    func type(of path: String) throws -> FileAttributeType
    /// What a path leads to, following links.
    func target(of path: String) -> PathTarget
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

    func target(of path: String) -> PathTarget {
        var status = stat()
        guard stat(path, &status) == 0 else {
            switch errno {
            case ENOENT, ENOTDIR: return .missing
            default: return .unreachable
            }
        }
        let identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder(identity)
        case S_IFREG: return .file(identity)
        default: return .other(identity)
        }
    }
}
