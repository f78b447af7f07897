/// How an answer reads for a person: choice labels, 是/否, numbers with their unit.
enum AnswerText {
    static func text(_ value: Answer.Value?, indicator: Indicator?, rubric: Rubric, _ locale: String) -> String {
        guard let value else { return locale == "zh" ? "未作答" : "unanswered" }
        switch value {
        case .choice(let id):
            return indicator?.choice(id).map { rubric.text($0.label, locale) } ?? id
        case .multi(let ids):
            if ids.isEmpty { return locale == "zh" ? "（无）" : "(none)" }
            return ids.map { id in indicator?.choice(id).map { rubric.text($0.label, locale) } ?? id }
                .joined(separator: locale == "zh" ? "、" : ", ")
        case .bool(let b):
            return locale == "zh" ? (b ? "是" : "否") : (b ? "yes" : "no")
        case .number(let n):
            let unit = indicator?.kind == .percent ? "%" : (indicator?.unit.map { " " + rubric.text($0, locale) } ?? "")
            return n.description + unit
        }
    }
}
