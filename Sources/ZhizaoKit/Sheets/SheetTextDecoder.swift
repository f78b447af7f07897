import Foundation

/// The text of a CSV file, whatever Excel or WPS saved it as (SPEC §2): UTF-8 with or
/// without a BOM, UTF-16 with a BOM, or GB18030 (the superset of GBK and GB2312 that
/// Chinese Windows uses) — detected, never asked. A file that is none of them is refused
/// with the position of the first byte that fits no encoding.
public enum SheetTextDecoder {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", utf16 = "UTF-16", gb18030 = "GB18030"
    }

    /// GB18030 as Foundation on Linux names it (CFStringEncoding 0x0632).
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// The text as UTF-8 bytes (no BOM), and the encoding it was in.
    public static func decode(_ bytes: [UInt8]) throws(InputError) -> (utf8: [UInt8], encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = Array(bytes.dropFirst(3))
            if let bad = firstInvalidUTF8(body) { throw invalid(body, at: bad, Words.Sheets.utf8) }
            return (body, .utf8BOM)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard (bytes.count - 2) % 2 == 0, let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw InputError(line: 1, column: 1, Words.Sheets.invalidUTF16)
            }
            return (Array(text.utf8), .utf16)
        }
        guard let bad = firstInvalidUTF8(bytes) else { return (bytes, .utf8) }
        if let text = String(data: Data(bytes), encoding: gb18030), !text.unicodeScalars.contains("\u{FFFD}") {
            return (Array(text.utf8), .gb18030)
        }
        throw invalid(bytes, at: bad, Words.Sheets.utf8OrGB18030)
    }

    private static func invalid(_ bytes: [UInt8], at offset: Int, _ tried: Phrase) -> InputError {
        let (line, column) = position(of: offset, in: bytes)
        return InputError(line: line, column: column, Words.Sheets.invalidByte(offset + 1, hex: String(format: "%02X", bytes[offset]), encodings: tried))
    }

    /// Line and column (in characters of the valid text before it) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<offset where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }

    /// The same, over bytes held elsewhere (an inflated workbook part), without copying them.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            let minimum: UInt32
            if byte & 0xE0 == 0xC0 { length = 2; minimum = 0x80 }
            else if byte & 0xF0 == 0xE0 { length = 3; minimum = 0x800 }
            else if byte & 0xF8 == 0xF0 { length = 4; minimum = 0x10000 }
            else { return index }
            guard index + length <= count else { return index }
            var scalar = UInt32(byte) & (0xFF >> (length + 1))
            for next in 1..<length {
                let continuation = bytes[index + next]
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            guard scalar >= minimum, !(0xD800...0xDFFF).contains(scalar), scalar <= 0x10FFFF else { return index }
            index += length
        }
        return nil
    }
}
