import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) crashed on, each reduced to what made it
// crash and asserted to be refused, or read, as it should be (docs/ARCHITECTURE.md, "Fuzzing").

@Suite("Inputs found by fuzzing")
struct FuzzRegressionTests {
    static let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)

    static func problems(_ yaml: String) -> [String] {
        guard case .rejected(let diagnostics) = pipeline.process(bytes: Array(yaml.utf8), source: "a.yaml", folder: nil) else { return [] }
        return diagnostics.map { $0.rendered(.en) }
    }

    @Test("fuzz-yaml: an empty rubric id (`rubric:` with no value, '', '@', '@2026.1') is an unknown rubric, not an index out of range",
          arguments: ["", "''", "'@'", "'@2026.1'"])
    func emptyRubricID(_ reference: String) {
        #expect(Self.problems("format: zhizao.assessment/1\nrubric: \(reference)\n") == [
            "a.yaml:1:1: error: no shipped rubric ''; shipped: miit-smart-factory, sample-smart-factory, shandong-smart-factory (or give a file with --rubric)",
        ])
    }

    /// A minimal workbook of one sheet, 申报, whose package relationships hold
    /// `relationshipsAttribute` as the name of the relationship's id attribute (bytes, so it
    /// need not be UTF-8).
    static func singleSheetWorkbook(relationshipsAttribute name: [UInt8] = Array("Id".utf8), sheet: [UInt8]? = nil) -> Data {
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let root = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"\(package)\"><Relationship ".utf8) + name
            + Array("=\"rId1\" Type=\"\(rels)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)
        return RawZip.archive([
            ("_rels/.rels", root),
            ("xl/workbook.xml", Array("<workbook xmlns=\"\(main)\" xmlns:r=\"\(rels)\"><sheets><sheet name=\"申报\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Array("<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>".utf8)),
            ("xl/worksheets/sheet1.xml", sheet ?? Array("<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>enterprise.name</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>潍坊</t></is></c></row></sheetData></worksheet>".utf8)),
        ])
    }

    static func readWorkbook(_ data: Data) throws -> [(source: String, problems: [String])] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return SheetInputTests.read(path).map { input in
            (input.source.replacingOccurrences(of: path, with: "w.xlsx"), input.problems.map { $0.replacingOccurrences(of: path, with: "w.xlsx") })
        }
    }

    @Test("fuzz-xlsx: an attribute name that is not UTF-8 (I\\xEFd=) in a part is refused as not well-formed, not a trap in Foundation's XMLParser")
    func attributeNameNotUTF8() throws {
        let inputs = try Self.readWorkbook(Self.singleSheetWorkbook(relationshipsAttribute: [0x49, 0xEF, 0x64]))
        #expect(inputs.count == 1)
        #expect(inputs.first?.source == "w.xlsx")
        #expect(inputs.first?.problems == ["w.xlsx:1:1: error: part _rels/.rels is not well-formed XML: invalid UTF-8 at byte 138"])
    }

    @Test("the same workbook with a UTF-8 attribute name is read: its one row is an input")
    func attributeNameUTF8() throws {
        let inputs = try Self.readWorkbook(Self.singleSheetWorkbook(relationshipsAttribute: Array("Id".utf8)))
        #expect(inputs.map(\.source) == ["w.xlsx:申报:2"])
    }

    /// A template-shaped workbook: sheet 申报 (its part given as stored deflate data) and a
    /// sheet 说明 of questions.
    static func twoSheetWorkbook(dataSheet: RawZip.Entry) -> Data {
        let rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let package = "http://schemas.openxmlformats.org/package/2006/relationships"
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        func part(_ path: String, _ text: String) -> RawZip.Entry { RawZip.Entry(path: path, data: Array(text.utf8)) }
        let questions = (1...20).map { "<row r=\"\($0 + 1)\"><c r=\"A\($0 + 1)\" t=\"inlineStr\"><is><t>q\($0)</t></is></c></row>" }.joined()
        return RawZip.archive([
            part("_rels/.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(rels)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            part("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rels)\"><sheets><sheet name=\"申报\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"说明\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>"),
            part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(package)\"><Relationship Id=\"rId1\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(rels)/worksheet\" Target=\"worksheets/sheet2.xml\"/></Relationships>"),
            dataSheet,
            part("xl/worksheets/sheet2.xml", "<worksheet xmlns=\"\(main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>问题</t></is></c></row>\(questions)</sheetData></worksheet>"),
        ])
    }

    @Test("fuzz-xlsx: a sheet whose deflate stream never ends (an unfinished stored block) is one refusal at once, not a hang; the sheet of questions is not read as applicants")
    func neverEndingDeflate() throws {
        let sheet = RawZip.Entry(path: "xl/worksheets/sheet1.xml", data: ZIPArchiveReaderTests.neverEnding, method: 8, uncompressedSize: 12)
        let inputs = try Self.readWorkbook(Self.twoSheetWorkbook(dataSheet: sheet))
        #expect(inputs.map(\.source) == ["w.xlsx:申报"])
        #expect(inputs.first?.problems == ["w.xlsx:申报!A1: error: the file is damaged: its part xl/worksheets/sheet1.xml cannot be inflated; download it again or ask the applicant to send it again"])
    }

    @Test("the same workbook with a readable but empty data sheet still reads its first sheet and says it is empty")
    func readableDataSheet() throws {
        let sheet = RawZip.Entry(path: "xl/worksheets/sheet1.xml", data: Array("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>".utf8))
        let inputs = try Self.readWorkbook(Self.twoSheetWorkbook(dataSheet: sheet))
        #expect(inputs.map(\.source) == ["w.xlsx:申报"])
        #expect(inputs.first?.problems.first?.contains("empty") == true, "\(inputs)")
    }
}
