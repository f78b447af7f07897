/// A named derived value (e.g. the share of scenarios that use AI), evaluated in order;
/// later metrics, gates and rules read it as `metric.<id>`.
public struct Metric: Sendable, Identifiable {
    /// How a metric's value is shown (SPEC §1): a count, a share 0..1 shown as a
    /// percentage, or a plain number.
    public enum Unit: String, Sendable, CaseIterable {
        case count, percent, number
    }

    public let id: String
    public let title: LocalizedText
    public let unit: Unit
    public let expression: RubricExpression
}

/// A consistency check on the answers: false raises a warning, never changes a score.
public struct Check: Sendable, Identifiable {
    public let id: String
    public let message: LocalizedText
    public let expression: RubricExpression
}

/// An eligibility condition (申报条件): when it does not hold, the tiers it applies to are
/// blocked, whatever the scores.
public struct Gate: Sendable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let expression: RubricExpression
    /// The tiers it applies to; nil means every tier.
    public let tiers: [String]?
    public let source: String?
    public let provisional: Bool

    public func applies(to tier: String) -> Bool {
        tiers?.contains(tier) ?? true
    }
}

/// A condition a tier requires (a score threshold, a scenario count, a maturity level).
public struct Rule: Sendable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let expression: RubricExpression
    public let source: String?
    /// No public source fixes this threshold; reports mark it.
    public let provisional: Bool
}

/// A rung of the ladder: achieved when its gates hold, its rules hold and the tiers it
/// requires are achieved.
public struct Tier: Sendable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let requires: [String]
    public let rules: [Rule]
}

/// How applicants that tie on the total are ordered (descending), before credit code.
public struct RankingSpecification: Sendable {
    public let tiebreaks: [RubricExpression]
}
