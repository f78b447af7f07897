import Foundation

/// The questionnaire as a workbook: the two header rows of the CSV, frozen — the row of ids
/// kept but hidden (the importer finds the header by ids or by titles) — with a drop-down of
/// the valid choices on every choice cell (and on city and industry where the rubric
/// constrains them), bounds on number cells, the credit-code column formatted as text, and
/// each indicator's evidence and note columns; a second sheet 填写说明 (one enterprise per
/// row, what is required, where N/A reasons go); a third with every question and its
/// guidance; and a hidden fourth sheet the drop-downs read their lists from.
public struct TemplateXLSXWriter: TemplateWriter {
    /// Rows of applicants the validations cover.
    static let rows = 1000

    public init() {}

    public func write(_ q: Questionnaire) throws -> TemplateDocument {
        func t(_ phrase: Phrase) -> String { phrase(q.language) }
        let listsSheet = t(Words.Questionnaire.choicesSheet)
        var main = XLSXWriter.Sheet(name: t(Words.Questionnaire.assessmentSheet))
        let columns = q.sheetColumns
        main.rows = [columns.map { .text($0.id) }, columns.map { .text($0.title) }]
        main.rowStyles = [0: .header, 1: .header]
        main.hiddenRows = [0]
        main.frozenRows = 2
        main.widths = columns.map { column in
            if case .field(let field) = column.kind, case .enterprise("name") = field.kind { return 30 }
            return 20
        }
        let (first, last) = (3, 2 + Self.rows)
        var listColumns: [[String]] = []  // the hidden sheet, a column per drop-down: title, then labels
        /// A drop-down reading its labels from a column of the hidden sheet.
        func list(_ column: Int, _ field: Questionnaire.Field, _ labels: [String]) {
            listColumns.append([field.title] + labels)
            let letter = CellReference.columnName(listColumns.count)
            let source = "'\(listsSheet)'!$\(letter)$2:$\(letter)$\(labels.count + 1)"
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last, rule: .list(source),
                                          promptTitle: field.title, prompt: t(Words.Questionnaire.pickFromList),
                                          error: t(Words.Questionnaire.pickOneOf(labels.joined(separator: " / ")))))
        }
        func yesNo(_ column: Int, _ field: Questionnaire.Field) {
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last,
                                          rule: .list("\"" + t(Words.Questionnaire.yesNoValues) + "\""),
                                          promptTitle: field.title, prompt: t(Words.Questionnaire.yesOrNo), error: t(Words.Questionnaire.enterYesOrNo)))
        }
        func number(_ column: Int, _ field: Questionnaire.Field, _ minimum: ExactNumber?, _ maximum: ExactNumber?, integer: Bool) {
            guard minimum != nil || maximum != nil else { return }
            let low = minimum?.description ?? "-1000000000000", high = maximum?.description ?? "1000000000000"
            main.validations.append(.init(columns: column...column, firstRow: first, lastRow: last,
                                          rule: integer ? .whole(min: low, max: high) : .decimal(min: low, max: high),
                                          promptTitle: field.title, prompt: q.expected(field), error: q.expected(field)))
        }
        func labels(_ choices: [Choice]) -> [String] { choices.map { q.rubric.text($0.label, q.locale) } }
        for (column, sheetColumn) in columns.enumerated() {
            guard case .field(let field) = sheetColumn.kind else { continue }  // evidence, note: free text
            switch field.kind {
            case .enterprise("credit_code"): main.columnStyles[column] = .textFormat
            case .enterprise(let name):
                // A city or industry the rubric constrains: its canonical values (SPEC §1 `enterprise_fields`).
                if let constraint = q.rubric.enterpriseField(name) { list(column, field, constraint.choices.map(\.id)) }
            case .submitted, .notApplicable: break
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

        var questions = XLSXWriter.Sheet(name: t(Words.Questionnaire.questionsSheet))
        questions.rows = [[Words.Questionnaire.fieldID, Words.Questionnaire.title, Words.Questionnaire.questionColumn,
                           Words.Questionnaire.answerColumn, Words.Questionnaire.guidanceColumn, Words.Questionnaire.evidenceColumn,
                           Words.Questionnaire.mayBeNotApplicableColumn].map { .text(t($0)) }]
        questions.rowStyles = [0: .header]
        questions.frozenRows = 1
        questions.widths = [26, 24, 48, 40, 48, 32, 12]
        for field in q.fields {
            var question: LocalizedText?, guidance: LocalizedText?, evidence: LocalizedText?, na = ""
            switch field.kind {
            case .fact(let fact): (question, guidance) = (fact.question, fact.guidance)
            case .indicator(let indicator):
                (question, guidance, evidence) = (indicator.question, indicator.guidance, indicator.evidence)
                na = t(indicator.notApplicable == .forbid ? Words.Questionnaire.no : Words.Questionnaire.yes)
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
        var instructions = XLSXWriter.Sheet(name: t(Words.Template.instructionsSheet))
        instructions.rows = [[.text(t(Words.Template.instructionsSheet))]] + Words.Template.instructions.enumerated().map { index, line in
            [.text("\(index + 1). " + t(line))]
        }
        instructions.rowStyles = [0: .header]
        for row in 1..<instructions.rows.count { instructions.rowStyles[row] = .wrapped }
        instructions.widths = [110]
        return .binary(try XLSXWriter(sheets: [main, instructions, questions, lists]).data())
    }
}
