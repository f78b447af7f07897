import Foundation

/// Turns one sheet row into the same document an assessment file would hold, so a row is
/// validated and scored by exactly the rules a file is (SPEC §2). What only a sheet can
/// say is read here, through `TypedValue` (the one reading of typed values every door
/// shares): full-width forms, `;` between multi answers, 是/否 √/× Y/N for booleans, a
/// choice's label in any locale or a unique label prefix for its id, `<id>.na` for an N/A
/// reason, a number Excel shows as `85%` (stored as 0.85) for a percent indicator, a date
/// as `2025/6/30`, `2025年6月30日` or a date cell for `submitted`. A cell that cannot be read
/// (an error value, a formula with no stored value, a date where a number belongs, a word
/// that is no choice, `不适用` in an answer cell) is an error at that cell, in words that
/// name the field by its title and the choices by their labels.
struct SheetRowDocument {
    let row: SheetRow
    let columns: SheetColumns
    let date: ExcelDate
    let collector: DiagnosticCollector
    let rubric: Rubric
    /// The worksheet's name, to name another cell (`评估!AK6`); nil for CSV (`AK6`).
    var sheet: String? = nil
    /// Indicators whose answer came from a cell formatted as a percentage, or typed with a
    /// percent sign (`0.5%`): meant as a percentage, so a small one is no `fraction`.
    private(set) var percentCells: Set<String> = []

    private func position(_ column: Int) -> SourcePosition { SourcePosition(line: row.number, column: column + 1) }

    private func error(_ column: Int, _ message: Phrase) {
        collector.error(message, at: position(column))
    }

    private func quoted(_ text: String, _ column: Int) -> YAMLNode { YAMLNode(.scalar(text, .doubleQuoted), position(column)) }
    private func plain(_ text: String, _ column: Int) -> YAMLNode { YAMLNode(.scalar(text, .plain), position(column)) }

    mutating func build() -> YAMLNode {
        var top: [YAMLPair] = []
        var enterprise: [YAMLPair] = []
        var profile: [YAMLPair] = []
        var hasFormat = false
        for (column, role) in columns.roles.enumerated() {
            let cell = row.cell(column)
            if cell.isEmpty { continue }
            switch role {
            case .format:
                hasFormat = true
                if let text = text(cell, column) { top.append(YAMLPair(key: quoted("format", column), value: quoted(text, column))) }
            case .rubric:
                if let text = text(cell, column) { top.append(YAMLPair(key: quoted("rubric", column), value: quoted(text, column))) }
            case .applyingFor:
                if let text = text(cell, column), let id = choiceID(text, columns.tiers, field: Words.TypedValues.applyingForField, column) {
                    top.append(YAMLPair(key: quoted("applying_for", column), value: quoted(id, column)))
                }
            case .submitted:
                if let text = day(cell, column) { top.append(YAMLPair(key: quoted("submitted", column), value: quoted(text, column))) }
            case .enterprise(let field):
                if let text = enterpriseText(cell, field: field, column) {
                    enterprise.append(YAMLPair(key: quoted(field, column), value: quoted(text, column)))
                }
            case .profile(let fact):
                if let value = profileValue(cell, fact: fact, column) { profile.append(YAMLPair(key: quoted(fact.id, column), value: value)) }
            case .unnamed:
                error(column, Words.Sheets.unnamedColumn)
            case .answer, .notApplicable, .evidence, .note, .ignored:
                continue  // answers are gathered per indicator below
            }
        }
        let first = SourcePosition(line: row.number, column: 1)
        if !hasFormat {
            top.insert(YAMLPair(key: YAMLNode(.scalar("format", .plain), first), value: YAMLNode(.scalar(AssessmentReader.format, .plain), first)), at: 0)
        }
        if !enterprise.isEmpty { top.append(YAMLPair(key: YAMLNode(.scalar("enterprise", .plain), first), value: YAMLNode(.mapping(enterprise), enterprise[0].value.position))) }
        if !profile.isEmpty { top.append(YAMLPair(key: YAMLNode(.scalar("profile", .plain), first), value: YAMLNode(.mapping(profile), profile[0].value.position))) }
        let answers = answerPairs()
        if !answers.isEmpty { top.append(YAMLPair(key: YAMLNode(.scalar("answers", .plain), first), value: YAMLNode(.mapping(answers), answers[0].value.position))) }
        return YAMLNode(.mapping(top), first)
    }

    // MARK: Answers

    /// One answer per indicator that has any of its columns filled, in column order.
    private mutating func answerPairs() -> [YAMLPair] {
        columns.answerGroups.compactMap { answer($0.indicator, $0.columns) }
    }

