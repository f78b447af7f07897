/// How the assessment reader's messages name what they are about: a field by its title
/// with the id in brackets, a choice by its label with the id in brackets (SPEC §2).
extension AssessmentReader {
    /// A rubric text in every language a message is said in.
    func phrase(_ text: LocalizedText) -> Phrase {
        Phrase(zh: rubric.text(text, "zh"), en: rubric.text(text, "en"))
    }

    func name(_ indicator: Indicator) -> Phrase {
        Words.Assessments.field(title: phrase(indicator.title), id: indicator.id)
    }

    func name(_ fact: ProfileFact) -> Phrase {
        Words.Assessments.field(title: phrase(fact.title), id: fact.id)
    }

    func name(_ choice: Choice) -> Phrase {
        Words.Assessments.choice(label: phrase(choice.label), id: choice.id)
    }

    /// The choices, listed by label.
    func list(_ choices: [Choice]) -> Phrase {
        Words.Assessments.list(choices.map(name))
    }
}

extension Rubric {
    /// The tiers, by title with the id in brackets, for a message that lists them:
    /// `晨星工厂（morning_star）、卓越级（excellence）`.
    public var tierList: Phrase {
        Words.Assessments.list(tiers.map { tier in
            Words.Assessments.choice(label: Phrase(zh: text(tier.title, "zh"), en: text(tier.title, "en")), id: tier.id)
        })
    }
}

extension YAMLNode {
    /// A scalar's text, or an error naming the field by `name` (`AssessmentReader.name`).
    func scalarText(expecting what: Phrase, name: Phrase, collector: DiagnosticCollector) -> String? {
        guard case .scalar(let text, _) = kind else {
            collector.error(Words.Assessments.wrongKind(name, expected: what, found: kindName), at: position)
            return nil
        }
        return text
    }

    /// `exactNumber(key:collector:)`, with the field named by `name`.
    func exactNumber(name: Phrase, collector: DiagnosticCollector) -> ExactNumber? {
        if let exact = exactNumberValue { return exact }
        // Typed with a Chinese input method (SPEC §2): a plain, untagged `８５` or `８５．５` reads
        // 85 and 85.5. A quoted or `!!str` value says "text" and stays refused.
        if case .scalar(let text, .plain) = kind, tag == nil {
            let typed = TypedValue.text(text)
            if typed != text, let exact = TypedValue.number(typed) {
                switch CoreSchemaScalar(plain: typed) {
                case .int, .double, .bigInteger: return exact
                default: break
                }
            }
        }
        collector.error(scalar.map { Words.Assessments.notNumber(name, foundText: $0) } ?? Words.Assessments.notNumber(name, found: kindName),
                        at: position)
        return nil
    }
}
