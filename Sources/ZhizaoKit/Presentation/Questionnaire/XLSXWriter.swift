import Foundation
import ZIPFoundation

/// Writes a small Office Open XML workbook (ECMA-376): text and number cells, column
/// widths, frozen header rows, autofilters, and data validation (drop-down lists and number
/// bounds) — what a questionnaire and a shortlist need and nothing more. Strings are inline
/// (`inlineStr`), so there is no shared-strings part to keep in step. Excel, WPS and
/// LibreOffice open it.
///
/// Two ways to write: `data()` builds a small workbook in memory (the questionnaire);
/// `write(_:styles:to:)` streams sheets of any length, a row at a time, through files
/// beside the target, so 100,000 rows never exist in memory at once (the ranking).
struct XLSXWriter {
    enum Cell {
        case empty
        case text(String)
        case number(String)
    }

    /// Cell formats, as indices into the style sheet's `cellXfs`. The first four are the
    /// questionnaire's (`StyleSheet.basic`); the others exist in `StyleSheet.extended` only.
    enum CellStyle: Int {
        case plain = 0, header = 1, wrapped = 2, textFormat = 3
        /// Text (`@`), at the top of the row.
        case text = 4
        /// Text (`@`), wrapped, at the top of the row.
        case wrappedText = 5
        /// A number as it is, at the top of the row.
        case number = 6
        /// A number with one decimal (`0.0`).
        case decimal = 7
        /// A share as a percentage with one decimal (`0.0%`).
        case percent = 8
        /// A row's label: bold, wrapped, at the top.
        case label = 9
    }

    /// The formats a workbook carries: `basic` for the questionnaire (its bytes are pinned by
    /// snapshots), `extended` for workbooks that need the others.
    enum StyleSheet {
        case basic, extended
    }

    struct Validation {
        enum Rule {
            /// A list from a range of cells (`'选项'!$A$2:$A$6`): lists longer than Excel's
            /// 255-character inline limit work too.
            case list(String)
            case decimal(min: String, max: String)
            case whole(min: String, max: String)
            /// Any text up to `max` characters: used for its prompt (a multi answer's choices).
            case textLength(max: Int)
        }
        /// 0-based, like the rows and cells here; rows are 1-based as in the sheet.
        let columns: ClosedRange<Int>
        let firstRow: Int
        let lastRow: Int
        let rule: Rule
        let promptTitle: String
        let prompt: String
        let error: String
    }

    struct Sheet {
        let name: String
        var rows: [[Cell]] = []
        /// Per row, the style of its cells (by row index); other rows are plain.
        var rowStyles: [Int: CellStyle] = [:]
        /// Per column, the style of cells below the frozen rows (e.g. text for credit codes).
        var columnStyles: [Int: CellStyle] = [:]
        var widths: [Double] = []
        var frozenRows = 0
        var validations: [Validation] = []
        var hidden = false
        /// Rows (by index) kept in the file but hidden, such as a template's row of ids.
        var hiddenRows: Set<Int> = []
    }

    var sheets: [Sheet]

    /// The workbook's bytes. Entries carry a fixed date, so the same questionnaire gives the
    /// same file.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts = Self.packageParts(sheets.map { ($0.name, $0.hidden) }, filters: [], styles: .basic)
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        for (path, text) in parts { try Self.add(Data(text.utf8), as: path, to: archive) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: - Parts

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// Every entry's date: 2000-01-01 12:00 UTC, so the same content gives the same bytes.
    private static let date = Date(timeIntervalSince1970: 946_728_000)

    /// Adds one entry of known bytes, deflated, with the fixed date.
    private static func add(_ bytes: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                             compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    /// The parts around the worksheets: content types, relationships, workbook, styles.
    /// `sheets`: each sheet's name and whether it is hidden; `filters`: the autofilter range
    /// of a sheet (its index and `A1:K200`), which the workbook names as Excel does.
    private static func packageParts(_ sheets: [(name: String, hidden: Bool)], filters: [(sheet: Int, range: String)],
                                     styles: StyleSheet) -> [(String, String)] {
        [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(sheets, filters: filters)),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles == .basic ? basicStyles : extendedStyles),
        ]
    }

