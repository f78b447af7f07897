import Foundation
import ZIPFoundation

/// Writes a small WordprocessingML document (ECMA-376, `.docx`): a title, headings in Word's
/// own Heading 1–3 styles (outline levels, kept with what follows), paragraphs of plain, bold,
/// coloured or monospaced runs, bullet lists, tables (borders, column widths, a header row
/// repeated on every page), page breaks, a page header and page numbers, on A4 — what a
/// report needs and nothing more. Word, WPS and LibreOffice open it and it stays editable:
/// every look comes from a named style a user can change.
///
/// Fonts: Chinese text in SimSun (body) and Microsoft YaHei (titles and headings), Latin
/// text in Calibri; an editor without them substitutes its own Chinese fonts.
///
/// Every text is escaped (`XMLText`): characters XML 1.0 cannot hold are dropped, line
/// breaks and tabs become Word's own. The same blocks give the same bytes: the archive's
/// entries carry a fixed date and the document's date is the one given.
struct WordDocument {
    /// A stretch of text with one look.
    struct Run {
        enum Colour: String {
            case pass = "1B6E2E", fail = "B3261E", muted = "4A5560"
        }

        var text: String
        var bold = false
        var colour: Colour?
        /// Code (expressions, ids): a monospaced font, 8.5 points.
        var code = false

        static func plain(_ text: String) -> Run { Run(text: text) }
        static func bold(_ text: String, _ colour: Colour? = nil) -> Run { Run(text: text, bold: true, colour: colour) }
        static func muted(_ text: String) -> Run { Run(text: text, colour: .muted) }
        static func code(_ text: String) -> Run { Run(text: text, code: true) }
    }

    /// The paragraph styles a body paragraph may take (headings have their own call).
    enum ParagraphStyle: String {
        case normal = "Normal"
        /// The document's title (the enterprise's name).
        case title = "Title"
        /// The line above the title (the kind of document).
        case subtitle = "Subtitle"
        /// Small, grey: legends and notes.
        case note = "Note"
    }

    struct Column {
        enum Alignment: String { case leading = "left", trailing = "right" }
        let title: String
        /// Relative to the other columns' weights; the table spans the text width.
        let weight: Int
        var alignment: Alignment = .leading
    }

    private enum Block {
        case heading(Int, String, newPage: Bool)
        case paragraph([Run], ParagraphStyle)
        case bullet([Run])
        case table([Column], [[[Run]]], keepTogether: Bool)
        case pageBreak
    }

    /// The document's title in its properties (what a file browser shows).
    var title: String
    /// `zh-CN`, `en`: the document's language in its properties.
    var language: String
    /// `2026-05-27`: the document's creation date in its properties; nil leaves it out.
    var date: String?
    /// The text at the top of every page; nil for none.
    var pageHeader: String?
    private var blocks: [Block] = []

    init(title: String, language: String, date: String?, pageHeader: String?) {
        self.title = title
        self.language = language
        self.date = date
        self.pageHeader = pageHeader
    }

    // MARK: - Building

    /// A heading of `level` 1–3; `newPage` starts it on a new page.
    mutating func heading(_ level: Int, _ text: String, newPage: Bool = false) {
        blocks.append(.heading(min(3, max(1, level)), text, newPage: newPage))
    }

    mutating func paragraph(_ runs: [Run], style: ParagraphStyle = .normal) { blocks.append(.paragraph(runs, style)) }

    mutating func paragraph(_ text: String, style: ParagraphStyle = .normal) { paragraph([.plain(text)], style: style) }

    mutating func bullets(_ items: [[Run]]) { blocks += items.map(Block.bullet) }

    mutating func bullets(_ items: [String]) { bullets(items.map { [.plain($0)] }) }

    /// A table: the header row (none when every column's title is empty), then `rows` of
    /// cells, each a list of runs (a line break in a run starts a new line in its cell).
    /// `keepTogether` keeps a short table on one page.
    mutating func table(_ columns: [Column], rows: [[[Run]]], keepTogether: Bool = false) {
        blocks.append(.table(columns, rows, keepTogether: keepTogether))
    }

    /// A table of plain text cells.
    mutating func table(_ columns: [Column], textRows: [[String]], keepTogether: Bool = false) {
        table(columns, rows: textRows.map { $0.map { [.plain($0)] } }, keepTogether: keepTogether)
    }

    mutating func pageBreak() { blocks.append(.pageBreak) }

