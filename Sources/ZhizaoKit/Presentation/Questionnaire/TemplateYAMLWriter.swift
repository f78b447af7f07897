/// The questionnaire as an assessment file to fill in an editor: every field present and
/// empty (`null`, which reads as unanswered), each with its question, what it accepts, its
/// guidance and typical evidence as comments.
public struct TemplateYAMLWriter: TemplateWriter {
    public init() {}

    public func write(_ q: Questionnaire) -> TemplateDocument {
        let rubric = q.rubric
        func t(_ phrase: Phrase) -> String { phrase(q.language) }
        let colon = t(Words.Punctuation.colon)
        var lines = [
            "# " + t(Words.Questionnaire.yamlTitle(YAMLText.comment(rubric.text(rubric.title, q.locale)), reference: rubric.reference)),
            "# " + t(Words.Questionnaire.yamlHowToAnswer),
            "# " + t(Words.Questionnaire.yamlHowToSkip),
            "# " + t(Words.Questionnaire.yamlThenScore),
            "format: zhizao.assessment/1",
            "rubric: " + YAMLText.scalar(rubric.reference),
            "enterprise:",
        ]
        func comments(_ field: Questionnaire.Field, indent: String, question: LocalizedText?, guidance: LocalizedText?, evidence: LocalizedText?) {
            lines.append(indent + "# " + YAMLText.comment(field.title))
            if let question = q.text(question) { lines.append(indent + "# " + t(Words.Questionnaire.question(YAMLText.comment(question)))) }
            lines.append(indent + "# " + t(Words.Questionnaire.answer(YAMLText.comment(q.expected(field, inYAML: true)))))
            if let guidance = q.text(guidance) { lines.append(indent + "# " + t(Words.Questionnaire.guidance(YAMLText.comment(guidance)))) }
            if let evidence = q.text(evidence) { lines.append(indent + "# " + t(Words.Questionnaire.evidence(YAMLText.comment(evidence)))) }
        }
        var domain: String?
        for field in q.fields {
            switch field.kind {
            case .enterprise(let key):
                let title = YAMLText.comment(field.title)
                lines.append("  \(key): null  # " + (key == "credit_code" ? t(Words.Questionnaire.titled(title, format: q.expected(field))) : title))
            case .applyingFor:
                lines.append("applying_for: null  # " + YAMLText.comment(field.title) + colon + YAMLText.comment(q.expected(field, inYAML: true)))
            case .submitted:
                lines.append("submitted: null  # " + YAMLText.comment(field.title) + colon + "YYYY-MM-DD")
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
                if indicator.notApplicable != .forbid { lines.append("  # " + t(Words.Questionnaire.mayBeNotApplicable)) }
                lines.append("  \(indicator.id): null")
            case .notApplicable:
                continue
            }
        }
        return .text(lines.joined(separator: "\n") + "\n")
    }
}
