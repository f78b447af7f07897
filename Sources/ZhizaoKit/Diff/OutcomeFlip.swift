/// A gate, rule or prerequisite of one tier whose status differs between the two results.
public struct OutcomeFlip: Sendable {
    public enum Kind: String, Sendable {
        case gate, rule, prerequisite
    }

    public let kind: Kind
    public let id: String
    /// Each side's outcome, with the values it read; nil where that side's rubric does not
    /// have it. A prerequisite's outcome is `pass` when the required tier was achieved and
    /// `fail` when not, and reads nothing.
    public let old: ExpressionOutcome?
    public let new: ExpressionOutcome?

    public var status: Change<ExpressionOutcome.Status?> { Change(old: old?.status, new: new?.status) }
}
