import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// Issue 6: spreadsheets as rank inputs (SPEC §2). A row of a CSV or XLSX sheet is the same
// assessment as the file it was copied from; every cell that cannot be read is refused at
// its cell; encodings are detected; the rows before a broken quote are kept.

@Suite("Spreadsheet input")
struct SheetInputTests {
    static let root = PackageRoot.url
    static func fixture(_ name: String) -> String { root.appendingPathComponent("Tests/Fixtures/sheets/\(name)").path }
    static let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
    static let titles = SheetTitles(pipeline: pipeline)

    /// Every input of a sheet file, scored: (source, total or the rendered problems).
    static func read(_ path: String) -> [(source: String, total: ExactNumber?, tier: String?, problems: [String])] {
        var inputs: [(String, ExactNumber?, String?, [String])] = []
        SpreadsheetInput.read(path, maxBytes: 1 << 26, titles: titles) { item in
            switch item {
            case .row(let context, let row):
                switch pipeline.process(SheetRowSource(row: row, in: context)) {
                case .scored(let result): inputs.append((result.assessment.source, result.total, result.tier, []))
                case .rejected(let diagnostics): inputs.append((context.place.source(row.number), nil, nil, diagnostics.map { $0.rendered(.en) }))
                }
            case .rejectedRow(let context, let row, let diagnostics):
                inputs.append((context.place.source(row.number), nil, nil, diagnostics.map { $0.rendered(.en) }))
            case .rejected(let source, let diagnostics): inputs.append((source, nil, nil, diagnostics.map { $0.rendered(.en) }))
            case .skippedSheet: break
            }
        }
        return inputs
    }

    /// The YAML example's result, to compare a sheet row with.
    static func example(_ name: String) throws -> ScoreResult {
        guard case .scored(let result) = pipeline.process(path: root.appendingPathComponent("Examples/shandong/\(name)").path) else {
            throw SheetTestError.exampleRejected(name)
        }
        return result
    }

    enum SheetTestError: Error { case exampleRejected(String) }

    @Test("a CSV in UTF-8 with a BOM or in GB18030 gives the examples' own results; labels, 是/否 and the title row are read",
          arguments: ["applicants-utf8-bom.csv", "applicants-gb18030.csv"])
    func csvFixtures(_ name: String) throws {
        let inputs = Self.read(Self.fixture(name))
        #expect(inputs.map(\.source) == [Self.fixture(name) + ":3", Self.fixture(name) + ":4"], "row 2 is the Chinese title row, not an applicant")
        let weifang = try Self.example("weifang-diesel-engine.yaml")
        let linyi = try Self.example("linyi-fasteners.yaml")
        #expect(inputs[0].total == weifang.total && inputs[0].tier == weifang.tier, "\(inputs[0].problems)")
        #expect(inputs[1].total == linyi.total && inputs[1].tier == linyi.tier, "\(inputs[1].problems)")
    }

