import Foundation

/// A ZIP archive byte for byte as the test says: for workbooks a writer would never produce
/// (a name that is not UTF-8, a deflate stream that never ends, a ZIP64 record, a found
/// fuzzing input). Checksums and sizes are right unless the entry says otherwise, so a reader
/// gets as far as the part itself.
public enum RawZip {
    public struct Entry {
        public var path: String
        /// The entry's data as stored in the archive (deflated already when `method` is 8).
        public var data: [UInt8]
        public var method: UInt16 = 0
        /// The declared inflated size and checksum; by default those of `data`.
        public var uncompressedSize: UInt32?
        public var checksum: UInt32?
        /// Writes sizes and offset as 0xFFFFFFFF with their values in a ZIP64 extra field.
        public var zip64 = false

        public init(path: String, data: [UInt8], method: UInt16 = 0, uncompressedSize: UInt32? = nil, checksum: UInt32? = nil, zip64: Bool = false) {
            self.path = path
            self.data = data
            self.method = method
            self.uncompressedSize = uncompressedSize
            self.checksum = checksum
            self.zip64 = zip64
        }
    }

    /// The archive holding stored `entries` in order (path, contents).
    public static func archive(_ entries: [(path: String, bytes: [UInt8])]) -> Data {
        archive(entries.map { Entry(path: $0.path, data: $0.bytes) })
    }

    /// The archive holding `entries` in order; `zip64End` adds the ZIP64 end record and
    /// locator and writes 0xFFFF entries and 0xFFFFFFFF offset in the classic end record.
    public static func archive(_ entries: [Entry], zip64End: Bool = false) -> Data {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let offset = UInt32(out.count)
            let checksum = entry.checksum ?? crc32(entry.data)
            let size = entry.uncompressedSize ?? UInt32(entry.data.count)
            // Local file header: version 2.0, no flags, method, no time, checksum, sizes, name.
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(entry.method) + le32(0) + le32(checksum)
                + le32(UInt32(entry.data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + entry.data
            let extra = entry.zip64 ? le16(1) + le16(24) + le64(UInt64(size)) + le64(UInt64(entry.data.count)) + le64(UInt64(offset)) : []
            let wide: (UInt32) -> UInt32 = { entry.zip64 ? 0xFFFF_FFFF : $0 }
            directory += le32(0x0201_4B50) + le16(45) + le16(45) + le16(0) + le16(entry.method) + le32(0) + le32(checksum)
                + le32(wide(UInt32(entry.data.count))) + le32(wide(size)) + le16(UInt16(name.count)) + le16(UInt16(extra.count)) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(wide(offset)) + name + extra
        }
        let start = UInt32(out.count)
        out += directory
        if zip64End {
            let record = UInt64(out.count)
            out += le32(0x0606_4B50) + le64(44) + le16(45) + le16(45) + le32(0) + le32(0)
                + le64(UInt64(entries.count)) + le64(UInt64(entries.count)) + le64(UInt64(directory.count)) + le64(UInt64(start))
            out += le32(0x0706_4B50) + le32(0) + le64(record) + le32(1)
            out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(0xFFFF) + le16(0xFFFF) + le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) + le16(0)
        } else {
            out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
                + le32(UInt32(directory.count)) + le32(start) + le16(0)
        }
        return Data(out)
    }

    /// CRC-32 (ISO 3309), as ZIP stores it.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    private static func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8((value >> (8 * $0)) & 0xFF) } }
}
