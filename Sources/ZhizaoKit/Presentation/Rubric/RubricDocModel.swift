import ZhizaoCEL

/// A rubric as a readable handbook (`zhizao rubric-doc`): what a province publishes so that
/// applicants can read the criteria that will score them — from the same file that scores.
/// Formatted for one language; stored fields only, read by the templates.
///
/// The body is in words: each scale's table appears once and indicators name their scale;
/// gates, rules, metrics and checks are stated by their titles and the values they read.
/// The expressions (CEL), the fingerprint and the ids of conditions are in the appendix.
public struct RubricDocModel: Sendable {
    struct Item: Sendable { let label: String; let value: String }

    /// One level of a scale: `step` is the relative cost of reaching it from the level
    /// below; empty on the bottom level, which nothing climbs to.
    struct ScaleChoice: Sendable { let id: String; let label: String; let score: String; let step: String }

    /// A scale, once: its name (`量表1（未开展→智能化）`) is what indicators refer to.
    struct ScaleEntry: Sendable {
        let id: String
        let name: String
        let users: String
        let choices: [ScaleChoice]
    }

    /// A choice of an indicator's own (not from a scale): `detail` is its score and step cost.
    struct InlineChoice: Sendable { let id: String; let label: String; let detail: String }

    /// One indicator as a row of its domain's table. `answerForm` names the scale the
    /// choices come from (`scaleID` links to it); inline choices are listed in `choices`.
    struct IndicatorEntry: Sendable {
        let id: String
        let title: String
        let scenario: String
        let question: String
        let answerForm: String
        let scaleID: String
        let hasScale: Bool
        let choices: [InlineChoice]
        let hasChoices: Bool
        let notApplicable: String
        let hasNotApplicable: Bool
        /// Guidance, evidence and advice, each only when the rubric gives it.
        let details: [Item]
        let weight: String
        let effort: Int
    }

    struct DomainEntry: Sendable {
        let id: String
        let title: String
        let weight: String
        let indicators: [IndicatorEntry]
    }

    /// A gate or rule in words: its title (the requirement), the titles of the values it
    /// reads, the tiers it applies to (gates), and its source as `[n] short name`.
    struct Condition: Sendable {
        let id: String
        let title: String
        let reads: String
        let hasReads: Bool
        let appliesTo: String
        let source: String
        let sourceID: String
        let hasSource: Bool
        let provisional: Bool
        let secondary: Bool
    }

    struct TierEntry: Sendable {
        let id: String
        let title: String
        let requires: String
        let hasRequires: Bool
        let rules: [Condition]
        let hasRules: Bool
    }

    struct SourceEntry: Sendable {
        let id: String
        let title: String
        let reference: String
        let url: String
        let secondary: Bool
        let note: String
    }

    /// One expression of the appendix: what it is in words, its id and its text.
    struct Expression: Sendable { let title: String; let id: String; let expression: String }
    struct ExpressionGroup: Sendable { let heading: String; let expressions: [Expression] }

