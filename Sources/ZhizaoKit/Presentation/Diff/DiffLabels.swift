import ZhizaoCEL

/// The words of a diff for a person, in one language, used once while the `DiffView` is
/// built: titles with their ids, answers as labels, numbers as SPEC §3.5 rounds them.
/// Titles come from the new rubric, or the old one for what only it has.
struct DiffLabels {
    let diff: AssessmentDiff
    let language: Language

    var locale: String { language.rawValue }
    private var oldRubric: Rubric { diff.old.rubric }
    private var newRubric: Rubric { diff.new.rubric }

    private func words(_ phrase: Phrase) -> String { phrase(language) }

    /// `title（id）`, or the id alone when the rubric gives no other title.
    func named(_ title: String?, _ id: String) -> String {
        guard let title, title != id, !title.isEmpty else { return id }
        return title + words(Words.Punctuation.parenthetical(id))
    }

    /// The title from the new rubric, else the old.
    private func title(_ pick: (Rubric) -> LocalizedText?) -> String? {
        if let text = pick(newRubric) { return newRubric.text(text, locale) }
        return pick(oldRubric).map { oldRubric.text($0, locale) }
    }

    func indicator(_ id: String) -> String { named(title { $0.indicator(id)?.title }, id) }

    func domain(_ id: String) -> String { title { $0.domains.first { $0.id == id }?.title } ?? id }

    func profileFact(_ id: String) -> String { named(title { $0.profileFact(id)?.title }, id) }

    /// A tier's title with its id; nil is the verdict "no tier".
    func tier(_ id: String?) -> String {
        guard let id else { return words(Words.Diff.noTier) }
        return named(title { $0.tier(id)?.title }, id)
    }

    func achieved(_ achieved: Bool?) -> String {
        switch achieved {
        case true?: return words(Words.Diff.achieved)
        case false?: return words(Words.Diff.notAchieved)
        case nil: return words(Words.Diff.tierNotInRubric)
        }
    }

    /// What a flipped condition is: its kind, title and id.
    func condition(_ flip: OutcomeFlip, tier: String) -> String {
        switch flip.kind {
        case .gate:
            return words(Words.Diff.gate(named(title { $0.gates.first { $0.id == flip.id }?.title }, flip.id)))
        case .rule:
            let provisional = rule(tier, flip.id)?.provisional == true ? words(Words.Diff.provisional) : ""
            return words(Words.Diff.rule(named(title { $0.tier(tier)?.rules.first { $0.id == flip.id }?.title }.map { $0 + provisional }, flip.id)))
        case .prerequisite:
            return words(Words.Diff.requires(self.tier(flip.id)))
        }
    }

    private func rule(_ tier: String, _ id: String) -> Rule? {
        newRubric.tier(tier)?.rules.first { $0.id == id } ?? oldRubric.tier(tier)?.rules.first { $0.id == id }
    }

    func status(_ status: ExpressionOutcome.Status?) -> String {
        switch status {
        case .pass?: return words(Words.Diff.pass)
        case .fail?: return words(Words.Diff.fail)
        case .error?: return words(Words.Diff.error)
        case nil: return words(Words.Diff.absent)
        }
    }

    /// What a flipped condition read, each value once: `total = 58.4 → 60.9`, or
    /// `cmmm_level = 3` when it did not move; then any error.
    func reads(_ flip: OutcomeFlip) -> [String] {
        let oldValues = flip.old?.values ?? []
        let newValues = flip.new?.values ?? []
        let references = AssessmentDiff.union(newValues.map(\.reference), oldValues.map(\.reference))
        var parts = references.map { reference -> String in
            let before = oldValues.first { $0.reference == reference }.map { value($0.value) }
            let after = newValues.first { $0.reference == reference }.map { value($0.value) }
            switch (before, after) {
            case (let b?, let a?) where a == b: return "\(reference) = \(a)"
            default: return "\(reference) = \(before ?? "—") → \(after ?? "—")"
            }
        }
        if let error = flip.old?.error { parts.append(words(Words.Diff.oldError(error.text(language)))) }
        if let error = flip.new?.error { parts.append(words(Words.Diff.newError(error.text(language)))) }
        return parts
    }

