import OrderedCollections
import ZhizaoCEL

/// Everything scoring decided about one assessment, and why: the single source every
/// output (text, JSON, reports, rankings) is rendered from. No renderer recomputes a score.
public struct ScoreResult: Sendable {
    public let rubric: Rubric
    public let assessment: Assessment
    /// False when a required indicator is unanswered (the result is still scored).
    public let complete: Bool
    /// T, rounded once to one decimal (SPEC §3.5).
    public let total: ExactNumber
    /// D per applicable domain, rounded; absent when the domain is not applicable.
    public let domains: OrderedDictionary<String, ExactNumber>
    public let indicators: [IndicatorResult]
    /// Each metric's value; nil when it failed to evaluate.
    public let metrics: OrderedDictionary<String, CELValue?>
    public let gates: [ExpressionOutcome]
    public let tiers: [TierVerdict]
    /// The highest achieved tier, or nil.
    public let tier: String?
    public internal(set) var warnings: [ResultWarning]
    public var plan: ImprovementPlan?
    /// The rubric's `ranking.tiebreak` values, in order; nil where one fails to evaluate or is
    /// not a number (SPEC §4: it then sorts after every number).
    public internal(set) var tiebreaks: [Double?] = []

    public func verdict(_ tier: String) -> TierVerdict? { tiers.first { $0.id == tier } }
}

public struct IndicatorResult: Sendable, Hashable {
    public enum Status: String, Sendable {
        case answered, missing
        case naExcluded = "na_excluded"
        case naFull = "na_full"
        case naZero = "na_zero"
    }

    public let id: String
    /// s ∈ [0, 1]; nil when excluded by N/A.
    public let score: ExactNumber?
    public let status: Status
}

/// The outcome of one gate or rule, with what it read.
public struct ExpressionOutcome: Sendable {
    public enum Status: String, Sendable {
        case pass, fail, error
    }

    public let id: String
    public let status: Status
    /// The values the expression read (`total = 57.3`), in the order they appear; nil for a
    /// value that was not there (an unanswered indicator, a missing profile fact).
    public let values: [(reference: String, value: CELValue?)]
    /// Why it errored (for `error`), in both languages.
    public let error: Phrase?
}

public struct TierVerdict: Sendable {
    public let id: String
    public let achieved: Bool
    /// The gates that apply to this tier.
    public let gates: [ExpressionOutcome]
    public let rules: [ExpressionOutcome]
    /// Required tiers that were not achieved.
    public let missingPrerequisites: [String]

    /// The ids of what failed, in evaluation order: gates, rules, then prerequisites.
    public var failures: [String] {
        gates.filter { $0.status != .pass }.map(\.id) + rules.filter { $0.status != .pass }.map(\.id) + missingPrerequisites
    }
}

public struct ResultWarning: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case missing, check, metric, rubric, total
        /// A percent answer between 0 and 1, taken literally (`0.45` is 0.45 %, SPEC §2).
        case fraction
    }

    public let kind: Kind
    public let id: String?
    public let message: Phrase
}
