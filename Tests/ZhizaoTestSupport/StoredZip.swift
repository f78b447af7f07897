import Foundation

/// A ZIP archive of uncompressed ("stored") entries, byte for byte as the test says: for
/// workbooks whose parts a writer would never produce (a name that is not UTF-8, a found
/// fuzzing input), with correct checksums so a reader gets as far as the part itself.
public enum StoredZip {
    /// The archive holding `entries` in order (path, contents).
    public static func archive(_ entries: [(path: String, bytes: [UInt8])]) -> Data {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for (path, bytes) in entries {
            let name = Array(path.utf8)
            let offset = UInt32(out.count)
            let checksum = crc32(bytes)
            // Local file header: version 2.0, no flags, stored, no time, sizes, name.
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0) + le32(checksum)
                + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(name.count)) + le16(0) + name + bytes
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0) + le32(checksum)
                + le32(UInt32(bytes.count)) + le32(UInt32(bytes.count)) + le16(UInt16(name.count)) + le16(0) + le16(0)
                + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let start = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(directory.count)) + le32(start) + le16(0)
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
}
