import ZhizaoCEL

/// A rubric as a readable handbook (`zhizao rubric-doc`): what a province publishes so that
/// applicants can read the criteria that will score them — from the same file that scores.
/// Formatted for one language; stored fields only, read by the templates.
public struct RubricDocModel: Sendable {
    struct Item: Sendable { let label: String; let value: String }

    /// `cost`: the indicator's effort × the choice's step, what reaching it from the level
    /// below costs; empty on the bottom level of a one-choice answer, which nothing climbs to.
    struct Choice: Sendable { let id: String; let label: String; let score: String; let cost: String }

    struct IndicatorEntry: Sendable {
        let id: String
        let title: String
        let scenario: String
        let hasScenario: Bool
        let question: String
        let answerForm: String
        let choices: [Choice]
        let hasChoices: Bool
        let guidance: String
        let evidence: String
        let advice: String
        let weight: String
        let notApplicable: String
        let effort: Int
    }

    struct DomainEntry: Sendable {
        let id: String
        let title: String
        let weight: String
        let indicators: [IndicatorEntry]
    }

    struct Condition: Sendable {
        let id: String
        let title: String
        let expression: String
        let appliesTo: String
        let source: String
        let provisional: Bool
        let secondary: Bool
    }

    struct TierEntry: Sendable {
        let id: String
        let title: String
        let requires: String
        let hasRequires: Bool
        let gates: [Condition]
        let rules: [Condition]
    }

    struct SourceEntry: Sendable {
        let id: String
        let title: String
        let reference: String
        let url: String
        let secondary: Bool
        let note: String
    }

    let language: String
    let labels: RubricDocLabels
    let title: String
    let facts: [Item]
    let profile: [Item]
    let domains: [DomainEntry]
    let tiers: [TierEntry]
    let metrics: [Item]
    let checks: [Item]
    let sources: [SourceEntry]

