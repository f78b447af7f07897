/// The cheapest way up (SPEC §3, "Improvement plan"): the fewest answer changes that make
/// the target tier achieved, then the least total effort; and what answers cannot fix.
public struct ImprovementPlan: Sendable {
    public let tier: String
    /// True when the listed changes achieve the tier (then there are no blockers).
    public let reachable: Bool
    public let changes: [PlanChange]
    public let blockers: [PlanBlocker]
    /// False when the search was cut short for time: the plan works but may not be the smallest.
    public let provenMinimal: Bool

    public init(tier: String, reachable: Bool, changes: [PlanChange], blockers: [PlanBlocker], provenMinimal: Bool) {
        self.tier = tier
        self.reachable = reachable
        self.changes = changes
        self.blockers = blockers
        self.provenMinimal = provenMinimal
    }
}

public struct PlanChange: Sendable, Hashable {
    public let indicator: String
    /// The current answer (nil when unanswered).
    public let from: Answer.Value?
    public let to: Answer.Value
    /// What the change alone adds to the total T (exact; shown to one decimal).
    public let adds: ExactNumber
    /// The indicator's effort × the steps climbed.
    public let effort: Int

    public init(indicator: String, from: Answer.Value?, to: Answer.Value, adds: ExactNumber, effort: Int) {
        self.indicator = indicator
        self.from = from
        self.to = to
        self.adds = adds
        self.effort = effort
    }
}

/// Something no answer can change: a gate on the profile, a prerequisite held elsewhere.
public struct PlanBlocker: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case gate, rule
    }

    public let kind: Kind
    public let id: String
    public let message: Phrase

    public init(kind: Kind, id: String, message: Phrase) {
        self.kind = kind
        self.id = id
        self.message = message
    }
}
