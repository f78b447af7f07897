/// Something the rubric change added, removed or rewrote (when the two sides were scored
/// with different rubrics, or different versions of one).
public struct RubricItemChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case domain, indicator, gate, tier, rule
    }

    public enum Edit: String, Sendable {
        case added, removed
        /// A gate or rule kept its id but its expression differs (a threshold raised).
        case changed
    }

    public let kind: Kind
    public let id: String
    /// For a rule: the tier it belongs to.
    public let tier: String?
    public let edit: Edit
    /// A gate's or rule's expression on each side (nil on the side that does not have it);
    /// nil for other kinds.
    public let oldExpression: String?
    public let newExpression: String?
}
