/// One tier whose verdict, or any of whose conditions, differs between the two results.
public struct TierChange: Sendable {
    public let id: String
    /// nil where that side's rubric has no such tier.
    public let achieved: Change<Bool?>
    /// Gates, then rules, then prerequisites, each in rubric order.
    public let flips: [OutcomeFlip]
}