    @Test("the GB18030 fixture really is GB18030, and is detected as such")
    func gb18030Detected() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("applicants-gb18030.csv"))))
        #expect(SheetTextDecoder.firstInvalidUTF8(bytes) != nil, "not valid UTF-8")
        #expect(try SheetTextDecoder.decode(bytes).encoding == .gb18030)
        let bom = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture("applicants-utf8-bom.csv"))))
        #expect(try SheetTextDecoder.decode(bom).encoding == .utf8BOM)
    }

    @Test("an XLSX written by openpyxl: rows scored as the examples, a 92% cell read as 92, a formula without a value and #DIV/0! refused at their cells, the questions sheet skipped",
          arguments: ["applicants.xlsx", "shared-strings.xlsx"])
    func xlsxFixture(_ name: String) throws {
        let path = Self.fixture(name)
        var skipped = 0
        SpreadsheetInput.read(path, maxBytes: 1 << 26, titles: Self.titles) { if case .skippedSheet = $0 { skipped += 1 } }
        #expect(skipped == 1, "sheet 说明 holds questions, not applicants")
        let inputs = Self.read(path)
        #expect(inputs.map(\.source) == [3, 4, 5, 6].map { "\(path):申报:\($0)" })
        let weifang = try Self.example("weifang-diesel-engine.yaml")
        #expect(inputs[0].total == weifang.total && inputs[0].tier == weifang.tier, "\(inputs[0].problems)")
        #expect(inputs[1].total == (try Self.example("linyi-fasteners.yaml")).total, "\(inputs[1].problems)")
        #expect(inputs[2].problems == ["\(path):申报!W5: error: the formula =80+5 has no stored result; open and save the file in Excel or LibreOffice first"])
        #expect(inputs[3].problems == ["\(path):申报!W6: error: the cell holds the error value #DIV/0!"])
    }

    @Test("a sheet row is a document source: named by its row, its document in the sheet's file, its problems at the workbook's cells; a file of the same answers is the same assessment")
    func rowAsDocumentSource() throws {
        let path = Self.fixture("applicants.xlsx")
        var sources: [SheetRowSource] = []
        SpreadsheetInput.read(path, maxBytes: 1 << 26, titles: Self.titles) { if case .row(let context, let row) = $0 { sources.append(SheetRowSource(row: row, in: context)) } }
        let first = try #require(sources.first)
        #expect(first.name == "\(path):申报:3")
        #expect(first.folder == (path as NSString).deletingLastPathComponent)
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let document = first.document(for: rubric)
        #expect(document.file == path && document.root.position.line == 3)
        #expect(document.fingerprint.hasPrefix("sha256:"))
        let problem = Diagnostic(.error, file: path, position: SourcePosition(line: 3, column: 2), .same("x"))
        #expect(first.placed(problem).place == "\(path):申报!B3")
        guard case .read(let fromRow, _, _) = Self.pipeline.read(first) else { Issue.record("row rejected"); return }
        let weifang = try Self.example("weifang-diesel-engine.yaml")
        #expect(Set(fromRow.answers.keys) == Set(weifang.assessment.answers.keys), "the row holds the example's answers")
    }

    @Test("an XLSX whose shared strings are referenced but missing is one reject at the first header cell")
    func missingSharedStrings() {
        let path = Self.fixture("missing-strings.xlsx")
        let inputs = Self.read(path)
        #expect(inputs.count == 1)
        #expect(inputs.first?.source == "\(path):申报")
        #expect(inputs.first?.problems.first?.hasPrefix("\(path):申报!A1: error: a header cell cannot be read (it refers to shared string #0") == true)
    }

    @Test("a file that is not a workbook is one reject, not a crash")
    func notAWorkbook() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).xlsx").path
        try Data("PK\u{3}\u{4} not really".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let inputs = Self.read(path)
        #expect(inputs.count == 1 && inputs[0].problems == ["\(path):1:1: error: the file is incomplete (an interrupted download or a damaged attachment): download it again or ask the applicant to send it again"])
    }

    // MARK: CSV cases written here

    static func csv(_ text: String) throws -> [(source: String, total: ExactNumber?, tier: String?, problems: [String])] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return read(path).map { ($0.source.replacingOccurrences(of: path, with: "s.csv"), $0.total, $0.tier,
                                 $0.problems.map { $0.replacingOccurrences(of: path, with: "s.csv") }) }
    }

    @Test("labels in either language, ids, an N/A column, quoted commas and line breaks")
    func cellForms() throws {
        let inputs = try Self.csv("""
            enterprise.name,enterprise.credit_code,profile.above_designated_size,profile.accident_grade_3y,rd_factory_planning,rd_product_design,rd_product_design.na
            "潍坊, ""示例""
            公司",91370700MA3C8K2L67,是,未发生事故,智能化,,产品由客户设计
            B,91370700MA3C8K2L67,false,none,Intelligent,integrated,

            """)
        #expect(inputs.count == 2, "the blank row is skipped")
        #expect(inputs.allSatisfy { $0.problems.isEmpty }, "\(inputs.map(\.problems))")
        #expect(inputs.map(\.source) == ["s.csv:2", "s.csv:3"])
    }

    @Test("every bad cell is reported at row:col; the row is refused, the others are read")
    func badCells() throws {
        let inputs = try Self.csv("""
            enterprise.name,enterprise.credit_code,profile.above_designated_size,rd_factory_planning,rd_product_design.na
            A,91370700MA3C8K2L67,maybe,sometimes,
            B,91370700MA3C8K2L67,true,pilot,x,extra
            C,91370700MA3C8K2L67,true,pilot,
            """)
        #expect(inputs.count == 3)
        #expect(inputs[0].problems == [
            "s.csv:2:3: error: “Industrial enterprise above designated size” takes yes or no (or Y/N, √/×, true/false), not “maybe”",
            "s.csv:2:4: error: “sometimes” is not a choice of “Digital factory planning”; the choices are: Not started, Pilot, Digital, Integrated, Intelligent",
        ])
        #expect(inputs[1].problems == ["s.csv:3:6: error: this row has 6 cells, more than the header's 5"])
        #expect(inputs[2].problems.isEmpty && inputs[2].total != nil)
    }

    @Test("an unknown column is named at its header cell, with the closest id, in every row")
    func unknownColumn() throws {
        let inputs = try Self.csv("enterprise.name,rd_factory_planing\nA,pilot\nB,none\n")
        #expect(inputs.count == 2)
        #expect(inputs.allSatisfy { $0.problems.first == "s.csv:1:2: error: header 'rd_factory_planing' is not a field of rubric shandong-smart-factory (did you mean 'rd_factory_planning'?)" })
    }

    @Test("an unterminated quote costs only its row: refused at its quote, every later row read on its own, in order")
    func unterminatedQuote() throws {
        let inputs = try Self.csv("enterprise.name,rd_factory_planning\nA,pilot\nB,\"none\nC,none\nD,\"pilot\"\nE,none\n")
        #expect(inputs.map(\.source) == ["s.csv:2", "s.csv:3", "s.csv:4", "s.csv:5", "s.csv:6"])
        #expect(inputs[1].problems == ["s.csv:3:2: error: a quote is never closed: this cell opens with a quote that does not close within its row; the row is not scored, the rows after it are read"])
        #expect(inputs.enumerated().allSatisfy { $0.offset == 1 || ($0.element.problems.isEmpty && $0.element.total != nil) }, "\(inputs.map(\.problems))")
    }

    @Test("a quote that never closes before the end of the file, or whose closing quote is followed by text, costs its row alone")
    func brokenQuoteKinds() throws {
        let endOfFile = try Self.csv("enterprise.name,rd_factory_planning\nA,\"pilot\nB\n")
        #expect(endOfFile.map(\.source) == ["s.csv:2", "s.csv:3"])
        #expect(endOfFile[0].problems.first?.hasPrefix("s.csv:2:2: error: a quote is never closed") == true, "\(endOfFile[0].problems)")
        #expect(endOfFile[1].problems.isEmpty)
        let textAfter = try Self.csv("enterprise.name,rd_factory_planning\nA,\"pil\"ot\nB,pilot\n")
        #expect(textAfter.map(\.source) == ["s.csv:2", "s.csv:3"])
        #expect(textAfter[0].problems.first?.hasPrefix("s.csv:2:2: error: a closing quote must be followed by a delimiter or a line break") == true)
        #expect(textAfter[1].problems.isEmpty)
        // The stray quote "closes" at the quote that opens a later cell: found by the text after it.
        let closedLater = try Self.csv("enterprise.name,rd_factory_planning\nA,\"pilot\nB x\nC,\"none\"\n")
        #expect(closedLater.map(\.source) == ["s.csv:2", "s.csv:3", "s.csv:4"])
        #expect(closedLater[0].problems.first?.hasPrefix("s.csv:2:2: error: a closing quote") == true, "\(closedLater[0].problems)")
        #expect(closedLater[2].problems.isEmpty && closedLater[2].total != nil)
        // A header that cannot be split into cells leaves every column unknown: one reject.
        let header = try Self.csv("enterprise.name,\"rd_factory_planning\nA,pilot\n")
        #expect(header.map(\.source) == ["s.csv"])
        #expect(header[0].problems.first?.hasSuffix("the header cannot be read, so neither can the sheet") == true)
    }

    @Test("a quoted line break within its row is kept, even when the next line holds commas")
    func quotedLineBreak() throws {
        let inputs = try Self.csv("enterprise.name,enterprise.city,rd_factory_planning\n\"甲\n乙,丙\",济南,pilot\nB,济南,none\n")
        #expect(inputs.map(\.source) == ["s.csv:2", "s.csv:3"])
        #expect(inputs.allSatisfy { $0.problems.isEmpty }, "\(inputs.map(\.problems))")
    }

    // MARK: Header rows

    /// The template's two header rows for the default rubric, as CSV lines: ids, titles.
    static func templateRows(_ language: Language) throws -> (ids: String, titles: String) {
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        guard case .text(let text) = TemplateCSVWriter().write(Questionnaire(rubric: rubric, language: language)) else {
            throw SheetTestError.exampleRejected("template")
        }
        let lines = text.dropFirst().components(separatedBy: "\r\n")
        return (lines[0], lines[1])
    }

    /// A data row under the template's ids: name, credit code, and `pilot` for rd_factory_planning.
    static func dataRow(name: String, code: String, ids: String) -> String {
        let columns = ids.components(separatedBy: ",")
        var cells = Array(repeating: "", count: columns.count)
        cells[0] = name
        cells[1] = code
        if let planning = columns.firstIndex(of: "rd_factory_planning") { cells[planning] = "pilot" }
        return cells.joined(separator: ",")
    }

    @Test("the template's row of titles after its row of ids is skipped, in either language",
          arguments: [Language.zh, Language.en])
    func titleRowSkipped(_ language: Language) throws {
        let (ids, titles) = try Self.templateRows(language)
        let inputs = try Self.csv([ids, titles, Self.dataRow(name: "甲", code: "91370700MA3C8K2L67", ids: ids)].joined(separator: "\n"))
        #expect(inputs.map(\.source) == ["s.csv:3"])
        #expect(inputs.first?.problems.isEmpty == true, "\(inputs.map(\.problems))")
    }

    @Test("a data row is never taken for titles: Chinese text in its credit-code cell makes it an applicant refused for its code, as does one title among data")
    func dataRowNeverTitles() throws {
        let (ids, _) = try Self.templateRows(.zh)
        let inputs = try Self.csv([ids, Self.dataRow(name: "乙", code: "统一社会信用代码待补", ids: ids),
                                   Self.dataRow(name: "企业名称", code: "91370700MA3C8K2L67", ids: ids)].joined(separator: "\n"))
        #expect(inputs.map(\.source) == ["s.csv:2", "s.csv:3"], "3 rows of applicants stay 3; none is dropped")
        #expect(inputs[0].problems.contains { $0.hasPrefix("s.csv:2:2: error: ") }, "refused for its credit code, at its cell: \(inputs[0].problems)")
        #expect(inputs[1].problems.isEmpty, "\(inputs[1].problems)")
    }

    @Test("a sheet whose row of ids was deleted is read by its row of titles")
    func titlesOnlyHeader() throws {
        let (ids, titles) = try Self.templateRows(.zh)
        let row = Self.dataRow(name: "甲", code: "91370700MA3C8K2L67", ids: ids)
        let byTitles = try Self.csv([titles, row].joined(separator: "\n"))
        let byIDs = try Self.csv([ids, row].joined(separator: "\n"))
        #expect(byTitles.map(\.source) == ["s.csv:2"])
        #expect(byTitles.first?.problems.isEmpty == true, "\(byTitles.map(\.problems))")
        #expect(byTitles.first?.total != nil && byTitles.first?.total == byIDs.first?.total)
        let (_, english) = try Self.templateRows(.en)
        #expect(try Self.csv([english, row].joined(separator: "\n")).first?.total == byIDs.first?.total)
    }

    @Test("control characters and bytes in no encoding are refused with their position")
    func badText() throws {
        let control = try Self.csv("enterprise.name,rd_factory_planning\nA\u{7}B,pilot\n")
        #expect(control.first?.problems == ["s.csv:2:1: error: the cell holds the control character U+0007"])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).csv").path
        try Data([0x61, 0x0A, 0x62, 0xFF, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let inputs = Self.read(path)
        #expect(inputs.count == 1 && inputs[0].problems.first?.hasPrefix("\(path):2:2: error: byte 4 (0xFF) is not valid UTF-8 or GB18030 text") == true, "\(inputs)")
    }

    @Test("a header with no rows, and an empty file, are one reject each")
    func noRows() throws {
        #expect(try Self.csv("enterprise.name,rd_factory_planning\n\n").map(\.problems) == [["s.csv:1:1: error: the sheet has a header but no data rows"]])
        #expect(try Self.csv("").map(\.problems) == [["s.csv:1:1: error: the sheet is empty: no header and no data rows"]])
    }

    // MARK: Cell values

    @Test("Excel date serials, both date systems, Lotus's phantom 1900-02-29 refused")
    func dates() {
        let d1900 = ExcelDate(uses1904: false)
        #expect(d1900.day("1") == "1900-01-01")
        #expect(d1900.day("59") == "1900-02-28")
        #expect(d1900.day("60") == nil)
        #expect(d1900.day("61") == "1900-03-01")
        #expect(d1900.day("46162") == "2026-05-20")
        #expect(d1900.day("46162.75") == "2026-05-20", "the time of day is dropped")
        #expect(d1900.day("0") == nil)
        #expect(ExcelDate(uses1904: true).day("0") == "1904-01-01")
        #expect(ExcelDate(uses1904: true).day("44700") == "2026-05-20")
    }

    @Test("number formats: dates (also Chinese ones), percentages, plain numbers",
          arguments: [("yyyy\"年\"m\"月\"d\"日\"", "date"), ("[$-804]yyyy/m/d", "date"), ("m/d/yy h:mm", "date"), ("0%", "percent"),
                      ("0.00%", "percent"), ("0.00", "plain"), ("[Red]0.00", "plain"), ("General", "plain"), ("\"d\"0", "plain"), ("#,##0", "plain")])
    func numberFormats(_ code: String, _ kind: String) {
        let style = XLSXNumberFormats.classify(code, date: ExcelDate(uses1904: false))
        switch style {
        case .date: #expect(kind == "date", "\(code)")
        case .percent: #expect(kind == "percent", "\(code)")
        case .plain: #expect(kind == "plain", "\(code)")
        }
    }

    @Test("cell references as Excel names them")
    func cellReferences() {
        #expect([1, 26, 27, 52, 53, 702, 703, 16384].map(CellReference.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"])
        #expect(CellReference.columnNumber("XFD7") == 16384)
        #expect(CellReference.text(sheet: "申报", row: 7, column: 3) == "申报!C7")
        #expect(CellReference.text(sheet: "My 'sheet'", row: 1, column: 1) == "'My ''sheet'''!A1")
    }
}