    /// The answer to one indicator from its value, N/A, evidence and note columns.
    private mutating func answer(_ indicator: Indicator, _ set: SheetColumns.AnswerColumns) -> YAMLPair? {
        let valueCell = set.value.map { (row.cell($0), $0) }.flatMap { $0.0.isEmpty ? nil : $0 }
        let naCell = set.notApplicable.map { (row.cell($0), $0) }.flatMap { $0.0.isEmpty ? nil : $0 }
        let evidenceCell = set.evidence.map { (row.cell($0), $0) }.flatMap { $0.0.isEmpty ? nil : $0 }
        let noteCell = set.note.map { (row.cell($0), $0) }.flatMap { $0.0.isEmpty ? nil : $0 }
        guard valueCell != nil || naCell != nil || evidenceCell != nil || noteCell != nil else { return nil }
        let anchor = valueCell?.1 ?? naCell?.1 ?? evidenceCell?.1 ?? noteCell!.1
        if let (cell, column) = valueCell, case .text(let raw) = cell, TypedValue.isNotApplicableWord(raw),
           indicator.choices.match(raw) == .none {
            // `不适用` in the answer cell: say where the reason goes.
            let typed = TypedValue.text(raw)
            let field = rubric.phrase(indicator.title)
            if indicator.notApplicable == .forbid {
                error(column, Words.TypedValues.notApplicableForbidden(typed, field: field))
            } else {
                let title = Words.TypedValues.notApplicableColumn(of: field)
                error(column, Words.TypedValues.notApplicableInAnswer(typed, field: field, reasonColumn: title, reasonCell: set.notApplicable.map(cellName)))
            }
            return nil
        }
        if let (_, column) = valueCell, let (_, naColumn) = naCell {
            error(column, Words.TypedValues.answerAndNotApplicable(field: rubric.phrase(indicator.title), other: cellName(naColumn)))
            return nil
        }
        let value = valueCell.flatMap { answerValue($0.0, indicator: indicator, $0.1) }
        if valueCell != nil && value == nil { return nil }  // the cell's problem is reported
        if naCell == nil && evidenceCell == nil && noteCell == nil, let value {
            return YAMLPair(key: quoted(indicator.id, anchor), value: value)
        }
        var long: [YAMLPair] = []
        if let value { long.append(YAMLPair(key: quoted("value", valueCell!.1), value: value)) }
        if let (cell, column) = naCell, let reason = text(cell, column) {
            long.append(YAMLPair(key: quoted("na", column), value: quoted(reason, column)))
        }
        if let (cell, column) = evidenceCell, let list = text(cell, column) {
            long.append(YAMLPair(key: quoted("evidence", column), value: YAMLNode(.sequence(Self.split(list).map { quoted($0, column) }), position(column))))
        }
        if let (cell, column) = noteCell, let note = text(cell, column) {
            long.append(YAMLPair(key: quoted("note", column), value: quoted(note, column)))
        }
        return YAMLPair(key: quoted(indicator.id, anchor), value: YAMLNode(.mapping(long), position(anchor)))
    }

    private mutating func answerValue(_ cell: SheetCell, indicator: Indicator, _ column: Int) -> YAMLNode? {
        let field = rubric.phrase(indicator.title)
        switch indicator.kind {
        case .choice: return choice(cell, indicator.choices, field: field, column)
        case .multi:
            guard let list = text(cell, column) else { return nil }
            var ids: [YAMLNode] = []
            for part in Self.split(list) {
                guard let id = choiceID(part, indicator.choices, field: field, column) else { return nil }
                ids.append(quoted(id, column))
            }
            return YAMLNode(.sequence(ids), position(column))
        case .bool: return bool(cell, field: field, column)
        case .number: return number(cell, percent: false, field: field, column)
        case .percent:
            // `45%` in a percent-formatted cell, or typed with its sign: meant as a percentage.
            switch cell {
            case .number(_, .percent): percentCells.insert(indicator.id)
            case .text(let raw) where TypedValue.text(raw).hasSuffix("%"): percentCells.insert(indicator.id)
            default: break
            }
            return number(cell, percent: true, field: field, column)
        }
    }

    private func profileValue(_ cell: SheetCell, fact: ProfileFact, _ column: Int) -> YAMLNode? {
        let field = rubric.phrase(fact.title)
        switch fact.kind {
        case .bool: return bool(cell, field: field, column)
        case .choice: return choice(cell, fact.choices, field: field, column)
        case .int, .number: return number(cell, percent: false, field: field, column)
        case .string: return text(cell, column).map { quoted($0, column) }
        }
    }

    /// Another cell of this row, as the user finds it: `评估!AK6`, or `AK6` in a CSV file.
    private func cellName(_ column: Int) -> String {
        sheet.map { CellReference.text(sheet: $0, row: row.number, column: column + 1) } ?? CellReference.columnName(column + 1) + "\(row.number)"
    }