    // MARK: - Writing

    /// The `.docx` file's bytes.
    func data() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts() { try Self.add(Data(text.utf8), as: path, to: archive) }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    /// Every part of the package, in the order they are zipped.
    func parts() -> [(path: String, text: String)] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", Self.contentTypes(header: pageHeader != nil)),
            ("_rels/.rels", Self.rootRelationships),
            ("docProps/core.xml", coreProperties()),
            ("docProps/app.xml", Self.appProperties),
            ("word/document.xml", document()),
            ("word/styles.xml", Self.styles),
            ("word/settings.xml", Self.settings),
            ("word/numbering.xml", Self.numbering),
            ("word/fontTable.xml", Self.fontTable),
        ]
        if let pageHeader { parts.append(("word/header1.xml", Self.header(pageHeader))) }
        parts.append(("word/footer1.xml", Self.footer))
        parts.append(("word/_rels/document.xml.rels", Self.documentRelationships(header: pageHeader != nil)))
        return parts
    }

    /// Every entry's date: 2000-01-01 12:00 UTC, so the same content gives the same bytes.
    private static let entryDate = Date(timeIntervalSince1970: 946_728_000)

    private static func add(_ bytes: Data, as path: String, to archive: Archive) throws {
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: entryDate,
                             compressionMethod: .deflate) { position, size in
            bytes.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    // MARK: Page geometry (twentieths of a point)

    /// A4, 210 × 297 mm.
    private static let pageWidth = 11906, pageHeight = 16838
    /// 20 mm at the sides, 22 mm at the top and bottom; header and footer 10 mm from the edge.
    private static let sideMargin = 1134, topMargin = 1247, bottomMargin = 1247, headerDistance = 567
    static let textWidth = pageWidth - 2 * sideMargin

    /// Column widths in twips from weights: proportional, the last column taking what
    /// rounding leaves, so they add up to the text width exactly.
    static func widths(_ weights: [Int]) -> [Int] {
        let total = max(1, weights.reduce(0) { $0 + max(0, $1) })
        var widths = weights.map { textWidth * max(0, $0) / total }
        if !widths.isEmpty { widths[widths.count - 1] += textWidth - widths.reduce(0, +) }
        return widths
    }

    // MARK: Parts

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    private static func contentTypes(header: Bool) -> String {
        let ml = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        var text = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        text += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        text += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        text += "<Override PartName=\"/word/document.xml\" ContentType=\"\(ml).document.main+xml\"/>"
        text += "<Override PartName=\"/word/styles.xml\" ContentType=\"\(ml).styles+xml\"/>"
        text += "<Override PartName=\"/word/settings.xml\" ContentType=\"\(ml).settings+xml\"/>"
        text += "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(ml).numbering+xml\"/>"
        text += "<Override PartName=\"/word/fontTable.xml\" ContentType=\"\(ml).fontTable+xml\"/>"
        if header { text += "<Override PartName=\"/word/header1.xml\" ContentType=\"\(ml).header+xml\"/>" }
        text += "<Override PartName=\"/word/footer1.xml\" ContentType=\"\(ml).footer+xml\"/>"
        text += "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        text += "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        return text + "</Types>"
    }

    private static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"\(relationshipsNamespace)/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    private static func documentRelationships(header: Bool) -> String {
        var text = declaration + "<Relationships xmlns=\"\(packageRelationships)\">"
        text += "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
        text += "<Relationship Id=\"rId2\" Type=\"\(relationshipsNamespace)/settings\" Target=\"settings.xml\"/>"
        text += "<Relationship Id=\"rId3\" Type=\"\(relationshipsNamespace)/numbering\" Target=\"numbering.xml\"/>"
        text += "<Relationship Id=\"rId4\" Type=\"\(relationshipsNamespace)/fontTable\" Target=\"fontTable.xml\"/>"
        text += "<Relationship Id=\"rId5\" Type=\"\(relationshipsNamespace)/footer\" Target=\"footer1.xml\"/>"
        if header { text += "<Relationship Id=\"rId6\" Type=\"\(relationshipsNamespace)/header\" Target=\"header1.xml\"/>" }
        return text + "</Relationships>"
    }

    private func coreProperties() -> String {
        var text = Self.declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        text += "<dc:title>" + XMLText.escape(title) + "</dc:title>"
        text += "<dc:creator>zhizao</dc:creator>"
        text += "<dc:language>" + XMLText.escape(language) + "</dc:language>"
        if let date, Self.isDate(date) {
            let stamp = date + "T00:00:00Z"
            text += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            text += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        return text + "</cp:coreProperties>"
    }

    /// `YYYY-MM-DD`, the only date form the properties take here.
    private static func isDate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        return bytes.enumerated().allSatisfy { index, byte in index == 4 || index == 7 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    }

    private static let appProperties = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>zhizao</Application></Properties>"

    private static let settings = declaration + "<w:settings xmlns:w=\"\(wordNamespace)\">"
        + "<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"420\"/>"
        + "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/>"
        + "</w:settings>"

    /// One bullet list definition: `•` at the first level.
    private static let numbering = declaration + "<w:numbering xmlns:w=\"\(wordNamespace)\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/><w:lvlJc w:val=\"left\"/>"
        + "<w:pPr><w:ind w:left=\"420\" w:hanging=\"300\"/></w:pPr>"
        + "<w:rPr><w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:hint=\"default\"/></w:rPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "</w:numbering>"

    /// The fonts the styles name, with the Chinese name of each Chinese font, so an editor
    /// that knows it only by that name still finds it.
    private static let fontTable = declaration + "<w:fonts xmlns:w=\"\(wordNamespace)\">"
        + "<w:font w:name=\"Calibri\"><w:panose1 w:val=\"020F0502020204030204\"/><w:charset w:val=\"00\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
        + "<w:font w:name=\"SimSun\"><w:altName w:val=\"宋体\"/><w:panose1 w:val=\"02010600030101010101\"/><w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"
        + "<w:font w:name=\"Microsoft YaHei\"><w:altName w:val=\"微软雅黑\"/><w:panose1 w:val=\"020B0503020204020204\"/><w:charset w:val=\"86\"/><w:family w:val=\"swiss\"/><w:pitch w:val=\"variable\"/></w:font>"
        + "<w:font w:name=\"Consolas\"><w:panose1 w:val=\"020B0609020204030204\"/><w:charset w:val=\"00\"/><w:family w:val=\"modern\"/><w:pitch w:val=\"fixed\"/></w:font>"
        + "</w:fonts>"

    // MARK: Styles

    private static let bodyFonts = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"SimSun\" w:cs=\"Calibri\"/>"
    private static let headingFonts = "<w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\" w:cs=\"Calibri\"/>"
    private static let codeFonts = "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:eastAsia=\"SimSun\" w:cs=\"Consolas\"/>"

    /// A paragraph style. `pPr`/`rPr`: the properties' content, in the schema's order.
    private static func paragraphStyle(_ id: String, name: String, basedOn: String? = "Normal", next: String? = nil,
                                       priority: Int? = nil, quick: Bool = true, pPr: String, rPr: String) -> String {
        var text = "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
        if let basedOn { text += "<w:basedOn w:val=\"\(basedOn)\"/>" }
        if let next { text += "<w:next w:val=\"\(next)\"/>" }
        if let priority { text += "<w:uiPriority w:val=\"\(priority)\"/>" }
        if quick { text += "<w:qFormat/>" }
        if !pPr.isEmpty { text += "<w:pPr>\(pPr)</w:pPr>" }
        if !rPr.isEmpty { text += "<w:rPr>\(rPr)</w:rPr>" }
        return text + "</w:style>\n"
    }

    /// Heading `level`: Word's built-in `heading N` (so Word shows it as its own Heading
    /// style, 标题 N in Chinese Word), at outline level N-1, kept with the next paragraph.
    private static func headingStyle(_ level: Int, size: Int, before: Int, after: Int, border: Bool) -> String {
        var pPr = "<w:keepNext/><w:keepLines/>"
        if border { pPr += "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"2\" w:color=\"1A1A1A\"/></w:pBdr>" }
        pPr += "<w:spacing w:before=\"\(before)\" w:after=\"\(after)\" w:line=\"264\" w:lineRule=\"auto\"/><w:outlineLvl w:val=\"\(level - 1)\"/>"
        return paragraphStyle("Heading\(level)", name: "heading \(level)", next: "Normal", priority: 9, pPr: pPr,
                              rPr: headingFonts + "<w:b/><w:bCs/><w:color w:val=\"1A1A1A\"/><w:sz w:val=\"\(size)\"/><w:szCs w:val=\"\(size)\"/>")
    }

    private static let styles: String = {
        var text = declaration + "<w:styles xmlns:w=\"\(wordNamespace)\">\n"
        text += "<w:docDefaults><w:rPrDefault><w:rPr>" + bodyFonts
            + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
            + "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>\n"
        text += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
            + "<w:pPr><w:widowControl/></w:pPr><w:rPr><w:color w:val=\"1A1A1A\"/></w:rPr></w:style>\n"
        text += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
            + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
        text += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
            + "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\n"
        text += "<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/>"
            + "<w:semiHidden/><w:unhideWhenUsed/></w:style>\n"
        text += paragraphStyle("Title", name: "Title", next: "Normal", priority: 10,
                               pPr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"160\" w:line=\"240\" w:lineRule=\"auto\"/>",
                               rPr: headingFonts + "<w:b/><w:bCs/><w:color w:val=\"1A1A1A\"/><w:kern w:val=\"28\"/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/>")
        text += paragraphStyle("Subtitle", name: "Subtitle", next: "Normal", priority: 11,
                               pPr: "<w:keepNext/><w:spacing w:before=\"0\" w:after=\"60\"/>",
                               rPr: headingFonts + "<w:color w:val=\"4A5560\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")
        text += headingStyle(1, size: 30, before: 360, after: 160, border: true)
        text += headingStyle(2, size: 26, before: 240, after: 120, border: false)
        text += headingStyle(3, size: 22, before: 200, after: 80, border: false)
        text += paragraphStyle("TableText", name: "Table Text", quick: false,
                               pPr: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"252\" w:lineRule=\"auto\"/>",
                               rPr: "<w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>")
        text += paragraphStyle("TableHeading", name: "Table Heading", basedOn: "TableText", quick: false,
                               pPr: "<w:keepNext/>", rPr: headingFonts + "<w:b/><w:bCs/>")
        text += paragraphStyle("ListBullet", name: "List Bullet", priority: 99,
                               pPr: "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/>"
                                   + "<w:ind w:left=\"420\" w:hanging=\"300\"/>", rPr: "")
        text += paragraphStyle("Note", name: "Note", quick: true,
                               pPr: "<w:spacing w:before=\"60\" w:after=\"120\"/>",
                               rPr: "<w:color w:val=\"4A5560\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>")
        text += paragraphStyle("Gap", name: "Gap", quick: false,
                               pPr: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"160\" w:lineRule=\"exact\"/>",
                               rPr: "<w:sz w:val=\"8\"/><w:szCs w:val=\"8\"/>")
        text += paragraphStyle("Header", name: "header", priority: 99, quick: false,
                               pPr: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"C5CCD3\"/></w:pBdr>"
                                   + "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
                               rPr: "<w:color w:val=\"4A5560\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
        text += paragraphStyle("Footer", name: "footer", priority: 99, quick: false,
                               pPr: "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>",
                               rPr: "<w:color w:val=\"4A5560\"/><w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>")
        return text + "</w:styles>\n"
    }()

    // MARK: Header and footer

    private static func header(_ text: String) -> String {
        declaration + "<w:hdr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
            + runs([.plain(text)]) + "</w:p></w:hdr>"
    }

    /// `3 / 11`: the page number and the number of pages, as fields Word fills in.
    private static let footer = declaration + "<w:ftr xmlns:w=\"\(wordNamespace)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + field("PAGE", shown: "1") + "<w:r><w:t xml:space=\"preserve\"> / </w:t></w:r>" + field("NUMPAGES", shown: "1")
        + "</w:p></w:ftr>"

    private static func field(_ instruction: String, shown: String) -> String {
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \(instruction) </w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>\(shown)</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    }

    // MARK: The body

    private func document() -> String {
        var text = Self.declaration + "<w:document xmlns:w=\"\(Self.wordNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\"><w:body>"
        // One block (and one table row) a line: whitespace between elements means nothing
        // to Word, and a changed document reads as a short diff.
        for (index, block) in blocks.enumerated() {
            text += "\n"
            switch block {
            case .heading(let level, let title, let newPage):
                text += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(level)\"/>" + (newPage ? "<w:pageBreakBefore/>" : "") + "</w:pPr>"
                    + Self.runs([.plain(title)]) + "</w:p>"
            case .paragraph(let runs, let style):
                text += Self.paragraph(runs, style: style == .normal ? nil : style.rawValue)
            case .bullet(let runs):
                text += Self.paragraph(runs, style: "ListBullet")
            case .table(let columns, let rows, let keepTogether):
                text += Self.table(columns, rows, keepTogether: keepTogether)
                // Space below a table, and never two tables in a row (Word would join them).
                if index + 1 < blocks.count, case .heading = blocks[index + 1] {} else {
                    text += "\n<w:p><w:pPr><w:pStyle w:val=\"Gap\"/></w:pPr></w:p>"
                }
            case .pageBreak:
                text += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        text += "\n<w:sectPr>"
        if pageHeader != nil { text += "<w:headerReference w:type=\"default\" r:id=\"rId6\"/>" }
        text += "<w:footerReference w:type=\"default\" r:id=\"rId5\"/>"
        text += "<w:pgSz w:w=\"\(Self.pageWidth)\" w:h=\"\(Self.pageHeight)\"/>"
        text += "<w:pgMar w:top=\"\(Self.topMargin)\" w:right=\"\(Self.sideMargin)\" w:bottom=\"\(Self.bottomMargin)\" w:left=\"\(Self.sideMargin)\""
            + " w:header=\"\(Self.headerDistance)\" w:footer=\"\(Self.headerDistance)\" w:gutter=\"0\"/>"
        text += "<w:cols w:space=\"425\"/></w:sectPr>"
        return text + "</w:body></w:document>\n"
    }

    /// A paragraph of `style` (nil: Normal), kept with the next one or aligned as asked.
    private static func paragraph(_ content: [Run], style: String?, keepNext: Bool = false, alignment: Column.Alignment? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { properties += "<w:keepNext/>" }
        if let alignment, alignment != .leading { properties += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs(content) + "</w:p>"
    }

    private static func table(_ columns: [Column], _ rows: [[[Run]]], keepTogether: Bool) -> String {
        let widths = widths(columns.map(\.weight))
        let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"A9B2BC\""
        var text = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/>"
            + "<w:tblBorders><w:top \(border)/><w:left \(border)/><w:bottom \(border)/><w:right \(border)/>"
            + "<w:insideH \(border)/><w:insideV \(border)/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblCellMar><w:top w:w=\"45\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"45\" w:type=\"dxa\"/>"
            + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
            + "<w:tblLook w:val=\"0620\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
        for width in widths { text += "<w:gridCol w:w=\"\(width)\"/>" }
        text += "</w:tblGrid>\n"
        // The header row, repeated at the top of every page the table runs onto; none when
        // no column has a title (a table of labels and values).
        if columns.contains(where: { !$0.title.isEmpty }) {
            text += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            for (column, width) in zip(columns, widths) {
                text += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EEF1F4\"/></w:tcPr>"
                    + paragraph([.plain(column.title)], style: "TableHeading", alignment: column.alignment) + "</w:tc>"
            }
            text += "</w:tr>\n"
        }
        for (index, cells) in rows.enumerated() {
            // Keeping every row but the last with the next keeps a short table on one page.
            let keepNext = keepTogether && index + 1 < rows.count
            text += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (position, width) in widths.enumerated() {
                let cell = position < cells.count ? cells[position] : []
                let alignment = position < columns.count ? columns[position].alignment : .leading
                text += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>"
                    + paragraph(cell, style: "TableText", keepNext: keepNext, alignment: alignment) + "</w:tc>"
            }
            text += "</w:tr>\n"
        }
        return text + "</w:tbl>"
    }

    /// Runs of text: a line break starts a new line (`<w:br/>`), a tab is Word's tab, other
    /// control characters are dropped.
    private static func runs(_ runs: [Run]) -> String {
        var text = ""
        for run in runs where !run.text.isEmpty {
            var properties = ""
            if run.code { properties += codeFonts }
            if run.bold { properties += "<w:b/><w:bCs/>" }
            if let colour = run.colour { properties += "<w:color w:val=\"\(colour.rawValue)\"/>" }
            // Code a size smaller: its characters are wider.
            if run.code { properties += "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/>" }
            text += "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            var line = ""
            func flush() {
                guard !line.isEmpty else { return }
                text += "<w:t xml:space=\"preserve\">"
                XMLText.append(line, to: &text)
                text += "</w:t>"
                line = ""
            }
            for character in run.text {
                if character.isNewline {
                    flush()
                    text += "<w:br/>"
                } else if character == "\t" {
                    flush()
                    text += "<w:tab/>"
                } else {
                    line.append(character)
                }
            }
            flush()
            text += "</w:r>"
        }
        return text
    }
}
