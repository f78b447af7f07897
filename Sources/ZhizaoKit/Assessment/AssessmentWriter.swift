/// Writes an assessment as the YAML file of SPEC §2, laid out as the shipped examples are:
/// facts and answers in the rubric's order, a comment per domain and per answer with the
/// title, so the file a user gets back from `check` or `import` reads like a questionnaire.
/// What it writes, `AssessmentReader` reads back to the same assessment.
public enum AssessmentWriter {
    /// `header`: comment lines for the top of the file (without `#`). `extensions`: `x-`
    /// keys with their values already in YAML (readers ignore them; `check` keeps its place
    /// there).
    public static func yaml(_ assessment: Assessment, rubric: Rubric, locale: String, header: [String] = [],
                            extensions: [(key: String, value: String)] = []) -> String {
        var lines = header.map { "# " + $0 }
        lines.append("format: zhizao.assessment/1")
        lines.append("rubric: " + YAMLText.scalar(assessment.rubricReference ?? rubric.reference))
        let enterprise = assessment.enterprise
        let fields = [("name", enterprise.name), ("credit_code", enterprise.creditCode?.value), ("city", enterprise.city), ("industry", enterprise.industry)]
        if fields.contains(where: { $0.1 != nil }) {
            lines.append("enterprise:")
            for case let (key, value?) in fields { lines.append("  \(key): " + YAMLText.scalar(value)) }
        }
        if let tier = assessment.applyingFor { lines.append("applying_for: " + YAMLText.scalar(tier)) }
        if let submitted = assessment.submitted { lines.append("submitted: " + YAMLText.scalar(submitted)) }
        if !assessment.profile.isEmpty {
            lines.append("profile:")
            let known = rubric.profile.map(\.id).filter { assessment.profile[$0] != nil }
            let others = assessment.profile.keys.filter { id in !rubric.profile.contains { $0.id == id } }
            for id in known + others {
                let title = rubric.profile.first { $0.id == id }.map { "  # " + YAMLText.comment(rubric.text($0.title, locale)) } ?? ""
                lines.append("  \(id): " + value(assessment.profile[id]!) + title)
            }
        }
        if !assessment.answers.isEmpty {
            lines.append("answers:")
            for domain in rubric.domains {
                let answered = rubric.indicators.filter { $0.domain == domain.id && assessment.answers[$0.id] != nil }
                guard !answered.isEmpty else { continue }
                lines.append("  # " + YAMLText.comment(rubric.text(domain.title, locale)))
                for indicator in answered {
                    lines.append("  \(indicator.id): " + answer(assessment.answers[indicator.id]!) + "  # " + YAMLText.comment(rubric.text(indicator.title, locale)))
                }
            }
            for (id, other) in assessment.answers where rubric.indicator(id) == nil { lines.append("  \(YAMLText.scalar(id)): " + answer(other)) }
        }
        for (key, value) in extensions { lines.append("\(key): \(value)") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func value(_ profile: ProfileValue) -> String {
        switch profile {
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .number(let n): return n.description
        case .string(let s): return YAMLText.scalar(s)
        }
    }

    static func answer(_ answer: Answer) -> String {
        var parts: [String] = []
        if let value = answer.value {
            let text: String
            switch value {
            case .choice(let id): text = YAMLText.scalar(id)
            case .multi(let ids): text = "[" + ids.map(YAMLText.scalar).joined(separator: ", ") + "]"
            case .bool(let b): text = b ? "true" : "false"
            case .number(let n): text = n.description
            }
            if answer.evidence.isEmpty && answer.note == nil { return text }
            parts.append("value: " + text)
        }
        if let reason = answer.notApplicable { parts.append("na: " + YAMLText.scalar(reason)) }
        if !answer.evidence.isEmpty { parts.append("evidence: [" + answer.evidence.map(YAMLText.scalar).joined(separator: ", ") + "]") }
        if let note = answer.note { parts.append("note: " + YAMLText.scalar(note)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }
}
