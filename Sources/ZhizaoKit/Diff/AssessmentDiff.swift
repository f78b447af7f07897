/// What changed between two scored assessments: two years of one enterprise, or one
/// assessment under two rubric versions. Computed once from the two results (nothing is
/// re-scored); the renderers only read it. Every list is in rubric order — the new
/// rubric's, then what only the old one has — so output never depends on hashing.
public struct AssessmentDiff: Sendable {
    public let old: ScoreResult
    public let new: ScoreResult
    /// Enterprise and assessment fields that differ.
    public let fields: [FieldChange]
    /// Profile facts that differ.
    public let profile: [ProfileChange]
    /// Indicators whose answer or score differs.
    public let answers: [AnswerChange]
    public let complete: Change<Bool>
    public let total: ScoreChange
    /// Every domain of either rubric, moved or not: a diff that shows the scores shows all five.
    public let domains: [DomainChange]
    /// The result tier (nil: none achieved).
    public let tier: Change<String?>
    /// Tiers whose verdict or any of whose conditions flipped.
    public let tiers: [TierChange]
    /// What the rubric change added, removed or rewrote; empty when both sides used the same
    /// rubric (or rubrics that differ only in text the verdicts do not read).
    public let rubricItems: [RubricItemChange]

    /// Whether the two sides were scored with different rubric files (by fingerprint).
    public var rubricChanged: Bool { old.rubric.fingerprint != new.rubric.fingerprint }

    /// True when nothing a reader would care about differs: same answers, facts and fields,
    /// same scores, same verdicts, same rubric.
    public var isEmpty: Bool {
        fields.isEmpty && profile.isEmpty && answers.isEmpty && !complete.changed && !total.changed
            && !domains.contains { $0.change.changed } && !tier.changed && tiers.isEmpty && !rubricChanged
    }
}
