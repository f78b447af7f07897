import Foundation
import Testing
@testable import ZhizaoKit

// Issue 17: `zhizao import` says what it read, row by row, naming the enterprise; warns of
// blank required cells, blank gate answers, repeated credit codes and fractions; takes a
// file that says the same (whatever its provenance comment) as unchanged; reads a sheet by
// its row of titles alone.

@Suite("Import: warnings and row lines")
struct SheetImportTests {
    static let header = ["enterprise.name", "enterprise.credit_code", "submitted", "profile.registered_in_shandong",
                         "profile.above_designated_size", "profile.secure_controllable", "profile.accident_grade_3y",
                         "profile.credit_record", "profile.law_compliant", "om_organisation", "prod_equipment_networked"]
    static let base = ["潍坊示例", "91370700MA3C8K2L67", "2026/5/20", "是", "是", "√", "未发生事故", "无不良信用记录", "Y", "全部满足", "85"]

    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-import-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Imports `rows` (under `header`) from `folder/name` into `folder/out`: the report, its
    /// warnings and lines in each language, with the folder left out.
    static func importRows(_ rows: [[String]], header: [String] = header, in folder: String, name: String = "s.csv") throws
        -> (report: SheetImporter.Report, en: [String], zh: [String], lines: [String]) {
        let path = folder + "/" + name
        try Data((([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
        let importer = SheetImporter(pipeline: AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil), language: .zh)
        let report = try importer.run(path, to: folder + "/out")
        func clean(_ text: String) -> String { text.replacingOccurrences(of: folder + "/", with: "") }
        return (report, report.warnings.map { clean($0.rendered(.en)) }, report.warnings.map { clean($0.rendered(.zh)) }, report.lines.map { clean($0(.zh)) })
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let what: String
        let column: String?
        let cell: String
        let en: [String]
        let zh: [String]
        var testDescription: String { what }
    }

    static let cases: [Case] = [
        Case(what: "a complete row", column: nil, cell: "", en: [], zh: []),
        Case(what: "a blank gate answer (an indicator)", column: "om_organisation", cell: "",
             en: ["s.csv:2:10: warning: 潍坊示例: “Organisation and talent” is blank; the condition “An organisation and specialist staff for the smart factory” reads it and fails without it"],
             zh: ["s.csv:2:10: warning: 潍坊示例：「组织机制与人才」未填；申报条件「设有智能工厂规划、建设和运营的组织机制和专业人员」读它，留空即不满足"]),
        Case(what: "a blank gate answer (a profile fact)", column: "profile.registered_in_shandong", cell: "",
             en: ["s.csv:2:4: warning: 潍坊示例: “Independent legal person registered in Shandong” is blank; the condition “An independent legal person registered in Shandong” reads it and fails without it"],
             zh: ["s.csv:2:4: warning: 潍坊示例：「在山东省内注册的独立法人」未填；申报条件「在山东省内注册的独立法人」读它，留空即不满足"]),
        Case(what: "a blank enterprise name", column: "enterprise.name", cell: "",
             en: ["s.csv:2:1: warning: 第 2 行（未填企业名称）: required field left blank: “Enterprise name”"],
             zh: ["s.csv:2:1: warning: 第 2 行（未填企业名称）：必填项未填：「企业名称」"]),
        Case(what: "a blank required indicator", column: "prod_equipment_networked", cell: "",
             en: ["s.csv:2:11: warning: 潍坊示例: required field left blank: “Key equipment networked”"],
             zh: ["s.csv:2:11: warning: 潍坊示例：必填项未填：「关键设备联网率」"]),
        Case(what: "a fraction in a percent cell", column: "prod_equipment_networked", cell: "0.45",
             en: ["s.csv:2:11: warning: 潍坊示例: “Key equipment networked”: 0.45 is taken as 0.45 %; if you mean 45 %, enter 45"],
             zh: ["s.csv:2:11: warning: 潍坊示例：「关键设备联网率」：0.45 按 0.45% 计；若指 45% 请填 45"]),
    ]

    @Test("each row read is one line naming its enterprise; a written row's blank required cell, blank gate answer and fraction are warned at their cells",
          arguments: cases)
    func rowWarnings(_ c: Case) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var row = Self.base
        if let column = c.column { row[Self.header.firstIndex(of: column)!] = c.cell }
        let read = try Self.importRows([row], in: folder)
        #expect(read.report.rejected.isEmpty, "\(read.report.rejected)")
        // A nameless row is named in the importer's language (here Chinese) in both renderings.
        #expect(read.zh == c.zh)
        #expect(read.en == c.en)
        let who = c.column == "enterprise.name" ? "第 2 行（未填企业名称）" : "潍坊示例"
        #expect(read.lines == ["s.csv:2 \(who) → 91370700MA3C8K2L67.yaml"])
    }

    @Test("a credit code repeated in one sheet is warned at the later row, naming the first row's cell and the file it is written as")
    func repeatedCreditCode() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var second = Self.base
        second[0] = "潍坊另一家"
        let read = try Self.importRows([Self.base, second], in: folder)
        #expect(read.zh == ["s.csv:3:2: warning: 潍坊另一家：统一社会信用代码 91370700MA3C8K2L67 与 B2 相同，本行另存为 91370700MA3C8K2L67-2.yaml；请确认是否同一企业填了两次"])
        #expect(read.en == ["s.csv:3:2: warning: 潍坊另一家: the credit code 91370700MA3C8K2L67 is also in B2; this row is written as 91370700MA3C8K2L67-2.yaml — check whether one enterprise was entered twice"])
        #expect(read.lines == ["s.csv:2 潍坊示例 → 91370700MA3C8K2L67.yaml", "s.csv:3 潍坊另一家 → 91370700MA3C8K2L67-2.yaml"])
    }

    @Test("the same rows saved under a new name are unchanged (only the provenance comment differs); other content is refused, naming the enterprise")
    func reimport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Self.importRows([Self.base], in: folder, name: "first.csv")
        let before = try String(contentsOfFile: folder + "/out/91370700MA3C8K2L67.yaml", encoding: .utf8)
        let again = try Self.importRows([Self.base], in: folder, name: "renamed.csv")
        #expect(again.report.rejected.isEmpty && again.report.unchanged.count == 1)
        #expect(again.lines == ["renamed.csv:2 潍坊示例 → 91370700MA3C8K2L67.yaml（内容未变，文件未改动）"])
        #expect(try String(contentsOfFile: folder + "/out/91370700MA3C8K2L67.yaml", encoding: .utf8) == before, "the file is left as it was")
        var changed = Self.base
        changed[10] = "90"
        let other = try Self.importRows([changed], in: folder, name: "changed.csv")
        #expect(other.report.rejected.count == 1)
        #expect(other.lines == ["changed.csv:2 潍坊示例：未写出（1 处问题，见上）"])
    }

    @Test("a sheet with only its Chinese title row is read by its titles")
    func titleRowAlone() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let rubric = try #require(RubricCatalog().load(path: RubricCatalog().shippedIDs()[ShippedRubrics.defaultID]!, shipped: true).rubric)
        let titles = Self.header.map { id -> String in
            if let fact = rubric.profile.first(where: { "profile." + $0.id == id }) { return rubric.text(fact.title, "zh") }
            if let indicator = rubric.indicator(id) { return rubric.text(indicator.title, "zh") }
            return Words.Sheets.fieldTitles.first { $0.id == id }!.title(.zh)
        }
        let read = try Self.importRows([Self.base], header: titles, in: folder)
        #expect(read.report.rejected.isEmpty, "\(read.report.rejected)")
        #expect(read.lines == ["s.csv:2 潍坊示例 → 91370700MA3C8K2L67.yaml"])
    }
}