    private static func contentTypes(sheetCount: Int) -> String {
        let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var text = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        text += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        text += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        text += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ml).sheet.main+xml\"/>"
        text += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ml).styles+xml\"/>"
        for index in 0..<sheetCount {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(ml).worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    private static let rootRelationships = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private static func workbook(_ sheets: [(name: String, hidden: Bool)], filters: [(sheet: Int, range: String)]) -> String {
        var text = declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            text += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }
        text += "</sheets>"
        if !filters.isEmpty {
            // Excel names every autofilter's range `_xlnm._FilterDatabase`, local to its sheet.
            text += "<definedNames>"
            for filter in filters {
                let quoted = "'" + sheets[filter.sheet].name.replacingOccurrences(of: "'", with: "''") + "'!" + absolute(filter.range)
                text += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(filter.sheet)\" hidden=\"1\">\(escape(quoted))</definedName>"
            }
            text += "</definedNames>"
        }
        return text + "</workbook>"
    }

    /// `A1:K20` as `$A$1:$K$20`.
    private static func absolute(_ range: String) -> String {
        range.split(separator: ":").map { corner in
            let letters = corner.prefix { $0.isLetter }
            return "$" + letters + "$" + corner.dropFirst(letters.count)
        }.joined(separator: ":")
    }

    private static func workbookRelationships(sheetCount: Int) -> String {
        var text = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in 0..<sheetCount {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    private static let fonts = "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEEF1F4\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    /// The first four cell formats, in `CellStyle` order: plain, bold header (wrapped,
    /// shaded), wrapped text, and Text (`@`, number format 49) so that Excel keeps a credit
    /// code's digits.
    private static let basicFormats = "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    private static let cellStyles = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    private static let basicStyles = declaration + "<styleSheet xmlns=\"\(main)\">" + fonts
        + "<cellXfs count=\"4\">" + basicFormats + "</cellXfs>" + cellStyles

    /// The basic formats and then, in `CellStyle` order: text, wrapped text, number,
    /// `0.0`, `0.0%` (all at the top of the row), and a bold label.
    private static let extendedStyles = declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>" + fonts
        + "<cellXfs count=\"10\">" + basicFormats
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "</cellXfs>" + cellStyles

    private func worksheet(_ sheet: Sheet) -> String {
        var columns: [(width: Double, style: CellStyle?)] = []
        if !sheet.widths.isEmpty || !sheet.columnStyles.isEmpty {
            let count = max(sheet.widths.count, (sheet.columnStyles.keys.max() ?? -1) + 1)
            columns = (0..<count).map { column in (column < sheet.widths.count ? sheet.widths[column] : 12, sheet.columnStyles[column]) }
        }
        var text = Self.worksheetHead(frozenRows: sheet.frozenRows, columns: columns)
        for (index, cells) in sheet.rows.enumerated() {
            let style = sheet.rowStyles[index] ?? .plain
            var row = Self.row(index + 1, cells) { _ in style }
            if sheet.hiddenRows.contains(index), let open = row.range(of: "\">") {
                row.replaceSubrange(open, with: "\" hidden=\"1\">")
            }
            text += row
        }
        return text + Self.worksheetTail(autoFilter: nil, validations: sheet.validations)
    }

    /// A worksheet up to its first row: the frozen pane and the columns.
    private static func worksheetHead(frozenRows: Int, columns: [(width: Double, style: CellStyle?)]) -> String {
        var text = declaration + "<worksheet xmlns=\"\(main)\" xmlns:r=\"\(relationships)\">"
        if frozenRows > 0 {
            let top = "A\(frozenRows + 1)"
            text += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/></sheetView></sheetViews>"
        }
        if !columns.isEmpty {
            text += "<cols>"
            for (index, column) in columns.enumerated() {
                let style = column.style.map { " style=\"\($0.rawValue)\"" } ?? ""
                text += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"\(style)/>"
            }
            text += "</cols>"
        }
        return text + "<sheetData>"
    }

    /// Row `number` (1-based); `style` gives each cell's format by its 0-based column. Built
    /// by appending to one string: a workbook of 100,000 rows writes millions of cells.
    private static func row(_ number: Int, _ cells: [Cell], style: (Int) -> CellStyle) -> String {
        let row = String(number)
        var text = "<row r=\""
        text.reserveCapacity(64 * cells.count)
        text += row
        text += "\">"
        for (column, cell) in cells.enumerated() {
            if case .empty = cell { continue }
            text += "<c r=\""
            text += column < columnNames.count ? columnNames[column] : CellReference.columnName(column + 1)
            text += row
            text += "\""
            if case .text = cell { text += " t=\"inlineStr\"" }
            let cellStyle = style(column)
            if cellStyle != .plain {
                text += " s=\""
                text += String(cellStyle.rawValue)
                text += "\""
            }
            switch cell {
            case .empty: break
            case .text(let value):
                text += "><is><t xml:space=\"preserve\">"
                appendEscaped(value, to: &text)
                text += "</t></is></c>"
            case .number(let value):
                text += "><v>"
                text += value
                text += "</v></c>"
            }
        }
        text += "</row>"
        return text
    }

    /// `A` … `CZ`, the letters of the first 104 columns.
    private static let columnNames = (1...104).map { CellReference.columnName($0) }

    /// A worksheet after its last row: the autofilter and the validations.
    private static func worksheetTail(autoFilter: String?, validations: [Validation]) -> String {
        var text = "</sheetData>"
        if let autoFilter { text += "<autoFilter ref=\"\(autoFilter)\"/>" }
        if !validations.isEmpty {
            text += "<dataValidations count=\"\(validations.count)\">"
            for validation in validations { text += element(validation) }
            text += "</dataValidations>"
        }
        return text + "</worksheet>"
    }

    private static func element(_ validation: Validation) -> String {
        let range = CellReference.columnName(validation.columns.lowerBound + 1) + "\(validation.firstRow):"
            + CellReference.columnName(validation.columns.upperBound + 1) + "\(validation.lastRow)"
        // Excel's limits: a prompt title of 32 characters, a prompt of 255, an error of 225.
        let attributes = "allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorStyle=\"stop\""
            + " promptTitle=\"\(escape(String(validation.promptTitle.prefix(32))))\" prompt=\"\(escape(String(validation.prompt.prefix(255))))\""
            + " error=\"\(escape(String(validation.error.prefix(225))))\" sqref=\"\(range)\""
        switch validation.rule {
        case .list(let source):
            return "<dataValidation type=\"list\" \(attributes)><formula1>\(escape(source))</formula1></dataValidation>"
        case .decimal(let min, let max):
            return "<dataValidation type=\"decimal\" operator=\"between\" \(attributes)><formula1>\(min)</formula1><formula2>\(max)</formula2></dataValidation>"
        case .whole(let min, let max):
            return "<dataValidation type=\"whole\" operator=\"between\" \(attributes)><formula1>\(min)</formula1><formula2>\(max)</formula2></dataValidation>"
        case .textLength(let max):
            return "<dataValidation type=\"textLength\" operator=\"lessThanOrEqual\" \(attributes)><formula1>\(max)</formula1></dataValidation>"
        }
    }

    /// XML text and attribute values (`XMLText.escape`).
    static func escape(_ text: String) -> String { XMLText.escape(text) }

    private static func appendEscaped(_ text: String, to result: inout String) { XMLText.append(text, to: &result) }

    /// Excel's rules for sheet names, applied to each wanted name in turn: at most 31
    /// characters, none of `[]:*?/\`, no apostrophe at either end, not `History`, and no two
    /// alike ignoring case (a repeat gets ` (2)`, ` (3)`…). An empty name becomes
    /// `fallback(position)` (1-based).
    static func sheetNames(_ wanted: [String], fallback: (Int) -> String) -> [String] {
        func cut(_ text: String, to length: Int) -> String {
            // Excel counts UTF-16 units; never split a character.
            var result = ""
            for character in text {
                if result.utf16.count + character.utf16.count > length { break }
                result.append(character)
            }
            return result
        }
        func clean(_ text: String) -> String {
            let kept = String(text.map { "[]:*?/\\".contains($0) || $0.isNewline ? " " : $0 })
            var name = cut(kept.trimmingCharacters(in: .whitespaces), to: 31)
            while name.hasPrefix("'") || name.hasSuffix("'") { name = name.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            return name.trimmingCharacters(in: .whitespaces)
        }
        var taken: Set<String> = ["history"]
        var names: [String] = []
        for (index, text) in wanted.enumerated() {
            var base = clean(text)
            if base.isEmpty { base = clean(fallback(index + 1)) }
            var name = base
            var number = 2
            while taken.contains(name.lowercased()) {
                let suffix = " (\(number))"
                name = cut(base, to: 31 - suffix.utf16.count) + suffix
                number += 1
            }
            taken.insert(name.lowercased())
            names.append(name)
        }
        return names
    }
}

// MARK: - Streaming

extension XLSXWriter {
    /// A sheet whose rows are written one at a time as the workbook is written.
    struct StreamedSheet {
        let name: String
        /// Rows kept in view at the top (the header).
        var frozenRows = 0
        /// An autofilter on the first row, over every column and row written.
        var autoFilter = false
        /// Per column, how narrow and how wide it may be; within that it is as wide as its
        /// widest text (a Chinese character counts two). Columns beyond these are 12 wide.
        var widths: [ClosedRange<Double>] = []
        /// Writes the rows, in order.
        let rows: (inout Rows) throws -> Void
    }

    /// Where a streamed sheet's rows go: their XML is written to a file as they come, and
    /// only their count and the widest text per column stay in memory.
    struct Rows {
        fileprivate let file: AtomicTextFile
        fileprivate(set) var count = 0
        fileprivate(set) var columns = 0
        /// The widest text seen per column, in display columns.
        fileprivate var widest: [Int] = []

        fileprivate init(file: AtomicTextFile) { self.file = file }

        /// The next row; `styles` gives each cell's format (a missing one is plain).
        mutating func append(_ cells: [Cell], styles: [CellStyle]) {
            count += 1
            columns = max(columns, cells.count)
            if widest.count < cells.count { widest += Array(repeating: 0, count: cells.count - widest.count) }
            for (column, cell) in cells.enumerated() {
                switch cell {
                case .empty: break
                case .number(let value): widest[column] = max(widest[column], value.count)
                case .text(let value):
                    var line = 0
                    for scalar in value.unicodeScalars {
                        if scalar == "\n" {
                            widest[column] = max(widest[column], line)
                            line = 0
                        } else {
                            line += DisplayWidth.of(scalar)
                        }
                    }
                    widest[column] = max(widest[column], line)
                }
            }
            file.write(XLSXWriter.row(count, cells) { $0 < styles.count ? styles[$0] : .plain })
        }
    }

    /// Writes a workbook of streamed sheets to `path`. Each sheet's rows go to a file beside
    /// `path` as they are produced; the workbook is then zipped from those files (parts with a
    /// fixed date, so the same rows give the same bytes) and renamed into place. An
    /// interrupted run leaves the previous file, never a half-written one; the files beside
    /// it are removed whatever happens.
    static func write(_ sheets: [StreamedSheet], styles: StyleSheet = .extended, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let stem = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)").path
        let archivePath = stem + ".tmp"
        var bodies: [String] = []
        defer {
            for body in bodies { unlink(body) }
            unlink(archivePath)
        }
        var written: [(sheet: StreamedSheet, rows: Rows)] = []
        for (index, sheet) in sheets.enumerated() {
            let body = stem + ".sheet\(index + 1).tmp"
            bodies.append(body)
            var rows = Rows(file: try AtomicTextFile(path: body))
            try sheet.rows(&rows)
            try rows.file.commit()
            written.append((sheet, rows))
        }
        unlink(archivePath)
        try zip(written, bodies: bodies, styles: styles, to: archivePath)
        guard rename(archivePath, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// The archive, closed when this returns.
    private static func zip(_ sheets: [(sheet: StreamedSheet, rows: Rows)], bodies: [String], styles: StyleSheet, to path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let filters = sheets.enumerated().compactMap { index, sheet in sheet.sheet.autoFilter ? (index, filterRange(sheet.rows)) : nil }
        for (part, text) in packageParts(sheets.map { ($0.sheet.name, false) }, filters: filters, styles: styles) {
            try add(Data(text.utf8), as: part, to: archive)
        }
        for (index, (sheet, rows)) in sheets.enumerated() {
            let count = max(rows.columns, sheet.widths.count)
            let columns: [(width: Double, style: CellStyle?)] = (0..<count).map { column in
                guard column < sheet.widths.count else { return (12, nil) }
                let seen = column < rows.widest.count ? Double(rows.widest[column]) : 0
                let bounds = sheet.widths[column]
                return (min(bounds.upperBound, max(bounds.lowerBound, (seen * 1.1 + 2).rounded())), nil)
            }
            let head = Data(worksheetHead(frozenRows: sheet.frozenRows, columns: columns).utf8)
            let tail = Data(worksheetTail(autoFilter: sheet.autoFilter ? filterRange(rows) : nil, validations: []).utf8)
            let reader = try PartReader(head: head, body: bodies[index], tail: tail)
            try archive.addEntry(with: "xl/worksheets/sheet\(index + 1).xml", type: .file, uncompressedSize: Int64(reader.size),
                                 modificationDate: date, compressionMethod: .deflate, bufferSize: 1 << 18) { position, size in
                try reader.read(at: Int(position), count: size)
            }
        }
    }

    /// `A1:K20`: the first row's columns, down to the last row.
    private static func filterRange(_ rows: Rows) -> String {
        "A1:" + CellReference.columnName(max(1, rows.columns)) + String(max(1, rows.count))
    }

    /// A worksheet part read in order: its head, its rows from their file, its tail.
    private final class PartReader {
        let head: Data
        let tail: Data
        let body: FileHandle
        let bodySize: Int
        var size: Int { head.count + bodySize + tail.count }

        init(head: Data, body path: String, tail: Data) throws {
            self.head = head
            self.tail = tail
            guard let handle = FileHandle(forReadingAtPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
            body = handle
            bodySize = Int(try handle.seekToEnd())
            try handle.seek(toOffset: 0)
        }

        deinit { try? body.close() }

        func read(at position: Int, count: Int) throws -> Data {
            var data = Data()
            var position = position
            let end = min(size, position + count)
            while position < end {
                if position < head.count {
                    let upTo = min(end, head.count)
                    data.append(head.subdata(in: position..<upTo))
                    position = upTo
                } else if position < head.count + bodySize {
                    let upTo = min(end, head.count + bodySize)
                    try body.seek(toOffset: UInt64(position - head.count))
                    guard let chunk = try body.read(upToCount: upTo - position), !chunk.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
                    data.append(chunk)
                    position += chunk.count
                } else {
                    let start = position - head.count - bodySize
                    let upTo = end - head.count - bodySize
                    data.append(tail.subdata(in: start..<upTo))
                    position = end
                }
            }
            return data
        }
    }
}
