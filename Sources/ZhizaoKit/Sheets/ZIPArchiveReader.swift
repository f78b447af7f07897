import Foundation
import ZIPFoundation

/// A ZIP archive read from bytes nobody vouches for (PKWARE APPNOTE 6.3.10, with ZIP64):
/// every offset and length in the central directory and the local headers is checked against
/// the file, and an entry is inflated from its own compressed bytes only.
///
/// ZIPFoundation still writes zhizao's archives, and its inflate and CRC-32 are used here, but
/// not its reader: on Linux, `Archive.extract` feeds inflate from the file past the entry's
/// end and, when the deflate stream does not end before the file does, asks for more forever
/// (a 10 KB workbook whose sheet began with an unfinished stored block hung `rank`; found by
/// the XLSX fuzz target, `FuzzRegressionTests`).
public struct ZIPArchiveReader: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let uncompressedSize: UInt64
        let compressedSize: UInt64
        let method: UInt16
        let flags: UInt16
        let checksum: UInt32
        let localHeaderOffset: UInt64

        public var isDirectory: Bool { path.hasSuffix("/") }
    }

    /// Why an archive or an entry cannot be read.
    public enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record, or a central directory that is not where it says.
        case notZip
        /// The entry's header, data, compression or checksum is wrong.
        case damaged
        /// The entry inflates, or says it inflates, past the cap it was read with.
        case tooLarge
    }

    public let entries: [Entry]
    private let bytes: [UInt8]

    public init(bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        entries = try Self.centralDirectory(bytes)
    }

    /// The first entry with this path, as a reader that finds one part by name expects.
    public subscript(path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The entry's contents, at most `maxBytes`: its declared size is checked first, then the
    /// inflated stream as it grows (a declared size may lie). The checksum is checked unless
    /// `verifyingChecksum` is false (the fuzz harness unpacks damaged archives on purpose).
    public func contents(of entry: Entry, maxBytes: Int, verifyingChecksum: Bool = true) throws(Failure) -> Data {
        if entry.uncompressedSize > UInt64(maxBytes) { throw .tooLarge }
        let compressed = try compressedBytes(of: entry)
        switch entry.method {
        case 0:
            guard UInt64(compressed.count) == entry.uncompressedSize else { throw .damaged }
            let data = Data(compressed)
            if verifyingChecksum, data.crc32(checksum: 0) != entry.checksum { throw .damaged }
            return data
        case 8:
            return try Self.inflate(compressed, maxBytes: maxBytes, expected: entry, verifyingChecksum: verifyingChecksum)
        default:
            throw .damaged
        }
    }

    // MARK: - Reading the structure

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let directorySignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    /// The entries the central directory lists, in its order.
    private static func centralDirectory(_ bytes: [UInt8]) throws(Failure) -> [Entry] {
        let reader = LittleEndian(bytes)
        guard let end = endRecord(reader) else { throw .notZip }
        var count = UInt64(reader.u16(end + 10))
        var offset = UInt64(reader.u32(end + 16))
        if count == 0xFFFF || offset == 0xFFFF_FFFF {
            // ZIP64: the locator sits just before the end record and points at the ZIP64 end record.
            guard end >= 20, reader.u32(end - 20) == zip64LocatorSignature else { throw .notZip }
            let record = reader.u64(end - 12)
            guard record <= UInt64(end - 20), let start = Int(exactly: record), reader.has(start, 56),
                  reader.u32(start) == zip64EndSignature else { throw .notZip }
            count = reader.u64(start + 32)
            offset = reader.u64(start + 48)
        }
        // Each record takes at least 46 bytes, so a count the file cannot hold is a lie.
        guard offset <= UInt64(bytes.count), count <= UInt64(bytes.count) / 46, var position = Int(exactly: offset) else { throw .notZip }
        var entries: [Entry] = []
        entries.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard reader.has(position, 46), reader.u32(position) == directorySignature else { throw .notZip }
            let nameLength = Int(reader.u16(position + 28))
            let extraLength = Int(reader.u16(position + 30))
            let commentLength = Int(reader.u16(position + 32))
            guard reader.has(position + 46, nameLength + extraLength + commentLength) else { throw .notZip }
            var uncompressed = UInt64(reader.u32(position + 24))
            var compressed = UInt64(reader.u32(position + 20))
            var local = UInt64(reader.u32(position + 42))
            try widenZIP64(reader, extra: position + 46 + nameLength, length: extraLength, &uncompressed, &compressed, &local)
            entries.append(Entry(
                path: String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                uncompressedSize: uncompressed, compressedSize: compressed,
                method: reader.u16(position + 10), flags: reader.u16(position + 8),
                checksum: reader.u32(position + 16), localHeaderOffset: local))
            position += 46 + nameLength + extraLength + commentLength
        }
        return entries
    }

    /// The end-of-central-directory record's offset: searched backwards over the last 64 KB
    /// (a comment may follow it), the first whose comment ends within the file.
    private static func endRecord(_ reader: LittleEndian) -> Int? {
        let last = reader.count - 22
        guard last >= 0 else { return nil }
        for position in stride(from: last, through: max(0, last - 0xFFFF), by: -1)
        where reader.u32(position) == endSignature && position + 22 + Int(reader.u16(position + 20)) <= reader.count {
            return position
        }
        return nil
    }

    /// Sizes and offset that do not fit 32 bits are 0xFFFFFFFF in the record and follow, in
    /// this order and only those, in the ZIP64 extra field (header 0x0001).
    private static func widenZIP64(_ reader: LittleEndian, extra start: Int, length: Int,
                                   _ uncompressed: inout UInt64, _ compressed: inout UInt64, _ local: inout UInt64) throws(Failure) {
        guard uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF else { return }
        var position = start
        while position + 4 <= start + length {
            let id = reader.u16(position)
            let size = Int(reader.u16(position + 2))
            guard position + 4 + size <= start + length else { throw .notZip }
            if id == 0x0001 {
                var field = position + 4
                let fieldEnd = field + size
                func next() throws(Failure) -> UInt64 {
                    guard field + 8 <= fieldEnd else { throw .notZip }
                    defer { field += 8 }
                    return reader.u64(field)
                }
                if uncompressed == 0xFFFF_FFFF { uncompressed = try next() }
                if compressed == 0xFFFF_FFFF { compressed = try next() }
                if local == 0xFFFF_FFFF { local = try next() }
                return
            }
            position += 4 + size
        }
        throw .notZip
    }

    /// The entry's compressed bytes, after its local header, all inside the file.
    private func compressedBytes(of entry: Entry) throws(Failure) -> ArraySlice<UInt8> {
        let reader = LittleEndian(bytes)
        // Bit 0: encrypted, which no workbook part is.
        guard entry.flags & 1 == 0, let header = Int(exactly: entry.localHeaderOffset), reader.has(header, 30),
              reader.u32(header) == Self.localSignature else { throw .damaged }
        let start = header + 30 + Int(reader.u16(header + 26)) + Int(reader.u16(header + 28))
        guard let size = Int(exactly: entry.compressedSize), reader.has(start, size) else { throw .damaged }
        return bytes[start..<(start + size)]
    }

    private struct Truncated: Error {}
    private struct PastCap: Error {}

    /// Inflates raw deflate data, handed to ZIPFoundation's inflate as one chunk: its loop asks
    /// for input until the stream ends, and a second request means the data ended first.
    private static func inflate(_ compressed: ArraySlice<UInt8>, maxBytes: Int, expected entry: Entry, verifyingChecksum: Bool) throws(Failure) -> Data {
        guard !compressed.isEmpty else { throw .damaged }
        // Deflate adds at most 5 bytes per 64 KB stored block: more input than that over the
        // cap cannot inflate within it (and inflate's input count is 32 bits).
        guard compressed.count <= min(maxBytes + maxBytes / 8192 + 1024, Int(UInt32.max)) else { throw .tooLarge }
        let input = Data(compressed)
        var handed = false
        var output = Data()
        // The declared size may lie: never reserve more than the data can inflate to (deflate
        // expands at most 1,032 times).
        output.reserveCapacity(Int(min(entry.uncompressedSize, UInt64(maxBytes), UInt64(compressed.count) * 1032)))
        let checksum: CRC32
        do {
            checksum = try Data.decompress(size: Int64(input.count), bufferSize: input.count, skipCRC32: !verifyingChecksum, provider: { _, _ in
                if handed { throw Truncated() }
                handed = true
                return input
            }, consumer: { chunk in
                if output.count + chunk.count > maxBytes { throw PastCap() }
                output.append(chunk)
            })
        } catch is PastCap {
            throw .tooLarge
        } catch {
            throw .damaged
        }
        guard UInt64(output.count) == entry.uncompressedSize || !verifyingChecksum else { throw .damaged }
        if verifyingChecksum, checksum != entry.checksum { throw .damaged }
        return output
    }
}

/// Little-endian integers at byte offsets the caller has checked with `has`.
private struct LittleEndian {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether `length` bytes from `offset` lie inside the data (no overflow).
    func has(_ offset: Int, _ length: Int) -> Bool {
        offset >= 0 && length >= 0 && offset <= bytes.count && length <= bytes.count - offset
    }

    func u16(_ offset: Int) -> UInt16 {
        guard has(offset, 2) else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    func u32(_ offset: Int) -> UInt32 {
        guard has(offset, 4) else { return 0 }
        return (0..<4).reduce(0) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    func u64(_ offset: Int) -> UInt64 {
        guard has(offset, 8) else { return 0 }
        return (0..<8).reduce(0) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}