    let language: String
    let labels: RubricDocLabels
    let title: String
    let facts: [Item]
    let profile: [Item]
    let scales: [ScaleEntry]
    let domains: [DomainEntry]
    let gates: [Condition]
    let tiers: [TierEntry]
    let metrics: [Item]
    let checks: [String]
    let sources: [SourceEntry]
    let appendixFacts: [Item]
    let appendix: [ExpressionGroup]

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
            Item(label: t(Words.RubricDoc.tierList), value: rubric.tiers.map { text($0.title) }.joined(separator: " → ")),
            Item(label: t(Words.RubricDoc.indicatorCount), value: String(rubric.indicators.count)),
            Item(label: t(Words.RubricDoc.provisionalCount), value: String(rubric.provisionalCount)),
            Item(label: t(Words.RubricDoc.toolVersion), value: "zhizao \(version)"),
        ]
        appendixFacts = [
            Item(label: t(Words.RubricDoc.rubric), value: rubric.reference),
            Item(label: t(Words.RubricDoc.fingerprint), value: rubric.fingerprint),
        ]
        profile = rubric.profile.map { fact in
            let choices = fact.choices.map { text($0.label) }.joined(separator: listSeparator)
            return Item(label: text(fact.title), value: [text(fact.question), choices.isEmpty ? "" : t(Words.RubricDoc.choices(choices)), text(fact.guidance)]
                .filter { !$0.isEmpty }.joined(separator: " "))
        }

        // Scales: each once, named by its number and the labels of its lowest and highest level.
        var scaleNames: [String: String] = [:]
        scales = rubric.scales.enumerated().map { index, scale in
            let ordered = scale.choices.sorted { ($0.score ?? .zero) < ($1.score ?? .zero) }
            let name = t(Words.RubricDoc.scaleName(index + 1, from: ordered.first.map { text($0.label) } ?? "", to: ordered.last.map { text($0.label) } ?? ""))
            scaleNames[scale.id] = name
            let bottom = scale.choices.compactMap(\.score).min()
            return ScaleEntry(
                id: scale.id, name: name,
                users: t(Words.RubricDoc.scaleUsers(rubric.indicators.filter { $0.scale == scale.id }.count)),
                choices: scale.choices.map { choice in
                    ScaleChoice(id: choice.id, label: text(choice.label), score: choice.score?.decimalString(places: 2) ?? "",
                                step: choice.score == bottom ? "" : String(choice.step))
                })
        }

        domains = rubric.domains.map { domain in
            DomainEntry(id: domain.id, title: text(domain.title), weight: domain.weight.description,
                        indicators: rubric.indicators.filter { $0.domain == domain.id }.map { indicator in
                Self.indicator(indicator, scaleName: indicator.scale.flatMap { scaleNames[$0] }, rubric: rubric, language: language)
            })
        }

        // Conditions in words. The values a condition reads are named by their titles; the
        // whole `indicators` list and whole maps (`has(answer.x)` reads `answer`) are not.
        let words = ConditionWords(rubric: rubric, language: language)
        // A condition named after the one value it reads (规模以上工业企业) says nothing more.
        func reads(_ expression: RubricExpression, title: String) -> String {
            var seen: Set<String> = []
            let names = expression.program.references.compactMap { reference -> String? in
                guard reference.variable != "indicators", !(reference.path.isEmpty && ScoringConstants.mapVariables.contains(reference.variable)),
                      let name = words.name(reference.description), seen.insert(name).inserted else { return nil }
                return name
            }
            return names == [title] ? "" : names.joined(separator: listSeparator)
        }
        let sourceNumbers = Dictionary(rubric.sources.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        func condition(id: String, title: LocalizedText, expression: RubricExpression, tiers: [String]?, source: String?, provisional: Bool) -> Condition {
            let cited = source.flatMap { rubric.source($0) }
            let read = reads(expression, title: text(title))
            let citation = cited.map { source in
                "[\(sourceNumbers[source.id] ?? 0)] " + (source.reference ?? text(source.title))
            } ?? ""
            return Condition(id: id, title: text(title), reads: read.isEmpty ? "" : t(Words.RubricDoc.reads(read)), hasReads: !read.isEmpty,
                             appliesTo: tiers.map { $0.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: listSeparator) } ?? t(Words.RubricDoc.everyTier),
                             source: citation, sourceID: cited?.id ?? "", hasSource: cited != nil,
                             provisional: provisional, secondary: cited?.reliability == .secondary)
        }
        // A gate that applies to several tiers is listed once, with the tiers it applies to.
        gates = rubric.gates.map {
            condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: $0.tiers, source: $0.source, provisional: $0.provisional)
        }
        tiers = rubric.tiers.map { tier in
            let rules = tier.rules.map { condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: nil, source: $0.source, provisional: $0.provisional) }
            return TierEntry(
                id: tier.id, title: text(tier.title),
                requires: tier.requires.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: listSeparator),
                hasRequires: !tier.requires.isEmpty, rules: rules, hasRules: !rules.isEmpty)
        }
        metrics = rubric.metrics.map { metric in
            let unit: Phrase
            switch metric.unit {
            case .count: unit = Words.RubricDoc.unitCount
            case .percent: unit = Words.RubricDoc.unitPercent
            case .number: unit = Words.RubricDoc.unitNumber
            }
            return Item(label: text(metric.title).isEmpty ? metric.id : text(metric.title), value: t(unit))
        }
        checks = rubric.checks.map { text($0.message) }
        sources = rubric.sources.map { source in
            SourceEntry(id: source.id, title: text(source.title), reference: source.reference ?? "", url: source.url ?? "",
                        secondary: source.reliability == .secondary, note: text(source.note))
        }

        // The appendix: every expression, under the name the body gives it.
        var appendix: [ExpressionGroup] = []
        if !rubric.gates.isEmpty {
            appendix.append(ExpressionGroup(heading: t(Words.RubricDoc.gates), expressions: rubric.gates.map {
                Expression(title: text($0.title), id: $0.id, expression: $0.expression.source)
            }))
        }
        for tier in rubric.tiers where !tier.rules.isEmpty {
            appendix.append(ExpressionGroup(heading: text(tier.title), expressions: tier.rules.map {
                Expression(title: text($0.title), id: $0.id, expression: $0.expression.source)
            }))
        }
        if !rubric.metrics.isEmpty {
            appendix.append(ExpressionGroup(heading: t(Words.RubricDoc.metrics), expressions: rubric.metrics.map {
                Expression(title: text($0.title), id: $0.id, expression: $0.expression.source)
            }))
        }
        if !rubric.checks.isEmpty {
            appendix.append(ExpressionGroup(heading: t(Words.RubricDoc.checks), expressions: rubric.checks.map {
                Expression(title: text($0.message), id: $0.id, expression: $0.expression.source)
            }))
        }
        self.appendix = appendix
    }

    /// One indicator's row: how it is answered (its scale by name, or its own choices or
    /// bands with their step costs), its N/A policy and its texts.
    private static func indicator(_ indicator: Indicator, scaleName: String?, rubric: Rubric, language: Language) -> IndicatorEntry {
        let locale = language.rawValue
        func t(_ phrase: Phrase) -> String { phrase(language) }
        func text(_ localized: LocalizedText?) -> String { localized.map { rubric.text($0, locale) } ?? "" }
        var form: String
        switch indicator.kind {
        case .choice: form = t(Words.RubricDoc.oneChoice)
        case .multi: form = t(Words.RubricDoc.severalChoices)
        case .bool: form = t(Words.RubricDoc.yesNo) + t(Words.RubricDoc.formSeparator) + t(Words.RubricDoc.yesCost(indicator.effort))
        case .percent, .number:
            var parts = [indicator.kind == .percent ? t(Words.RubricDoc.percentage) : t(Words.RubricDoc.number)]
            if indicator.kind == .number {
                let (minimum, maximum) = indicator.bounds
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
        if let scaleName { form = t(Words.RubricDoc.onScale(form, scaleName)) }
        // Choices of the indicator's own (no scale): each with its score and step cost. A
        // one-choice answer's lowest level is where climbing starts; a multi answer climbs by
        // adding any of its choices.
        var choices: [InlineChoice] = []
        if scaleName == nil {
            let bottom = indicator.kind == .choice ? indicator.choices.compactMap(\.score).min() : nil
            choices = indicator.choices.map { choice in
                InlineChoice(id: choice.id, label: text(choice.label),
                             detail: t(Words.RubricDoc.inlineChoice(score: choice.score?.decimalString(places: 2) ?? "",
                                                                    cost: choice.score == bottom ? "" : String(indicator.effort * choice.step))))
            }
        }
        let policy: String
        switch indicator.notApplicable {
        case .forbid: policy = ""
        case .exclude: policy = t(Words.RubricDoc.notApplicableExcluded)
        case .full: policy = t(Words.RubricDoc.notApplicableFull)
        case .zero: policy = t(Words.RubricDoc.notApplicableZero)
        }
        return IndicatorEntry(
            id: indicator.id, title: text(indicator.title), scenario: indicator.scenario.map(String.init) ?? "",
            question: text(indicator.question), answerForm: form, scaleID: indicator.scale ?? "", hasScale: scaleName != nil,
            choices: choices, hasChoices: !choices.isEmpty, notApplicable: policy, hasNotApplicable: !policy.isEmpty,
            details: [(Words.RubricDoc.guidance, indicator.guidance), (Words.RubricDoc.evidence, indicator.evidence), (Words.RubricDoc.advice, indicator.advice)]
                .compactMap { label, value in text(value).isEmpty ? nil : Item(label: t(label), value: text(value)) },
            weight: indicator.weight.description, effort: indicator.effort)
    }
}
