import Foundation

/// Reads a CSV file row by row (RFC 4180): quoted fields may hold commas, quotes (`""`) and
/// line breaks; CRLF, LF and CR all end a row. Rows are numbered as a spreadsheet numbers
/// them (a quoted line break does not start a new row), columns as fields, so `file:7:3`
/// is the cell Excel shows at row 7, column C.
///
/// Not CSV.swift: its reader (2.5.2) reads an unterminated quote to the end of the file as
/// one field, so every row after a stray `"` would vanish into one cell, and it gives no
/// positions. Here an unterminated quote is an error at the quote, and the rows before it
/// are still read.
public struct CSVSheetReader: Sendable {
    public let file: String
    public let encoding: SheetTextDecoder.Encoding
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var offset = 0
    private var row = 0

    /// Reads and decodes the file; throws when it cannot be read or decoded at all.
    public init(path: String, maxBytes: Int) throws(InputError) {
        let raw = try FileReader.read(path, maxBytes: maxBytes)
        try self.init(bytes: raw, file: path)
    }

    public init(bytes raw: [UInt8], file: String) throws(InputError) {
        let (text, encoding) = try SheetTextDecoder.decode(raw)
        self.file = file
        self.encoding = encoding
        self.bytes = text
        self.delimiter = Self.delimiter(of: text)
    }

    /// Comma, unless the first line has none and has tabs (Excel's "Unicode text") or
    /// semicolons (Excel in locales whose decimal mark is a comma).
    static func delimiter(of bytes: [UInt8]) -> UInt8 {
        let firstLine = bytes.prefix { $0 != 0x0A && $0 != 0x0D }
        if firstLine.contains(0x2C) { return 0x2C }
        if firstLine.contains(0x09) { return 0x09 }
        if firstLine.contains(0x3B) { return 0x3B }
        return 0x2C
    }

    /// The next row, a problem that ends the reading, or nil at the end of the file.
    public mutating func next() -> SheetReadStep? {
        guard offset < bytes.count else { return nil }
        row += 1
        var cells: [SheetCell] = []
        var field: [UInt8] = []
        let count = bytes.count
        while true {
            field.removeAll(keepingCapacity: true)
            if offset < count && bytes[offset] == 0x22 {
                // A quoted field: up to the closing quote, `""` standing for one quote.
                offset += 1
                var closed = false
                while offset < count {
                    let byte = bytes[offset]
                    offset += 1
                    if byte == 0x22 {
                        if offset < count && bytes[offset] == 0x22 {
                            field.append(0x22)
                            offset += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(byte)
                    }
                }
                guard closed else {
                    offset = count
                    return .failure(problem(column: cells.count + 1, Words.Sheets.unclosedQuote(row: row)))
                }
                if offset < count, bytes[offset] != delimiter, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
                    offset = count
                    return .failure(problem(column: cells.count + 1, Words.Sheets.textAfterClosingQuote(row: row)))
                }
            } else {
                while offset < count {
                    let byte = bytes[offset]
                    if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
                    field.append(byte)
                    offset += 1
                }
            }
            cells.append(field.isEmpty ? .empty : .text(String(decoding: field, as: UTF8.self)))
            if offset >= count { break }
            let byte = bytes[offset]
            offset += 1
            if byte == delimiter { continue }
            if byte == 0x0D && offset < count && bytes[offset] == 0x0A { offset += 1 }
            break
        }
        return .row(SheetRow(number: row, cells: cells))
    }

    private func problem(column: Int, _ message: Phrase) -> Diagnostic {
        Diagnostic(.error, file: file, position: SourcePosition(line: row, column: column), message)
    }
}
