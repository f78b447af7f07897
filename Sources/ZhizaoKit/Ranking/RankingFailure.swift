import ZhizaoCEL

/// One condition of a tier that an applicant did not meet, with what it read, so that a
/// ranking can say why in words ("总分 58.4，要求不低于 60") and not only by id.
public struct RankingFailure: Sendable {
    public enum Kind: String, Sendable {
        case gate, rule, prerequisite
    }

    public let kind: Kind
    /// The gate's or rule's id, or the missing prerequisite tier's id.
    public let id: String
    /// `fail`, or `error` when the expression could not be evaluated (a prerequisite: `fail`).
    public let status: ExpressionOutcome.Status
    /// The values the expression read (nil: not there, e.g. an unanswered indicator).
    public let values: [(reference: String, value: CELValue?)]
    /// Why it could not be evaluated (status `error`).
    public let error: Phrase?

    public init(kind: Kind, id: String, status: ExpressionOutcome.Status, values: [(reference: String, value: CELValue?)] = [], error: Phrase? = nil) {
        self.kind = kind
        self.id = id
        self.status = status
        self.values = values
        self.error = error
    }

    /// What a tier's verdict failed, in evaluation order: gates, rules, then prerequisites.
    public static func failures(of verdict: TierVerdict) -> [RankingFailure] {
        verdict.gates.filter { $0.status != .pass }.map { RankingFailure(kind: .gate, outcome: $0) }
            + verdict.rules.filter { $0.status != .pass }.map { RankingFailure(kind: .rule, outcome: $0) }
            + verdict.missingPrerequisites.map { RankingFailure(kind: .prerequisite, id: $0, status: .fail) }
    }

    init(kind: Kind, outcome: ExpressionOutcome) {
        self.init(kind: kind, id: outcome.id, status: outcome.status, values: outcome.values, error: outcome.error)
    }
}
