import Foundation

/// `zhizao template`: a blank questionnaire for consultants (SPEC §4).
///
/// - `yaml`: an assessment file with every field present and empty (`null`, which reads as
///   unanswered), each with its question, choices, guidance and typical evidence as
///   comments — ready to fill in an editor.
/// - `csv`: the wide layout of SPEC §2 — a row of ids, then a row of titles — UTF-8 with a BOM.
/// - `xlsx`: the same two rows, frozen, with a drop-down of the valid choices on every
///   choice cell, bounds on number cells, the credit-code column formatted as text, a second
///   sheet with every question and its guidance, and a hidden third sheet the drop-downs
///   read their lists from.
public enum QuestionnaireTemplate {
    public enum Format: String, Sendable, CaseIterable {
        case yaml, csv, xlsx
    }

    /// Rows of applicants the xlsx validations cover.
    static let xlsxRows = 1000

    public static func yaml(_ q: Questionnaire) -> String {
        let rubric = q.rubric
        let zh = q.locale == "zh"
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        var lines = [
            t("# 智能工厂自评问卷：", "# Smart-factory self-assessment: ") + YAMLText.comment(rubric.text(rubric.title, q.locale)) + " (\(rubric.reference))",
            t("# 在每个冒号后填写答案；null 或留空表示未作答（按 0 分计）。选择题填写选项 id（等号前的英文）。",
              "# Write each answer after its colon; null or nothing means unanswered (scores 0). For a choice, write its id (before the =)."),
            t("# 不适用的指标写 {na: 理由}；可附佐证材料：{value: 答案, evidence: [文件名]}。",
              "# An indicator that does not apply: {na: reason}. Evidence: {value: answer, evidence: [file name]}."),
            t("# 填好后运行：zhizao score 本文件", "# Then run: zhizao score THIS-FILE"),
            "format: zhizao.assessment/1",
            "rubric: " + YAMLText.scalar(rubric.reference),
            "enterprise:",
        ]
        func comments(_ field: Questionnaire.Field, indent: String, question: LocalizedText?, guidance: LocalizedText?, evidence: LocalizedText?) {
            lines.append(indent + "# " + YAMLText.comment(field.title))
            if let question = q.text(question) { lines.append(indent + t("# 问：", "# Q: ") + YAMLText.comment(question)) }
            lines.append(indent + t("# 填写：", "# Answer: ") + YAMLText.comment(q.expected(field, inYAML: true)))
            if let guidance = q.text(guidance) { lines.append(indent + t("# 说明：", "# Guidance: ") + YAMLText.comment(guidance)) }
            if let evidence = q.text(evidence) { lines.append(indent + t("# 佐证材料：", "# Evidence: ") + YAMLText.comment(evidence)) }
        }
        var domain: String?
        for field in q.fields {
            switch field.kind {
            case .enterprise(let key):
                lines.append("  \(key): null  # \(YAMLText.comment(field.title))" + (key == "credit_code" ? t("，", ", ") + q.expected(field) : ""))
            case .applyingFor:
                lines.append("applying_for: null  # \(YAMLText.comment(field.title))：\(YAMLText.comment(q.expected(field, inYAML: true)))")
            case .submitted:
                lines.append("submitted: null  # \(YAMLText.comment(field.title))：YYYY-MM-DD")
                lines.append("profile:")
            case .fact(let fact):
                comments(field, indent: "  ", question: fact.question, guidance: fact.guidance, evidence: nil)
                lines.append("  \(fact.id): null")
            case .indicator(let indicator):
                if domain != indicator.domain {
                    if domain == nil { lines.append("answers:") }
                    domain = indicator.domain
                    let title = rubric.domains.first { $0.id == indicator.domain }.map { rubric.text($0.title, q.locale) } ?? indicator.domain
                    lines.append("")
                    lines.append("  # ===== \(YAMLText.comment(title)) =====")
                }
                comments(field, indent: "  ", question: indicator.question, guidance: indicator.guidance, evidence: indicator.evidence)
                if indicator.notApplicable != .forbid { lines.append(t("  # 可填不适用：{na: 理由}", "  # May be N/A: {na: reason}")) }
                lines.append("  \(indicator.id): null")
            case .notApplicable:
                continue
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func csv(_ q: Questionnaire) -> String {
        CSVFormat.byteOrderMark + CSVFormat.row(q.fields.map { CSVFormat.text($0.id) }) + CSVFormat.row(q.fields.map { CSVFormat.text($0.title) })
    }

    public static func xlsx(_ q: Questionnaire) throws -> Data {
        let zh = q.locale == "zh"
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        let listsSheet = t("选项", "Choices")
        var main = XLSXWriter.Sheet(name: t("评估", "Assessment"))
        main.rows = [q.fields.map { .text($0.id) }, q.fields.map { .text($0.title) }]
        main.rowStyles = [0: .header, 1: .header]
        main.frozenRows = 2
        main.widths = q.fields.map { field in
            if case .enterprise("name") = field.kind { return 30 }
            return 20
        }
        let (first, last) = (3, 2 + xlsxRows)
        var listColumns: [[String]] = []  // the hidden sheet, a column per drop-down: title, then labels
        /// A drop-down reading its labels from a column of the hidden sheet.
        func list(_ column: Int, _ field: Questionnaire.Field, _ labels: [String]) {
            listColumns.append([field.title] + labels)
            let letter = CellReference.columnName(listColumns.count)
            let source = "'\(listsSheet)'!$\(letter)$2:$\(letter)$\(labels.count + 1)"
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last, rule: .list(source),
                                          promptTitle: field.title, prompt: t("从下拉列表中选择", "Pick from the list"),
                                          error: t("请从下拉列表中选择：", "Pick one of: ") + labels.joined(separator: " / ")))
        }
        func yesNo(_ column: Int, _ field: Questionnaire.Field) {
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last, rule: .list(t("\"是,否\"", "\"true,false\"")),
                                          promptTitle: field.title, prompt: t("是 或 否", "true or false"), error: t("请填 是 或 否", "Enter true or false")))
        }
        func number(_ column: Int, _ field: Questionnaire.Field, _ minimum: ExactNumber?, _ maximum: ExactNumber?, integer: Bool) {
            guard minimum != nil || maximum != nil else { return }
            let low = minimum?.description ?? "-1000000000000", high = maximum?.description ?? "1000000000000"
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last,
                                          rule: integer ? .whole(min: low, max: high) : .decimal(min: low, max: high),
                                          promptTitle: field.title, prompt: q.expected(field), error: q.expected(field)))
        }
        func labels(_ choices: [Choice]) -> [String] { choices.map { q.rubric.text($0.label, q.locale) } }
        for (column, field) in q.fields.enumerated() {
            switch field.kind {
            case .enterprise("credit_code"): main.columnStyles[column] = .textFormat
            case .enterprise, .submitted, .notApplicable: break
            case .applyingFor: list(column, field, q.rubric.tiers.map { q.rubric.text($0.title, q.locale) })
            case .fact(let fact):
                switch fact.kind {
                case .bool: yesNo(column, field)
                case .choice: list(column, field, labels(fact.choices))
                case .int, .number: number(column, field, fact.minimum, fact.maximum, integer: fact.kind == .int)
                case .string: break
                }
            case .indicator(let indicator):
                switch indicator.kind {
                case .choice: list(column, field, labels(indicator.choices))
                case .bool: yesNo(column, field)
                case .percent: number(column, field, .zero, ExactNumber(100), integer: false)
                case .number: number(column, field, indicator.minimum, indicator.maximum, integer: false)
                case .multi:
                    // No drop-down can pick several; the prompt lists the choices instead.
                    main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last, rule: .textLength(max: 1000),
                                                  promptTitle: field.title, prompt: q.expected(field), error: q.expected(field)))
                }
            }
        }

        var questions = XLSXWriter.Sheet(name: t("问题说明", "Questions"))
        questions.rows = [[t("字段 id", "Field id"), t("标题", "Title"), t("问题", "Question"), t("填写", "Answer"), t("说明", "Guidance"),
                           t("佐证材料", "Evidence"), t("可否不适用", "May be N/A")].map { .text($0) }]
        questions.rowStyles = [0: .header]
        questions.frozenRows = 1
        questions.widths = [26, 24, 48, 40, 48, 32, 12]
        for field in q.fields {
            var question: LocalizedText?, guidance: LocalizedText?, evidence: LocalizedText?, na = ""
            switch field.kind {
            case .fact(let fact): (question, guidance) = (fact.question, fact.guidance)
            case .indicator(let indicator):
                (question, guidance, evidence) = (indicator.question, indicator.guidance, indicator.evidence)
                na = indicator.notApplicable == .forbid ? t("否", "no") : t("是", "yes")
            case .notApplicable: continue
            default: break
            }
            questions.rows.append([.text(field.id), .text(field.title), .text(q.text(question) ?? ""), .text(q.expected(field)),
                                   .text(q.text(guidance) ?? ""), .text(q.text(evidence) ?? ""), .text(na)])
        }
        for row in 1..<questions.rows.count { questions.rowStyles[row] = .wrapped }
        var lists = XLSXWriter.Sheet(name: listsSheet, hidden: true)
        lists.rows = (0..<(listColumns.map(\.count).max() ?? 0)).map { row in
            listColumns.map { row < $0.count ? .text($0[row]) : .empty }
        }
        return try XLSXWriter(sheets: [main, questions, lists]).data()
    }
}
