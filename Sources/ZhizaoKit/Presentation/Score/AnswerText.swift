/// How an answer reads for a person: choice labels, 是/否, numbers with their unit.
enum AnswerText {
    static func text(_ value: Answer.Value?, indicator: Indicator?, rubric: Rubric, _ language: Language) -> String {
        let locale = language.rawValue
        guard let value else { return Words.Answers.unanswered(language) }
        switch value {
        case .choice(let id):
            return indicator?.choice(id).map { rubric.text($0.label, locale) } ?? id
        case .multi(let ids):
            if ids.isEmpty { return Words.Answers.noneChosen(language) }
            return ids.map { id in indicator?.choice(id).map { rubric.text($0.label, locale) } ?? id }
                .joined(separator: Words.Punctuation.listSeparator(language))
        case .bool(let b):
            return Words.Answers.yesNo(b)(language)
        case .number(let n):
            let unit = indicator?.kind == .percent ? "%" : (indicator?.unit.map { " " + rubric.text($0, locale) } ?? "")
            return n.description + unit
        }
    }
}
