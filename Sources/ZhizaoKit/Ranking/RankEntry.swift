/// One applicant as a ranking sees it: what its row shows and what orders it, nothing more.
/// A batch of 100,000 keeps one of these per applicant, never the full result.
///
/// A class, not a struct: the outcomes, the lists and the percentile groups each hold every
/// entry, and a reference is 8 bytes where the struct was some 200 (at 100,000 applicants
/// that is tens of megabytes per copy). Immutable, so sharing it is safe.
public final class RankEntry: Sendable {
    /// Where it came from: a file, or `file:row`.
    public let source: String
    public let creditCode: String
    public let name: String?
    public let city: String?
    public let industry: String?
    public let applyingFor: String?
    /// The result tier (highest achieved), or nil.
    public let tier: String?
    /// T, rounded (SPEC §3.5).
    public let total: ExactNumber
    /// D per rubric domain, in rubric order; nil where the domain does not apply.
    public let domains: [ExactNumber?]
    /// The rubric's tie-breaks; nil where one failed or is not a number.
    public let tiebreaks: [Double?]
    /// Per rubric tier, in rubric order: its own verdict, and the first failures (gates,
    /// rules, prerequisites, in evaluation order) — as many as a ranking line shows.
    public let achieved: [Bool]
    public let failures: [[RankingReason]]

    public init(source: String, creditCode: String, name: String?, city: String?, industry: String?, applyingFor: String?,
                tier: String?, total: ExactNumber, domains: [ExactNumber?], tiebreaks: [Double?], achieved: [Bool], failures: [[RankingReason]]) {
        self.source = source
        self.creditCode = creditCode
        self.name = name
        self.city = city
        self.industry = industry
        self.applyingFor = applyingFor
        self.tier = tier
        self.total = total
        self.domains = domains
        self.tiebreaks = tiebreaks
        self.achieved = achieved
        self.failures = failures.map { Array($0.prefix(Self.reasonsShown)) }
    }

    /// How many failed rules a ranking line gives as its reasons (SPEC §4: the first three).
    public static let reasonsShown = 3

    /// Nil when the assessment has no credit code (`rank` requires one; SPEC §2).
    public convenience init?(_ result: ScoreResult) {
        let assessment = result.assessment
        guard let code = assessment.enterprise.creditCode else { return nil }
        let rubric = result.rubric
        self.init(source: assessment.source, creditCode: code.value, name: assessment.enterprise.name,
                  city: assessment.enterprise.city, industry: assessment.enterprise.industry, applyingFor: assessment.applyingFor,
                  tier: result.tier, total: result.total, domains: rubric.domains.map { result.domains[$0.id] },
                  tiebreaks: result.tiebreaks,
                  achieved: rubric.tiers.map { result.verdict($0.id)?.achieved == true },
                  failures: rubric.tiers.map { result.verdict($0.id).map(RankingReason.failures) ?? [] })
    }
}