    private func value(_ value: CELValue?) -> String {
        value.map(ValueText.display) ?? words(Words.Diff.none)
    }

    /// T or D with one decimal; a domain that is not applicable says so.
    func score(_ score: ExactNumber?) -> String {
        score.map { $0.decimalString(places: 1) } ?? words(Words.Diff.notApplicableScore)
    }

    /// A signed difference with one decimal: `+2.5`, `-0.4`, `0.0`.
    func delta(_ delta: ExactNumber?) -> String {
        guard let delta else { return "" }
        return (delta > .zero ? "+" : "") + delta.decimalString(places: 1)
    }

    /// An indicator's s with two decimals, as the report shows it.
    func indicatorScore(_ outcome: IndicatorResult?) -> String {
        guard let outcome else { return "—" }
        return outcome.score.map { $0.decimalString(places: 2) } ?? words(Words.Diff.excluded)
    }

    /// An answer's value (or N/A reason) as its side's rubric labels it.
    func answer(_ answer: Answer?, indicator id: String, old: Bool) -> String {
        guard let answer else { return words(Words.Diff.unanswered) }
        if let reason = answer.notApplicable { return words(Words.Diff.notApplicable(because: reason)) }
        let rubric = old ? oldRubric : newRubric
        return AnswerText.text(answer.value, indicator: rubric.indicator(id), rubric: rubric, language)
    }

    func evidence(_ answer: Answer?) -> String {
        guard let evidence = answer?.evidence, !evidence.isEmpty else { return words(Words.Diff.none) }
        return evidence.joined(separator: words(Words.Punctuation.listSeparator))
    }

    func note(_ answer: Answer?) -> String {
        answer?.note ?? words(Words.Diff.none)
    }

    /// What a reader calls an enterprise field.
    func fieldName(_ field: FieldChange.Field) -> String {
        switch field {
        case .name: return words(Words.Diff.name)
        case .creditCode: return words(Words.Diff.creditCode)
        case .city: return words(Words.Diff.city)
        case .industry: return words(Words.Diff.industry)
        case .applyingFor: return words(Words.Diff.applyingFor)
        case .submitted: return words(Words.Diff.submitted)
        }
    }

    /// A field's value: `applying_for` by its tier's title; an empty field says so.
    func field(_ field: FieldChange.Field, _ value: String?) -> String {
        guard let value else { return words(Words.Diff.none) }
        return field == .applyingFor ? tier(value) : value
    }

    /// A profile fact's value: a choice by its label, a bool as 是/否.
    func profileValue(_ id: String, _ value: ProfileValue?) -> String {
        switch value {
        case nil: return words(Words.Diff.notGiven)
        case .bool(let b)?: return words(b ? Words.Diff.yes : Words.Diff.no)
        case .int(let i)?: return String(i)
        case .number(let n)?: return n.description
        case .string(let s)?:
            return title { $0.profileFact(id)?.choices.first { $0.id == s }?.label } ?? s
        }
    }

    func rubric(_ rubric: Rubric) -> String { "\(rubric.id) \(rubric.version)" }

    func rubricItem(_ item: RubricItemChange) -> String {
        let kind: Phrase
        let name: String
        switch item.kind {
        case .domain: kind = Words.Diff.domainItem; name = named(domain(item.id), item.id)
        case .indicator: kind = Words.Diff.indicatorItem; name = indicator(item.id)
        case .gate: kind = Words.Diff.gateItem; name = named(title { $0.gates.first { $0.id == item.id }?.title }, item.id)
        case .tier: kind = Words.Diff.tierItem; name = tier(item.id)
        case .rule:
            kind = Words.Diff.ruleItem
            name = named(title { rubric in rubric.tier(item.tier ?? "")?.rules.first { $0.id == item.id }?.title }, item.id)
                + (item.tier.map { " · " + tier($0) } ?? "")
        }
        let edit: Phrase
        switch item.edit {
        case .added: edit = Words.Diff.added
        case .removed: edit = Words.Diff.removed
        case .changed: edit = Words.Diff.rewritten
        }
        return words(Words.Diff.rubricItem(words(edit), words(kind), name))
    }
}
