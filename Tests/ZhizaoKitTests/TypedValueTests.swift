import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// Issue 17: one reading of typed values for every door (SPEC §2, "Forgiving where a person
// typed it"). First the normaliser itself, then each door over the same cases: a sheet
// cell (CSV), a YAML value. Each case asserts the value read and the exact message.

@Suite("Typed values")
struct TypedValueTests {
    // MARK: The normaliser

    @Test("dates as people write them, stored as YYYY-MM-DD; impossible days refused",
          arguments: [("2025-06-30", "2025-06-30"), ("2025/6/25", "2025-06-25"), ("2025-6-30", "2025-06-30"),
                      ("2025年6月30日", "2025-06-30"), ("２０２５／６／３０", "2025-06-30"), (" 2024-2-29 ", "2024-02-29"),
                      ("2025-2-29", nil), ("2025-13-01", nil), ("25/6/30", nil), ("2025.6.30", nil), ("June 30", nil),
                      ("2025年6月", nil), ("2025-006-30", nil)] as [(String, String?)])
    func dates(_ typed: String, _ stored: String?) {
        #expect(TypedValue.date(typed) == stored)
    }

    @Test("yes and no in every spelling the issue lists, any case and width",
          arguments: [("true", true), ("FALSE", false), ("是", true), ("否", false), ("√", true), ("×", false), ("Y", true),
                      ("n", false), ("Yes", true), ("NO", false), ("Ｙ", true), (" 是 ", true), ("maybe", nil), ("1", nil),
                      ("", nil)] as [(String, Bool?)])
    func booleans(_ typed: String, _ value: Bool?) {
        #expect(TypedValue.bool(typed) == value)
    }

    @Test("numbers with full-width digits; a percent sign only where a percent is read",
          arguments: [("８５", false, "85"), ("85", false, "85"), ("４５％", true, "45"), ("45 %", true, "45"), ("45%", false, nil),
                      ("0.45", true, "0.45"), ("八十五", false, nil), ("", false, nil)] as [(String, Bool, String?)])
    func numbers(_ typed: String, _ percent: Bool, _ text: String?) {
        #expect(TypedValue.numberText(typed, percent: percent) == text)
        #expect(TypedValue.number(typed, percent: percent) == text.flatMap { ExactNumber(decimal: $0) })
    }

    static let tiers = [TypedValue.Option(id: "morning_star", labels: ["晨星工厂", "Morning Star factory"]),
                        TypedValue.Option(id: "excellence", labels: ["卓越级智能工厂", "Excellent smart factory"]),
                        TypedValue.Option(id: "leading", labels: ["领航级智能工厂", "Leading smart factory"])]
    static let scenario = [TypedValue.Option(id: "none", labels: ["未开展", "Not started"]),
                           TypedValue.Option(id: "integrated", labels: ["集成协同", "Integrated"]),
                           TypedValue.Option(id: "intelligent", labels: ["智能化", "Intelligent"])]

    @Test("a choice by id, label in any language, or unique prefix of two characters or more; an ambiguous prefix gives its candidates",
          arguments: [("晨星", tiers, .found("morning_star")), ("卓越级", tiers, .found("excellence")), ("morning_star", tiers, .found("morning_star")),
                      ("Morning_Star", tiers, .found("morning_star")), ("excellent smart factory", tiers, .found("excellence")),
                      ("ｍｏｒｎｉｎｇ＿ｓｔａｒ", tiers, .found("morning_star")), ("晨", tiers, .none), ("智能工厂", tiers, .none),
                      ("In", scenario, .ambiguous(["integrated", "intelligent"])), ("Inte", scenario, .ambiguous(["integrated", "intelligent"])),
                      ("Integ", scenario, .found("integrated")), ("集成", scenario, .found("integrated")), ("", scenario, .none)]
          as [(String, [TypedValue.Option], TypedValue.ChoiceMatch)])
    func choices(_ typed: String, _ options: [TypedValue.Option], _ match: TypedValue.ChoiceMatch) {
        #expect(TypedValue.choice(typed, among: options) == match)
    }

    @Test("not-applicable words", arguments: [("不适用", true), ("N/A", true), ("na", true), ("不涉及", true), ("Not applicable", true),
                                            ("不满足", false), ("0", false)])
    func notApplicableWords(_ typed: String, _ is: Bool) {
        #expect(TypedValue.isNotApplicableWord(typed) == `is`)
    }

