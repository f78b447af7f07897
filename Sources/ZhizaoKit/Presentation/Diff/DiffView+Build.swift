/// Building the view: every text of the diff, formatted once.
extension DiffView {
    /// `version`: the tool version the JSON names (the caller's stamp).
    public init(_ diff: AssessmentDiff, language: Language, version: String) {
        let labels = DiffLabels(diff: diff, language: language)
        let arrow = " → "
        self.diff = diff
        self.language = language
        self.version = version
        let enterprise = diff.new.assessment.enterprise
        self.enterprise = enterprise.name ?? diff.old.assessment.enterprise.name ?? diff.new.assessment.source
        creditCode = enterprise.creditCode?.value
        old = Side(source: diff.old.assessment.source, rubric: labels.rubric(diff.old.rubric),
                   fingerprint: String(diff.old.rubric.fingerprint.prefix(19)))
        new = Side(source: diff.new.assessment.source, rubric: labels.rubric(diff.new.rubric),
                   fingerprint: String(diff.new.rubric.fingerprint.prefix(19)))
        isEmpty = diff.isEmpty
        tier = Change(old: labels.tier(diff.tier.old), new: labels.tier(diff.tier.new))
        tierChanged = diff.tier.changed
        complete = diff.complete
        func scoreLine(_ label: String, _ change: ScoreChange) -> ScoreLine {
            ScoreLine(label: label, old: labels.score(change.score.old), new: labels.score(change.score.new),
                      delta: labels.delta(change.delta), changed: change.changed)
        }
        total = scoreLine("", diff.total)
        domains = diff.domains.map { scoreLine(labels.domain($0.id), $0.change) }
        tiers = diff.tiers.map { tier in
            let verdict = tier.achieved.changed
                ? labels.achieved(tier.achieved.old) + arrow + labels.achieved(tier.achieved.new)
                : labels.achieved(tier.achieved.new) + Words.Diff.unchanged(language)
            return TierLine(title: labels.tier(tier.id), verdict: verdict,
                            flips: tier.flips.map { Self.flipLine($0, tier: tier.id, labels: labels) })
        }
        answers = diff.answers.map { change in
            let (old, new) = (change.answer.old, change.answer.new)
            return AnswerLine(
                indicator: labels.indicator(change.id),
                rescored: change.kind == .rescored,
                showsValue: change.kind != .changed || change.aspects.contains(.value) || change.aspects.contains(.na),
                answer: Change(old: labels.answer(old, indicator: change.id, old: true), new: labels.answer(new, indicator: change.id, old: false)),
                evidence: change.aspects.contains(.evidence) ? Change(old: labels.evidence(old), new: labels.evidence(new)) : nil,
                note: change.aspects.contains(.note) ? Change(old: labels.note(old), new: labels.note(new)) : nil,
                score: Change(old: labels.indicatorScore(change.outcome.old), new: labels.indicatorScore(change.outcome.new)),
                scoreChanged: change.scoreChanged)
        }
        fields = diff.fields.map { change in
            ValueLine(label: labels.fieldName(change.field), old: labels.field(change.field, change.value.old),
                      new: labels.field(change.field, change.value.new))
        }
        profile = diff.profile.map { change in
            ValueLine(label: labels.profileFact(change.id), old: labels.profileValue(change.id, change.value.old),
                      new: labels.profileValue(change.id, change.value.new))
        }
        rubricChanged = diff.rubricChanged
        rubricItems = diff.rubricItems.map { item in
            var expressions: Change<String>?
            if item.edit == .changed, let before = item.oldExpression, let after = item.newExpression {
                expressions = Change(old: before, new: after)
            }
            return RubricItemLine(text: labels.rubricItem(item), expressions: expressions)
        }
    }

    /// One flipped condition. Kept out of `init`: reading a flip's statuses inside the
    /// closure there crashed the Swift 6.3.1 optimizer in release builds ("Found ownership
    /// error" in CopyPropagation), as it once did in `AssessmentDiff+Compute`.
    @inline(never)
    static func flipLine(_ flip: OutcomeFlip, tier: String, labels: DiffLabels) -> FlipLine {
        let before = flip.old?.status
        let after = flip.new?.status
        return FlipLine(old: labels.status(before), new: labels.status(after),
                        condition: labels.condition(flip, tier: tier), reads: labels.reads(flip))
    }
}
