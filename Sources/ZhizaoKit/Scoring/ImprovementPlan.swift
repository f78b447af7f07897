/// The roadmap to the next tier (SPEC §3, "Improvement plan"): the least-cost set of raises
/// after which the target tier is achieved, with no new consistency warning and the margin
/// asked for; the questions to answer first; and what no answer can change.
public struct ImprovementPlan: Sendable {
    public let tier: String
    /// True when applying the raises achieves the tier: no blocker and no unanswered
    /// question stands in the way.
    public let reachable: Bool
    /// In rubric order. Empty when nothing was found, or when only blockers or unanswered
    /// questions stand in the way.
    public let raises: [PlanRaise]
    /// Whether a set of raises satisfying every condition answers can change was found.
    public let found: Bool
    /// For a found plan: no cheaper plan exists (the search ran to the end). For none
    /// found: answers provably cannot reach the tier. False when the work budget ran out.
    public let proven: Bool
    /// The points T and every D must hold to spare (`--margin`).
    public let requestedMargin: ExactNumber
    /// T after the raises, rounded as the rules read it (nil when nothing was found).
    public let totalAfter: ExactNumber?
    /// T after the raises minus the highest total threshold of the target and the tiers it
    /// requires (nil when no rule sets one, or nothing was found).
    public let marginLeft: ExactNumber?
    /// Required questions left unanswered, in rubric order: answer these first; the verdict
    /// may change.
    public let unanswered: [String]
    public let blockers: [PlanBlocker]

    public init(tier: String, reachable: Bool, raises: [PlanRaise], found: Bool, proven: Bool, requestedMargin: ExactNumber,
                totalAfter: ExactNumber?, marginLeft: ExactNumber?, unanswered: [String], blockers: [PlanBlocker]) {
        self.tier = tier
        self.reachable = reachable
        self.raises = raises
        self.found = found
        self.proven = proven
        self.requestedMargin = requestedMargin
        self.totalAfter = totalAfter
        self.marginLeft = marginLeft
        self.unanswered = unanswered
        self.blockers = blockers
    }

    /// The sum of the raises' costs.
    public var cost: Int { raises.reduce(0) { $0 + $1.cost } }
}

/// One indicator raised: from its answer to a higher-scoring one, by some levels.
public struct PlanRaise: Sendable, Hashable {
    public let indicator: String
    public let from: Answer.Value
    public let to: Answer.Value
    /// Levels climbed (choices, bands or choices added).
    public let levels: Int
    /// The indicator's effort × the steps of the levels climbed (SPEC §1 `step`).
    public let cost: Int
    /// What this raise alone adds to the total T (exact; shown to one decimal).
    public let adds: ExactNumber

    public init(indicator: String, from: Answer.Value, to: Answer.Value, levels: Int, cost: Int, adds: ExactNumber) {
        self.indicator = indicator
        self.from = from
        self.to = to
        self.levels = levels
        self.cost = cost
        self.adds = adds
    }
}

/// Something no answer can change: a gate on the profile, a prerequisite held elsewhere.
public struct PlanBlocker: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// An eligibility condition (申报条件) on profile facts.
        case gate
        /// A tier rule on profile facts, such as an earlier recognition.
        case rule
        /// Answers cannot reach the tier (or the search could not find how within its budget).
        case unreachable
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