    // MARK: Cells

    /// `a; b；c` → [a, b, c] (a full-width semicolon too, as Chinese input methods type it).
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func choice(_ cell: SheetCell, _ choices: [Choice], field: Phrase, _ column: Int) -> YAMLNode? {
        text(cell, column).flatMap { choiceID($0, choices, field: field, column) }.map { quoted($0, column) }
    }

    /// The id a typed choice names (`TypedValue.choice`: id, label, unique label prefix);
    /// nil, with the problem reported in labels, for an ambiguous prefix or no choice.
    private func choiceID(_ text: String, _ choices: [Choice], field: Phrase, _ column: Int) -> String? {
        switch choices.match(text) {
        case .found(let id): return id
        case .ambiguous(let ids):
            let labels = ids.compactMap { id in choices.first { $0.id == id } }.map { rubric.phrase($0.label) }
            error(column, Words.TypedValues.ambiguousChoice(text, field: field, candidates: labels))
        case .none:
            error(column, Words.TypedValues.notAChoice(text, field: field, choices: choices.map { rubric.phrase($0.label) }))
        }
        return nil
    }

    private func bool(_ cell: SheetCell, field: Phrase, _ column: Int) -> YAMLNode? {
        if case .bool(let value) = cell { return plain(value ? "true" : "false", column) }
        guard let text = text(cell, column) else { return nil }
        guard let value = TypedValue.bool(text) else {
            error(column, Words.TypedValues.notYesNo(text, field: field))
            return nil
        }
        return plain(value ? "true" : "false", column)
    }

    private func number(_ cell: SheetCell, percent: Bool, field: Phrase, _ column: Int) -> YAMLNode? {
        switch cell {
        case .number(let raw, .plain): return plain(raw, column)
        case .number(let raw, .percent):
            // Excel stores 85% as 0.85; a percent indicator's scale is 0–100.
            guard percent, let value = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")) else { return plain(raw, column) }
            return plain((value * 100).description, column)
        case .number(let raw, .date(let date)):
            error(column, Words.Sheets.dateWhereNumber(shown: date.day(raw)))
            return nil
        default:
            guard let text = text(cell, column) else { return nil }
            guard let number = TypedValue.numberText(text, percent: percent) else {
                error(column, Words.TypedValues.notANumber(text, field: field))
                return nil
            }
            return plain(number, column)
        }
    }

    private func day(_ cell: SheetCell, _ column: Int) -> String? {
        if case .number(let raw, .date(let date)) = cell {
            guard let day = date.day(raw) else {
                error(column, Words.Sheets.invalidDateSerial(raw))
                return nil
            }
            return day
        }
        guard let text = text(cell, column) else { return nil }
        guard let day = TypedValue.date(text) else {
            error(column, Words.TypedValues.notADate(text, field: Words.TypedValues.submittedField))
            return nil
        }
        return day
    }

    private func enterpriseText(_ cell: SheetCell, field: String, _ column: Int) -> String? {
        if field == "credit_code", case .number(let raw, _) = cell, raw.contains("E") || raw.contains("e") || raw.count != 18 {
            // Excel keeps 15 significant digits: an all-digit code typed into a number cell
            // has already lost its last digits.
            error(column, Words.Sheets.creditCodeAsNumber(raw))
            return nil
        }
        return text(cell, column)
    }

    /// Most cells need no work: no blank at either end, no control character (checked on the
    /// scalars and UTF-8 bytes, without Foundation).
    static func isClean(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        if first.properties.isWhitespace || last.properties.isWhitespace { return false }
        return !text.utf8.contains { $0 < 0x20 || $0 == 0x7F }
    }

    /// The text of a cell, trimmed; nil (with the problem reported) for a cell with no usable
    /// text. Control characters other than tab and line feed are refused (SPEC §2).
    func text(_ cell: SheetCell, _ column: Int) -> String? {
        switch cell {
        case .empty: return nil
        case .text(let raw):
            let text = Self.isClean(raw) ? raw : raw.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespaces)
            if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\t" && $0 != "\n") || $0.value == 0x7F }) {
                error(column, Words.Sheets.controlCharacter(String(format: "%04X", bad.value)))
                return nil
            }
            return text
        case .number(let raw, .date(let date)): return date.day(raw) ?? raw
        case .number(let raw, _): return raw
        case .bool(let value): return value ? "true" : "false"
        case .error(let code):
            error(column, Words.Sheets.errorValue(code))
            return nil
        case .formulaWithoutValue(let formula):
            error(column, Words.Sheets.formulaWithoutValue(formula))
            return nil
        case .missingSharedString(let index):
            error(column, Words.Sheets.missingSharedString(index))
            return nil
        }
    }
}
