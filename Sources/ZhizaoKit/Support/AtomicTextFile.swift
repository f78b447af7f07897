import Foundation

/// A text file written as a stream and put in place only when complete: the text goes to a
/// temporary file beside the target, and `commit()` renames it over the target (one atomic
/// step on POSIX). An interrupted run leaves the previous file, never a half-written one;
/// and a document of 100,000 rows never exists whole in memory.
public final class AtomicTextFile: TextOutputStream {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    /// The first write error; reported by `commit()` (a stream's `write` cannot throw).
    private var failure: Error?
    private var finished = false
    private static let flushSize = 1 << 20
    /// Closes the temporary file. A close can fail where a write was only buffered by the
    /// system (a full disk, a network share); tests put a failing one here.
    var closeFile: (FileHandle) throws -> Void = { try $0.close() }

    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    public func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.flushSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered, closes the file and renames it into place; throws the first
    /// write error, or the close's. On an error the previous file stays as it was.
    public func commit() throws {
        flush()
        finished = true
        do {
            try closeFile(handle)
        } catch {
            failure = failure ?? error
        }
        if let failure {
            unlink(temporaryPath)
            throw failure
        }
        guard rename(temporaryPath, path) == 0 else {
            let error = POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            unlink(temporaryPath)
            throw error
        }
    }

    deinit {
        // Dropped without `commit()` (an error on the way): the temporary file goes, the
        // previous file stays.
        if !finished {
            try? handle.close()
            unlink(temporaryPath)
        }
    }
}

extension AtomicTextFile {
    /// Writes one file: `produce` streams the text into it, then it is committed.
    public static func write(_ path: String, _ produce: (inout AtomicTextFile) throws -> Void) throws {
        var file = try AtomicTextFile(path: path)
        try produce(&file)
        try file.commit()
    }
}
