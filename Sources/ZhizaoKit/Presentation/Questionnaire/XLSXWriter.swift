import Foundation
import ZIPFoundation

/// Writes a small Office Open XML workbook (ECMA-376): text and number cells, column
/// widths, frozen header rows, and data validation (drop-down lists and number bounds) —
/// what a questionnaire needs and nothing more. Strings are inline (`inlineStr`), so there
/// is no shared-strings part to keep in step. Excel, WPS and LibreOffice open it.
struct XLSXWriter {
    enum Cell {
        case empty
        case text(String)
        case number(String)
    }

    enum CellStyle: Int {
        case plain = 0, header = 1, wrapped = 2, textFormat = 3
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
    }

    var sheets: [Sheet]

    /// The workbook's bytes. Entries carry a fixed date, so the same questionnaire gives the
    /// same file.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", Self.rootRelationships),
            ("xl/workbook.xml", workbook()),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", Self.styles),
        ]
        for (index, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet))) }
        let date = Date(timeIntervalSince1970: 946_728_000)  // 2000-01-01 12:00 UTC
        for (path, text) in parts {
            let bytes = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                                 compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    // MARK: - Parts

    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    private func contentTypes() -> String {
        let ml = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var text = Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        text += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        text += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        text += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(ml).sheet.main+xml\"/>"
        text += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(ml).styles+xml\"/>"
        for index in sheets.indices {
            text += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(ml).worksheet+xml\"/>"
        }
        return text + "</Types>"
    }

    private static let rootRelationships = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private func workbook() -> String {
        var text = Self.declaration + "<workbook xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\"><sheets>"
        for (index, sheet) in sheets.enumerated() {
            text += "<sheet name=\"\(Self.escape(sheet.name))\" sheetId=\"\(index + 1)\"\(sheet.hidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }
        return text + "</sheets></workbook>"
    }

    private func workbookRelationships() -> String {
        var text = Self.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            text += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.relationships)/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        text += "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"\(Self.relationships)/styles\" Target=\"styles.xml\"/>"
        return text + "</Relationships>"
    }

    /// Four cell formats, in `CellStyle` order: plain, bold header (wrapped, shaded), wrapped
    /// text, and Text (`@`, number format 49) so that Excel keeps a credit code's digits.
    private static let styles = declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
        + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFEEF1F4\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    private func worksheet(_ sheet: Sheet) -> String {
        var text = Self.declaration + "<worksheet xmlns=\"\(Self.main)\" xmlns:r=\"\(Self.relationships)\">"
        if sheet.frozenRows > 0 {
            let top = "A\(sheet.frozenRows + 1)"
            text += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/></sheetView></sheetViews>"
        }
        if !sheet.widths.isEmpty || !sheet.columnStyles.isEmpty {
            text += "<cols>"
            let count = max(sheet.widths.count, (sheet.columnStyles.keys.max() ?? -1) + 1)
            for column in 0..<count {
                let width = column < sheet.widths.count ? sheet.widths[column] : 12
                let style = sheet.columnStyles[column].map { " style=\"\($0.rawValue)\"" } ?? ""
                text += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\" customWidth=\"1\"\(style)/>"
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        for (index, cells) in sheet.rows.enumerated() {
            let style = sheet.rowStyles[index] ?? .plain
            text += "<row r=\"\(index + 1)\">"
            for (column, cell) in cells.enumerated() {
                let name = CellReference.columnName(column + 1) + String(index + 1)
                let s = style == .plain ? "" : " s=\"\(style.rawValue)\""
                switch cell {
                case .empty: continue
                case .text(let value): text += "<c r=\"\(name)\" t=\"inlineStr\"\(s)><is><t xml:space=\"preserve\">\(Self.escape(value))</t></is></c>"
                case .number(let value): text += "<c r=\"\(name)\"\(s)><v>\(value)</v></c>"
                }
            }
            text += "</row>"
        }
        text += "</sheetData>"
        if !sheet.validations.isEmpty {
            text += "<dataValidations count=\"\(sheet.validations.count)\">"
            for validation in sheet.validations { text += Self.element(validation) }
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

    /// XML text and attribute values: `Markup.html`'s escapes, plus line breaks and tabs as
    /// references (an attribute would turn them into spaces); characters XML 1.0 cannot
    /// hold at all are dropped.
    static func escape(_ text: String) -> String {
        let legal = text.unicodeScalars.filter { ($0.value >= 0x20 || $0 == "\n" || $0 == "\t") && $0.value != 0xFFFE && $0.value != 0xFFFF }
        return Markup.html(String(String.UnicodeScalarView(legal)))
            .replacingOccurrences(of: "\n", with: "&#10;").replacingOccurrences(of: "\t", with: "&#9;")
    }
}