    // MARK: The sheet door

    static let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)

    /// One CSV row of the default rubric (Shandong) with `columns` after the name and credit
    /// code: the assessment read, or the problems in each language; and the warnings.
    static func sheetRow(_ columns: [(id: String, cell: String)]) throws -> (assessment: Assessment?, en: [String], zh: [String], warnings: [ResultWarning]) {
        func csvCell(_ text: String) -> String { text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text }
        let header = (["enterprise.name", "enterprise.credit_code"] + columns.map(\.id)).joined(separator: ",")
        let row = (["潍坊示例", "91370700MA3C8K2L67"] + columns.map { csvCell($0.cell) }).joined(separator: ",")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-typed-\(UUID().uuidString).csv").path
        try Data((header + "\n" + row + "\n").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var out: (Assessment?, [String], [String], [ResultWarning]) = (nil, [], [], [])
        SpreadsheetInput.read(path, maxBytes: 1 << 20, titles: .none) { item in
            switch item {
            case .row(let context, let row):
                switch pipeline.read(SheetRowSource(row: row, in: context)) {
                case .read(let assessment, _, let warnings): out = (assessment, [], [], warnings)
                case .rejected(let problems):
                    out = (nil, problems.map { $0.rendered(.en).replacingOccurrences(of: path, with: "s.csv") },
                           problems.map { $0.rendered(.zh).replacingOccurrences(of: path, with: "s.csv") }, [])
                }
            case .rejected(_, let problems), .rejectedRow(_, _, let problems):
                out = (nil, problems.map { $0.rendered(.en) }, problems.map { $0.rendered(.zh) }, [])
            case .skippedSheet: break
            }
        }
        return out
    }

    /// What a sheet cell was read as, in the words a test compares.
    static func value(_ assessment: Assessment, _ id: String) -> String? {
        switch id {
        case "submitted": return assessment.submitted
        case "applying_for": return assessment.applyingFor
        default: break
        }
        if id.hasPrefix("profile.") {
            switch assessment.profile[String(id.dropFirst("profile.".count))] {
            case .bool(let b): return "\(b)"
            case .string(let s): return s
            case .int(let i): return "\(i)"
            case .number(let n): return n.description
            case nil: return nil
            }
        }
        switch assessment.answers[id]?.value {
        case .choice(let c): return c
        case .multi(let ids): return ids.joined(separator: ";")
        case .bool(let b): return "\(b)"
        case .number(let n): return n.description
        case nil: return nil
        }
    }

    /// One cell: its column, what was typed, what it reads as (nil: refused), and the error
    /// in English and Chinese (nil: none).
    struct SheetCase: Sendable, CustomTestStringConvertible {
        let id: String
        let typed: String
        let read: String?
        let en: String?
        let zh: String?
        var testDescription: String { "\(id) = \(typed)" }
    }

    static let sheetCases: [SheetCase] = [
        SheetCase(id: "prod_equipment_networked", typed: "８５", read: "85", en: nil, zh: nil),
        SheetCase(id: "prod_equipment_networked", typed: "８５％", read: "85", en: nil, zh: nil),
        SheetCase(id: "prod_equipment_networked", typed: "很高", read: nil,
                  en: "s.csv:2:3: error: “Key equipment networked” takes a number, not “很高”",
                  zh: "s.csv:2:3: error: 「关键设备联网率」应填数字，不是「很高」"),
        SheetCase(id: "submitted", typed: "2025/6/25", read: "2025-06-25", en: nil, zh: nil),
        SheetCase(id: "submitted", typed: "2025-6-30", read: "2025-06-30", en: nil, zh: nil),
        SheetCase(id: "submitted", typed: "2025年6月30日", read: "2025-06-30", en: nil, zh: nil),
        SheetCase(id: "submitted", typed: "6月30日", read: nil,
                  en: "s.csv:2:3: error: “Date” takes a date such as 2025-06-30, 2025/6/30 or 2025年6月30日, not “6月30日”",
                  zh: "s.csv:2:3: error: 「填报日期」应填日期，如 2025-06-30、2025/6/30 或 2025年6月30日，不是「6月30日」"),
        SheetCase(id: "profile.law_compliant", typed: "√", read: "true", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "×", read: "false", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "Y", read: "true", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "n", read: "false", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "YES", read: "true", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "是", read: "true", en: nil, zh: nil),
        SheetCase(id: "profile.law_compliant", typed: "maybe", read: nil,
                  en: "s.csv:2:3: error: “No violation of law in 3 years; in line with industrial policy” takes yes or no (or Y/N, √/×, true/false), not “maybe”",
                  zh: "s.csv:2:3: error: 「近三年无违法违规行为，符合国家产业政策」应填 是 或 否（也可填 √/×、Y/N、true/false），不是「maybe」"),
        SheetCase(id: "applying_for", typed: "晨星", read: "morning_star", en: nil, zh: nil),
        SheetCase(id: "applying_for", typed: "卓越级", read: "excellence", en: nil, zh: nil),
        SheetCase(id: "applying_for", typed: "晨星工厂", read: "morning_star", en: nil, zh: nil),
        SheetCase(id: "profile.recognised_tier", typed: "卓越级", read: "excellence", en: nil, zh: nil),
        SheetCase(id: "profile.recognised_tier", typed: "ｅｘｃｅｌｌｅｎｃｅ", read: "excellence", en: nil, zh: nil),
        SheetCase(id: "profile.recognised_tier", typed: "晨星", read: nil,
                  en: "s.csv:2:3: error: “晨星” is not a choice of “Highest smart-factory tier already recognised”; the choices are: None yet, Basic, Advanced, Excellent, Leading",
                  zh: "s.csv:2:3: error: 「晨星」不是「已获评的最高智能工厂等级」的选项；可选：尚未获评、基础级、先进级、卓越级、领航级"),
        SheetCase(id: "rd_factory_planning", typed: "集成", read: "integrated", en: nil, zh: nil),
        SheetCase(id: "rd_factory_planning", typed: "In", read: nil,
                  en: "s.csv:2:3: error: “In” could be several choices of “Digital factory planning”: Integrated, Intelligent; type the whole choice",
                  zh: "s.csv:2:3: error: 「In」可指「工厂数字化规划设计」的多个选项：集成协同、智能化；请填写完整的选项"),
        SheetCase(id: "rd_factory_planning", typed: "不适用", read: nil,
                  en: "s.csv:2:3: error: “Digital factory planning” must be answered; it cannot be “不适用”",
                  zh: "s.csv:2:3: error: 「工厂数字化规划设计」必须作答，不能填「不适用」"),
        SheetCase(id: "rd_product_design", typed: "N/A", read: nil,
                  en: "s.csv:2:3: error: the answer cell cannot hold “N/A”: when “Digital product design” does not apply, the reason goes in the column “Digital product design (reason it does not apply)” (the sheet has none; copy it from the template) and the answer stays empty",
                  zh: "s.csv:2:3: error: 答案格不能填「N/A」：「产品数字化设计」不适用时，理由填在「产品数字化设计（不适用的理由）」列（表中没有这一列，请从模板补上），答案格留空"),
    ]

    @Test("a sheet cell: the value read, or the exact message naming the field by its title and the choices by their labels",
          arguments: sheetCases)
    func sheetCell(_ c: SheetCase) throws {
        let read = try Self.sheetRow([(c.id, c.typed)])
        if let expected = c.read {
            let assessment = try #require(read.assessment, "\(read.en)")
            #expect(Self.value(assessment, c.id) == expected)
        } else {
            #expect(read.assessment == nil)
            #expect(read.en == [c.en!])
            #expect(read.zh == [c.zh!])
        }
    }

    @Test("不适用 in the answer cell names the N/A cell of the row; an answer and an N/A reason both given name the other cell")
    func notApplicableCells() throws {
        let typed = try Self.sheetRow([("rd_product_design", "不适用"), ("rd_product_design.na", "")])
        #expect(typed.en == ["s.csv:2:3: error: the answer cell cannot hold “不适用”: when “Digital product design” does not apply, write the reason in “Digital product design (reason it does not apply)” (D2) and leave the answer empty"])
        #expect(typed.zh == ["s.csv:2:3: error: 答案格不能填「不适用」：「产品数字化设计」不适用时，把理由填在「产品数字化设计（不适用的理由）」（D2），答案格留空"])
        let both = try Self.sheetRow([("rd_product_design", "pilot"), ("rd_product_design.na", "产品由客户设计")])
        #expect(both.en == ["s.csv:2:3: error: “Digital product design” has an answer and also an N/A reason in D2; give one or the other"])
        #expect(both.zh == ["s.csv:2:3: error: 「产品数字化设计」既填了答案，又在 D2 填了不适用的理由；只能填其一"])
        let reason = try Self.sheetRow([("rd_product_design", ""), ("rd_product_design.na", "产品由客户设计")])
        #expect(reason.assessment?.answers["rd_product_design"]?.notApplicable == "产品由客户设计", "\(reason.en)")
    }

    @Test("a percent answer between 0 and 1 is taken literally and warned (kind fraction), in both languages; 0, 1, 45 and 0.45% (typed with its sign) are not",
          arguments: [("0.45", "0.45", true), ("０.４５", "0.45", true), ("0.45%", "0.45", false), ("45", "45", false), ("0", "0", false),
                      ("1", "1", false)] as [(String, String, Bool)])
    func fractionWarning(_ typed: String, _ read: String, _ warned: Bool) throws {
        let row = try Self.sheetRow([("prod_equipment_networked", typed)])
        let assessment = try #require(row.assessment, "\(row.en)")
        #expect(Self.value(assessment, "prod_equipment_networked") == read)
        let fractions = row.warnings.filter { $0.kind == .fraction }
        if warned {
            #expect(fractions.map(\.id) == ["prod_equipment_networked"])
            #expect(fractions.map { $0.message.zh } == ["0.45 按 0.45% 计；若指 45% 请填 45"])
            #expect(fractions.map { $0.message.en } == ["0.45 is taken as 0.45 %; if you mean 45 %, enter 45"])
        } else {
            #expect(fractions.isEmpty)
        }
    }

    /// One workbook row (sheet 评估) of `cells` under `ids`, read as `rank` and `import` read it.
    static func workbookRow(_ ids: [String], _ cells: [SheetCell]) -> (assessment: Assessment?, en: [String], warnings: [ResultWarning]) {
        let header = SheetRow(number: 1, cells: ids.map { .text($0) })
        let context = SheetContext(place: SheetPlace(file: "w.xlsx", sheet: "评估"), header: header, date: ExcelDate(uses1904: false))
        switch pipeline.read(SheetRowSource(row: SheetRow(number: 6, cells: cells), in: context)) {
        case .read(let assessment, _, let warnings): return (assessment, [], warnings)
        case .rejected(let problems): return (nil, problems.map { $0.rendered(.en) }, [])
        }
    }

    @Test("a workbook cell formatted as a percentage means what it shows: 45% is 45, 0.5% is 0.5 and no fraction; a plain 0.45 is warned")
    func workbookPercentCells() throws {
        let ids = ["enterprise.name", "prod_equipment_networked", "prod_key_process_automation", "rd_cycle_reduction"]
        let read = Self.workbookRow(ids, [.text("潍坊示例"), .number("0.45", style: .percent), .number("0.005", style: .percent), .number("0.45", style: .plain)])
        let assessment = try #require(read.assessment, "\(read.en)")
        #expect(Self.value(assessment, "prod_equipment_networked") == "45")
        #expect(Self.value(assessment, "prod_key_process_automation") == "0.5")
        #expect(Self.value(assessment, "rd_cycle_reduction") == "0.45")
        #expect(read.warnings.filter { $0.kind == .fraction }.map(\.id) == ["rd_cycle_reduction"])
    }

    @Test("in a workbook the other cell is named with its sheet: 评估!D6")
    func workbookOtherCell() {
        let read = Self.workbookRow(["enterprise.name", "rd_product_design", "x-note", "rd_product_design.na"],
                                    [.text("潍坊示例"), .text("pilot"), .empty, .text("产品由客户设计")])
        #expect(read.en == ["w.xlsx:评估!B6: error: “Digital product design” has an answer and also an N/A reason in 评估!D6; give one or the other"])
    }

    // MARK: The YAML door

    /// The Linyi example with one line replaced: the assessment read, or its problems.
    static func yaml(replacing old: String, with new: String) throws -> (assessment: Assessment?, en: [String], warnings: [ResultWarning]) {
        let path = PackageRoot.url.appendingPathComponent("Examples/shandong/linyi-fasteners.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old))
        let bytes = Array(text.replacingOccurrences(of: old, with: new).utf8)
        switch pipeline.process(bytes: bytes, source: "a.yaml", folder: nil) {
        case .scored(let result): return (result.assessment, [], result.warnings)
        case .rejected(let problems): return (nil, problems.map { $0.rendered(.en) }, [])
        }
    }

    @Test("a YAML value matched against a list is normalised: dates as people write them, full-width ids; a fraction is warned",
          arguments: [("submitted: 2026-05-20", "submitted: 2026/5/20", "submitted", "2026-05-20"),
                      ("submitted: 2026-05-20", "submitted: 2026年5月20日", "submitted", "2026-05-20"),
                      ("rd_factory_planning: digital", "rd_factory_planning: ｄｉｇｉｔａｌ", "rd_factory_planning", "digital"),
                      ("applying_for: morning_star", "applying_for: \"morning_star \"", "applying_for", "morning_star"),
                      ("recognised_tier: none", "recognised_tier: ｎｏｎｅ", "profile.recognised_tier", "none")])
    func yamlValues(_ old: String, _ new: String, _ id: String, _ read: String) throws {
        let result = try Self.yaml(replacing: old, with: new)
        let assessment = try #require(result.assessment, "\(result.en)")
        #expect(Self.value(assessment, id) == read)
        #expect(!result.warnings.contains { $0.kind == .fraction })
    }

    @Test("a YAML number typed with full-width digits reads as the number, for an answer and a profile fact",
          arguments: [("rd_cycle_reduction: 12", "rd_cycle_reduction: １２", "rd_cycle_reduction", "12"),
                      ("prod_equipment_networked: 92", "prod_equipment_networked: ９２．５", "prod_equipment_networked", "92.5")])
    func yamlFullWidthNumbers(_ old: String, _ new: String, _ id: String, _ read: String) throws {
        let result = try Self.yaml(replacing: old, with: new)
        let assessment = try #require(result.assessment, "\(result.en)")
        #expect(Self.value(assessment, id) == read)
    }

    @Test("a quoted full-width number or other text in a YAML number field is still refused, by the field's title")
    func yamlQuotedNumber() throws {
        let quoted = try Self.yaml(replacing: "rd_cycle_reduction: 12", with: "rd_cycle_reduction: \"１２\"")
        #expect(quoted.assessment == nil)
        #expect(quoted.en.contains { $0.contains("a.yaml:") && $0.contains("１２") })
        let words = try Self.yaml(replacing: "rd_cycle_reduction: 12", with: "rd_cycle_reduction: 十二")
        #expect(words.assessment == nil)
        #expect(words.en.contains { $0.contains("十二") })
    }

    @Test("a yes/no word in a YAML bool field is refused with what to write instead")
    func yamlYesNoWord() throws {
        let result = try Self.yaml(replacing: "registered_in_shandong: true", with: "registered_in_shandong: 是")
        #expect(result.assessment == nil)
        #expect(result.en.contains { $0.contains("must be true or false; write '是' as true") }, "\(result.en)")
    }

    @Test("score warns of a fraction in a YAML file too")
    func yamlFraction() throws {
        let result = try Self.yaml(replacing: "rd_cycle_reduction: 12", with: "rd_cycle_reduction: 0.12")
        #expect(result.warnings.filter { $0.kind == .fraction }.map { $0.message.zh } == ["0.12 按 0.12% 计；若指 12% 请填 12"])
    }

    @Test("a row typed with a Chinese input method: full-width credit code, short labels, a date, √")
    func fullWidthRow() throws {
        let header = "enterprise.name,enterprise.credit_code,rd_factory_planning,applying_for,submitted,profile.law_compliant"
        let row = "某公司,９１３７０７００ＭＡ３Ｃ８Ｋ２Ｌ６７,集成,晨星,２０２５年６月３０日,√"
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-typed-\(UUID().uuidString).csv").path
        try Data((header + "\n" + row + "\n").utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var read: Assessment?
        var problems: [String] = []
        SpreadsheetInput.read(path, maxBytes: 1 << 20, titles: .none) { item in
            guard case .row(let context, let row) = item else { return }
            switch Self.pipeline.read(SheetRowSource(row: row, in: context)) {
            case .read(let assessment, _, _): read = assessment
            case .rejected(let diagnostics): problems = diagnostics.map { $0.rendered(.en) }
            }
        }
        let assessment = try #require(read, "\(problems)")
        #expect(assessment.enterprise.name == "某公司")
        #expect(assessment.enterprise.creditCode?.value == "91370700MA3C8K2L67")
        #expect(Self.value(assessment, "rd_factory_planning") == "integrated")
        #expect(assessment.applyingFor == "morning_star")
        #expect(assessment.submitted == "2025-06-30")
        #expect(Self.value(assessment, "profile.law_compliant") == "true")
    }
}
