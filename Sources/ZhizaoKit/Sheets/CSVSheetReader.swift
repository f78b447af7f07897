import Foundation

/// Reads a CSV file row by row (RFC 4180): quoted fields may hold commas, quotes (`""`) and
/// line breaks; CRLF, LF and CR all end a row. Rows are numbered as a spreadsheet numbers
/// them (a quoted line break does not start a new row), columns as fields, so `file:7:3`
/// is the cell Excel shows at row 7, column C.
///
/// A broken quote costs one row, never the rest of the file (docs/ranking.md, "A broken quote costs one row"). A
/// quoted field may span line breaks only if it closes within its own record. It is taken as
/// never closed — the row is refused at the opening quote, and reading starts again at the
/// line after the one the quote opened on, so every later row is read on its own — when:
/// - the file ends before the closing quote;
/// - a line inside it looks like a record of its own: it holds no quote and exactly as many
///   delimiters as the header's cells less one (checked only when the header has at least
///   two cells; a legitimate line break in a cell followed by a line shaped like a whole
///   record would be misread, which a sheet of many columns makes unlikely);
/// - what would close it is followed by text, not a delimiter or a line break (the quote that
///   "closed" it opened a later cell).
///
/// Not CSV.swift: its reader (2.5.2) reads an unterminated quote to the end of the file as
/// one field, so every row after a stray `"` would vanish into one cell, and it gives no
/// positions.
public struct CSVSheetReader: Sendable {
    public let file: String
    public let encoding: SheetTextDecoder.Encoding
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private var offset = 0
    private var row = 0
    /// The cells of the first non-blank row (the header), once read.
    private var width: Int?

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

    /// The next row, a row that cannot be read (with the cells read before the problem), or
    /// nil at the end of the file.
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
                let quote = offset
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
                        let lineEnds = byte == 0x0A || (byte == 0x0D && !(offset < count && bytes[offset] == 0x0A))
                        if lineEnds && isRecordLine(at: offset) { break }
                    }
                }
                guard closed else { return unreadable(cells, quoteAt: quote, Words.Sheets.unclosedQuote) }
                if offset < count, bytes[offset] != delimiter, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
                    return unreadable(cells, quoteAt: quote, Words.Sheets.textAfterClosingQuote)
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
            // Excel's column limit holds here too, so a line of ten million commas costs one
            // refused row, not ten million cells.
            if cells.count > XLSXWorksheetParser.maxColumns {
                cells.removeLast()
                return unreadable(cells, quoteAt: offset, Words.Sheets.tooManyColumns(row: row, column: cells.count + 1))
            }
            if offset >= count { break }
            let byte = bytes[offset]
            offset += 1
            if byte == delimiter { continue }
            if byte == 0x0D && offset < count && bytes[offset] == 0x0A { offset += 1 }
            break
        }
        let read = SheetRow(number: row, cells: cells)
        if width == nil && !read.isBlank { width = cells.count }
        return .row(read)
    }

    /// The row refused at its broken quote (`quote`: the quote's offset) or another problem
    /// there, with the cells read before it; reading goes on at the line after the one the
    /// quote is on.
    private mutating func unreadable(_ cells: [SheetCell], quoteAt quote: Int, _ message: Phrase) -> SheetReadStep {
        offset = quote
        while offset < bytes.count && bytes[offset] != 0x0A && bytes[offset] != 0x0D { offset += 1 }
        if offset < bytes.count {
            offset += bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        }
        let read = SheetRow(number: row, cells: cells)
        if width == nil { width = -1 }  // a header that cannot be read: no later line is measured against it
        return .unreadableRow(read, column: cells.count + 1, problem: message)
    }

    /// Whether the line from `start` looks like a whole record: no quote, not blank, and as
    /// many delimiters as the header's cells less one (a header of two cells or more).
    private func isRecordLine(at start: Int) -> Bool {
        guard let width, width >= 2 else { return false }
        var delimiters = 0
        var filled = false
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { break }
            if byte == 0x22 { return false }
            if byte == delimiter { delimiters += 1 } else if byte != 0x20 && byte != 0x09 { filled = true }
            index += 1
        }
        return filled && delimiters == width - 1
    }
}
