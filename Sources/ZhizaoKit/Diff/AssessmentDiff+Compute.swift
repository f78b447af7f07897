/// Computing the difference of two results. Ids are matched, never positions, so a rubric
/// that inserts an indicator does not make every later one look changed.
extension AssessmentDiff {
    public init(old: ScoreResult, new: ScoreResult) {
        self.old = old
        self.new = new
        fields = FieldChange.Field.allCases.compactMap { field in
            let value = Change(old: field.value(in: old.assessment), new: field.value(in: new.assessment))
            return value.changed ? FieldChange(field: field, value: value) : nil
        }
        profile = Self.union(new.rubric.profile.map(\.id), old.rubric.profile.map(\.id)).compactMap { id in
            let value = Change(old: old.assessment.profile[id], new: new.assessment.profile[id])
            return value.changed ? ProfileChange(id: id, value: value) : nil
        }
        answers = Self.answerChanges(old, new)
        complete = Change(old: old.complete, new: new.complete)
        total = ScoreChange(score: Change(old: old.total, new: new.total))
        domains = Self.union(new.rubric.domains.map(\.id), old.rubric.domains.map(\.id)).map { id in
            DomainChange(id: id, change: ScoreChange(score: Change(old: old.domains[id], new: new.domains[id])))
        }
        tier = Change(old: old.tier, new: new.tier)
        tiers = Self.union(new.rubric.tiers.map(\.id), old.rubric.tiers.map(\.id)).compactMap { id in
            let flips = Self.flips(tier: id, old, new)
            let achieved = Change(old: old.verdict(id)?.achieved, new: new.verdict(id)?.achieved)
            return achieved.changed || !flips.isEmpty ? TierChange(id: id, achieved: achieved, flips: flips) : nil
        }
        rubricItems = old.rubric === new.rubric ? [] : RubricComparison(old: old.rubric, new: new.rubric).changes
    }

    /// The new side's ids in order, then the ids only the old side has, in its order.
    static func union(_ new: [String], _ old: [String]) -> [String] {
        let kept = Set(new)
        return new + old.filter { !kept.contains($0) }
    }

    private static func answerChanges(_ old: ScoreResult, _ new: ScoreResult) -> [AnswerChange] {
        // Lookups only; the order comes from the rubrics.
        let oldOutcomes = Dictionary(uniqueKeysWithValues: old.indicators.map { ($0.id, $0) })
        let newOutcomes = Dictionary(uniqueKeysWithValues: new.indicators.map { ($0.id, $0) })
        return union(new.rubric.indicators.map(\.id), old.rubric.indicators.map(\.id)).compactMap { id in
            let answer = Change(old: old.assessment.answers[id], new: new.assessment.answers[id])
            let outcome = Change(old: oldOutcomes[id], new: newOutcomes[id])
            let kind: AnswerChange.Kind
            if !answer.changed {
                // Only a rubric change rescores an answer; an indicator one rubric lacks is
                // listed among the rubric's changes instead.
                guard outcome.changed, outcome.old != nil, outcome.new != nil else { return nil }
                kind = .rescored
            } else if answer.old == nil {
                kind = .added
            } else if answer.new == nil {
                kind = .removed
            } else {
                kind = .changed
            }
            return AnswerChange(id: id, kind: kind, aspects: aspects(answer.old, answer.new), answer: answer, outcome: outcome)
        }
    }

    private static func aspects(_ old: Answer?, _ new: Answer?) -> [AnswerChange.Aspect] {
        guard let old, let new else { return [] }
        return AnswerChange.Aspect.allCases.filter { aspect in
            switch aspect {
            case .value: return old.value != new.value
            case .na: return old.notApplicable != new.notApplicable
            case .evidence: return old.evidence != new.evidence
            case .note: return old.note != new.note
            }
        }
    }

    /// Gates, rules and prerequisites of one tier whose status differs, including those only
    /// one side's rubric has (their other side is nil).
    private static func flips(tier id: String, _ old: ScoreResult, _ new: ScoreResult) -> [OutcomeFlip] {
        let oldSide = TierOutcomes(old, tier: id)
        let newSide = TierOutcomes(new, tier: id)
        var flips: [OutcomeFlip] = []
        for kind in [OutcomeFlip.Kind.gate, .rule, .prerequisite] {
            let oldOutcomes = oldSide.outcomes(kind)
            let newOutcomes = newSide.outcomes(kind)
            // By id through dictionaries, not `first { }` closures: the closures in this loop
            // crashed the Swift 6.3 optimizer ("Found ownership error") in release builds.
            let oldByID = Dictionary(oldOutcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            let newByID = Dictionary(newOutcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for itemID in union(newOutcomes.map(\.id), oldOutcomes.map(\.id)) {
                let (before, after) = (oldByID[itemID], newByID[itemID])
                let (statusBefore, statusAfter) = (before.map(\.status), after.map(\.status))
                if statusBefore != statusAfter { flips.append(OutcomeFlip(kind: kind, id: itemID, old: before, new: after)) }
            }
        }
        return flips
    }
}

/// One side's outcomes for one tier, by kind; empty where its rubric has no such tier.
private struct TierOutcomes {
    let verdict: TierVerdict?
    let requires: [String]

    init(_ result: ScoreResult, tier id: String) {
        verdict = result.verdict(id)
        requires = result.rubric.tier(id)?.requires ?? []
    }

    func outcomes(_ kind: OutcomeFlip.Kind) -> [ExpressionOutcome] {
        guard let verdict else { return [] }
        switch kind {
        case .gate: return verdict.gates
        case .rule: return verdict.rules
        case .prerequisite:
            // A prerequisite reads nothing: it holds when the required tier was achieved.
            return requires.map { required in
                ExpressionOutcome(id: required, status: verdict.missingPrerequisites.contains(required) ? .fail : .pass,
                                  values: [], error: nil)
            }
        }
    }
}
