/// T or one D, before and after, as SPEC §3.5 rounds them.
public struct ScoreChange: Sendable, Equatable {
    /// nil where not applicable (or the domain is not in that side's rubric).
    public let score: Change<ExactNumber?>

    /// new − old of the rounded values: the difference a reader sees between the two
    /// reports, never one that rounding could make disagree with them. nil where either
    /// side has no score.
    public var delta: ExactNumber? {
        guard let old = score.old, let new = score.new else { return nil }
        return new - old
    }

    public var changed: Bool { score.changed }
}

/// One domain's D before and after.
public struct DomainChange: Sendable, Equatable {
    public let id: String
    public let change: ScoreChange
}
