/// One applicant as a ranking sees it: what its row shows and what orders it, nothing more.
/// A batch of 100,000 keeps one of these per applicant, never the full result.
///
/// A class, not a struct: the outcomes, the lists and the percentile groups each hold every
/// entry, and a reference is 8 bytes where the struct was some 200 (at 100,000 applicants
/// that is tens of megabytes per copy). Immutable, so sharing it is safe.
public final class RankEntry: Sendable {
    /// Where it came from: a file, or `file:row`.
    public let source: String
    /// `sha256:` of the bytes (or the sheet row's cells) it was read from.
    public let fingerprint: String
    /// What it says (`Assessment.contentKey`): equal for the same application sent twice,
    /// whatever the line endings, comments or key order; compared within the run only.
    public let content: Int
    /// The date it was filled in (`submitted`), if given.
    public let submitted: String?
    public let creditCode: String
    public let name: String?
    /// Canonical where the rubric constrains it (SPEC §1 `enterprise_fields`).
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
    /// False when a required indicator is unanswered (SPEC §3.2).
    public let complete: Bool
    /// The required indicators left unanswered, in rubric order.
    public let missingRequired: [String]
    /// Per rubric tier, in rubric order: its own verdict.
    public let achieved: [Bool]
    /// The tier whose failures are kept (the applicant's target: `--tier`, else its
    /// `applying_for`), and every gate, rule and prerequisite of it that failed, with the
    /// values read. Only the target's: a ranking row explains only its list's target.
    public let target: String?
    public let failures: [RankingFailure]
    /// What the input may have meant otherwise (warnings of kind `fraction`: `0.45` in a
    /// percent cell), each naming its field, for `rank` to print; they change nothing in
    /// the ranking.
    public let inputWarnings: [Phrase]

    public init(source: String, fingerprint: String, content: Int? = nil, submitted: String? = nil, creditCode: String, name: String?, city: String?, industry: String?,
                applyingFor: String?, tier: String?, total: ExactNumber, domains: [ExactNumber?], tiebreaks: [Double?],
                complete: Bool = true, missingRequired: [String] = [], achieved: [Bool], target: String? = nil,
                failures: [RankingFailure] = [], inputWarnings: [Phrase] = []) {
        self.source = source
        self.fingerprint = fingerprint
        self.content = content ?? fingerprint.hashValue
        self.submitted = submitted
        self.creditCode = creditCode
        self.name = name
        self.city = city
        self.industry = industry
        self.applyingFor = applyingFor
        self.tier = tier
        self.total = total
        self.domains = domains
        self.tiebreaks = tiebreaks
        self.complete = complete
        self.missingRequired = missingRequired
        self.achieved = achieved
        self.target = target
        self.failures = failures
        self.inputWarnings = inputWarnings
    }

    /// Nil when the assessment has no credit code (`rank` requires one; SPEC §2).
    /// `tier`: `rank --tier`, the target of every applicant; else its own `applying_for`.
    public convenience init?(_ result: ScoreResult, tier: String? = nil) {
        let assessment = result.assessment
        guard let code = assessment.enterprise.creditCode else { return nil }
        let rubric = result.rubric
        let target = tier ?? assessment.applyingFor
        self.init(source: assessment.source, fingerprint: assessment.fingerprint, content: assessment.contentKey(rubric),
                  submitted: assessment.submitted, creditCode: code.value,
                  name: assessment.enterprise.name, city: assessment.enterprise.city, industry: assessment.enterprise.industry,
                  applyingFor: assessment.applyingFor, tier: result.tier, total: result.total,
                  domains: rubric.domains.map { result.domains[$0.id] }, tiebreaks: result.tiebreaks,
                  complete: result.complete,
                  missingRequired: result.indicators.filter { $0.status == .missing && rubric.indicator($0.id)?.required == true }.map(\.id),
                  achieved: rubric.tiers.map { result.verdict($0.id)?.achieved == true },
                  target: target, failures: target.flatMap { result.verdict($0) }.map(RankingFailure.failures) ?? [],
                  inputWarnings: result.warnings.filter { $0.kind == .fraction }.map { warning in
                      warning.id.flatMap(rubric.indicator).map { Words.TypedValues.about(field: rubric.phrase($0.title), warning.message) } ?? warning.message
                  })
    }
}
