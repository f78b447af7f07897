import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock beside an answers file (`answers.yaml.lock`), so two `check` sessions
/// never write one file: created with `O_EXCL`, holding the process id and host name of its
/// owner, removed when the session ends (also on Ctrl-C). A lock whose process no longer runs
/// on this host is stale and taken over, and the user is told.
public final class CheckLock: @unchecked Sendable {
    public let path: String
    private var held = true

    private init(path: String) { self.path = path }

    public enum Outcome {
        /// The lock is ours; `removedStale` when one left by a dead session was cleared.
        case taken(CheckLock, removedStale: Bool)
        /// Another session holds it: its process id, when the lock file names one.
        case held(lock: String, process: Int32?)
        /// The lock file cannot be created (a folder that cannot be written): the first save
        /// reports why, with the answers file's own name.
        case unavailable
    }

    public static func path(for file: String) -> String { file + ".lock" }

    public static func take(for file: String) -> Outcome {
        let lock = path(for: file)
        var removedStale = false
        for _ in 0..<2 {
            let fd = open(lock, O_WRONLY | O_CREAT | O_EXCL, 0o644)
            if fd >= 0 {
                let owner = "\(getpid())\n\(host())\n"
                _ = owner.withCString { write(fd, $0, strlen($0)) }
                close(fd)
                return .taken(CheckLock(path: lock), removedStale: removedStale)
            }
            guard errno == EEXIST else { return .unavailable }
            let text = (try? String(contentsOfFile: lock, encoding: .utf8)) ?? ""
            let lines = text.split(separator: "\n").map(String.init)
            let process = lines.first.flatMap { Int32($0) }
            guard isStale(lock, process: process, host: lines.count > 1 ? lines[1] : nil), unlink(lock) == 0 else {
                return .held(lock: lock, process: process)
            }
            removedStale = true
        }
        return .held(lock: lock, process: nil)
    }

    /// Stale: its process is gone from this host, or it names no process and is older than a
    /// minute (a session that died between creating and writing it).
    private static func isStale(_ lock: String, process: Int32?, host owner: String?) -> Bool {
        if let process, process > 0, owner == host() {
            return kill(process, 0) == -1 && errno == ESRCH
        }
        if process == nil, let modified = (try? FileManager.default.attributesOfItem(atPath: lock))?[.modificationDate] as? Date {
            return Date().timeIntervalSince(modified) > 60
        }
        return false
    }

    private static func host() -> String {
        var name = [CChar](repeating: 0, count: 256)
        guard gethostname(&name, name.count - 1) == 0 else { return "" }
        return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Removes the lock file (once).
    public func release() {
        guard held else { return }
        held = false
        unlink(path)
    }
}