    /// `version`: the tool version the handbook names (the caller's stamp).
    public init(_ rubric: Rubric, language: Language, version: String) {
        let locale = language.rawValue
        func t(_ phrase: Phrase) -> String { phrase(language) }
        let listSeparator = t(Words.Punctuation.listSeparator)
        func text(_ localized: LocalizedText?) -> String { localized.map { rubric.text($0, locale) } ?? "" }
        self.language = language.documentTag
        labels = RubricDocLabels(language)
        title = text(rubric.title)
        facts = [
            Item(label: t(Words.RubricDoc.rubric), value: "\(rubric.id) \(rubric.version)"),
            Item(label: t(Words.RubricDoc.fingerprint), value: rubric.fingerprint),
            Item(label: t(Words.RubricDoc.tierList), value: rubric.tiers.map { text($0.title) }.joined(separator: " → ")),
            Item(label: t(Words.RubricDoc.indicatorCount), value: String(rubric.indicators.count)),
            Item(label: t(Words.RubricDoc.provisionalCount), value: String(rubric.provisionalCount)),
            Item(label: t(Words.RubricDoc.toolVersion), value: "zhizao \(version)"),
        ]
        profile = rubric.profile.map { fact in
            let choices = fact.choices.map { text($0.label) }.joined(separator: listSeparator)
            return Item(label: text(fact.title), value: [text(fact.question), choices.isEmpty ? "" : t(Words.RubricDoc.choices(choices)), text(fact.guidance)]
                .filter { !$0.isEmpty }.joined(separator: " "))
        }
        domains = rubric.domains.map { domain in
            DomainEntry(id: domain.id, title: text(domain.title), weight: domain.weight.description, indicators: rubric.indicators.filter { $0.domain == domain.id }.map { indicator in
                let form: String
                switch indicator.kind {
                case .choice: form = t(Words.RubricDoc.oneChoice)
                case .multi: form = t(Words.RubricDoc.severalChoices)
                case .bool: form = t(Words.RubricDoc.yesNo) + t(Words.RubricDoc.formSeparator) + t(Words.RubricDoc.yesCost(indicator.effort))
                case .percent, .number:
                    var parts = [indicator.kind == .percent ? t(Words.RubricDoc.percentage) : t(Words.RubricDoc.number)]
                    if let (minimum, maximum) = Optional(indicator.bounds), indicator.kind == .number {
                        parts.append([minimum.map { "≥ \($0)" }, maximum.map { "≤ \($0)" }].compactMap { $0 }.joined(separator: " "))
                    }
                    switch indicator.numberScoring {
                    case .bands(let bands)?:
                        // Below the first band an answer scores 0: a first band that scores 0 is
                        // where climbing starts, one that scores more is climbed to.
                        parts.append(t(Words.RubricDoc.bands(bands.enumerated().map { index, band in
                            let text = "≥ \(band.from) → \(band.score.decimalString(places: 2))"
                            return index == 0 && band.score == .zero ? text : t(Words.RubricDoc.bandWithCost(text, cost: indicator.effort * band.step))
                        }.joined(separator: t(Words.Punctuation.clauseSeparator)))))
                    case .linear(let from, let to)?:
                        parts.append(t(Words.RubricDoc.linear(from: from.description, to: to.description)))
                    case nil: break
                    }
                    form = parts.filter { !$0.isEmpty }.joined(separator: t(Words.RubricDoc.formSeparator))
                }
                let policy: String
                switch indicator.notApplicable {
                case .forbid: policy = t(Words.RubricDoc.notApplicableForbidden)
                case .exclude: policy = t(Words.RubricDoc.notApplicableExcluded)
                case .full: policy = t(Words.RubricDoc.notApplicableFull)
                case .zero: policy = t(Words.RubricDoc.notApplicableZero)
                }
                // A one-choice answer's lowest level is where climbing starts; a multi answer
                // climbs by adding any of its choices.
                let bottom = indicator.kind == .choice ? indicator.choices.compactMap(\.score).min() : nil
                let choices = indicator.choices.map { choice in
                    Choice(id: choice.id, label: text(choice.label), score: choice.score?.decimalString(places: 2) ?? "",
                           cost: choice.score == bottom ? "" : String(indicator.effort * choice.step))
                }
                return IndicatorEntry(
                    id: indicator.id, title: text(indicator.title), scenario: indicator.scenario.map(String.init) ?? "",
                    hasScenario: indicator.scenario != nil, question: text(indicator.question), answerForm: form,
                    choices: choices, hasChoices: !choices.isEmpty, guidance: text(indicator.guidance), evidence: text(indicator.evidence),
                    advice: text(indicator.advice), weight: indicator.weight.description, notApplicable: policy, effort: indicator.effort)
            })
        }
        func condition(id: String, title: LocalizedText, expression: RubricExpression, tiers: [String]?, source: String?, provisional: Bool) -> Condition {
            let cited = source.flatMap { rubric.source($0) }
            return Condition(id: id, title: text(title), expression: expression.source,
                             appliesTo: tiers.map { $0.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: listSeparator) } ?? t(Words.RubricDoc.everyTier),
                             source: rubric.citation(source, locale),
                             provisional: provisional, secondary: cited?.reliability == .secondary)
        }
        tiers = rubric.tiers.map { tier in
            TierEntry(
                id: tier.id, title: text(tier.title),
                requires: tier.requires.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: listSeparator),
                hasRequires: !tier.requires.isEmpty,
                gates: rubric.gates.filter { $0.applies(to: tier.id) }.map {
                    condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: $0.tiers, source: $0.source, provisional: $0.provisional)
                },
                rules: tier.rules.map { condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: nil, source: $0.source, provisional: $0.provisional) })
        }
        metrics = rubric.metrics.map { Item(label: text($0.title).isEmpty ? $0.id : text($0.title), value: $0.expression.source) }
        checks = rubric.checks.map { Item(label: text($0.message), value: $0.expression.source) }
        sources = rubric.sources.map { source in
            SourceEntry(id: source.id, title: text(source.title), reference: source.reference ?? "", url: source.url ?? "",
                        secondary: source.reliability == .secondary, note: text(source.note))
        }
    }
}
