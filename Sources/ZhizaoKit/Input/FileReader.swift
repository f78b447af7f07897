import Foundation

/// Reads a whole input file, refusing what is not a regular file or is too large before
/// reading it into memory. Every refusal says why (no such file, a folder, no permission, a
/// read error, …), in the user's language, at the file's first line.
enum FileReader {
    static func read(_ path: String, maxBytes: Int) throws(InputError) -> [UInt8] {
        // Non-blocking, so opening a FIFO does not wait for a writer (it is refused below).
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw refusal(reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw refusal(reason(errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw refusal(Words.Input.isFolder)
        default: throw refusal(Words.Input.notRegularFile)
        }
        let size = Int(status.st_size)
        if size > maxBytes { throw refusal(Words.Input.fileTooLarge(bytes: size, limit: maxBytes)) }
        // Read at most one byte past the limit: a file that grew after the check is still refused.
        let bytes: [UInt8]
        switch readAll(descriptor, upTo: maxBytes + 1, expected: size) {
        case .success(let read): bytes = read
        case .failure(let failure): throw refusal(reason(failure.code))
        }
        if bytes.count > maxBytes { throw refusal(Words.Input.fileTooLarge(limitInBytes: maxBytes)) }
        return bytes
    }

    /// Why a file could not be opened or read: the common reasons in the user's words, the
    /// rare ones as the system gives them.
    static func reason(_ code: Int32) -> Phrase {
        switch code {
        case ENOENT, ENOTDIR: return Words.Input.noSuchFile
        case EISDIR: return Words.Input.isFolder
        case ELOOP: return Words.Input.symbolicLinkLoop
        case EACCES, EPERM: return Words.Input.cannotRead(because: Words.Input.permissionDenied)
        case EIO: return Words.Input.cannotRead(because: Words.Input.inputOutputError)
        default: return Words.Input.cannotRead(because: .same(String(cString: strerror(code))))
        }
    }

    private static func refusal(_ message: Phrase) -> InputError {
        InputError(line: 1, column: 1, message)
    }
}

/// The `errno` of a read that failed.
private struct ReadFailure: Error {
    let code: Int32
}

/// Up to `limit` bytes of an open file (outside `FileReader`, whose `read` would hide the system's).
private func readAll(_ descriptor: Int32, upTo limit: Int, expected: Int) -> Result<[UInt8], ReadFailure> {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(limit, expected + 1))
    var chunk = [UInt8](repeating: 0, count: min(limit, 1 << 16))
    while bytes.count < limit {
        let wanted = min(chunk.count, limit - bytes.count)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
        if count < 0 {
            if errno == EINTR { continue }
            return .failure(ReadFailure(code: errno))
        }
        if count == 0 { break }
        bytes.append(contentsOf: chunk[..<count])
    }
    return .success(bytes)
}
