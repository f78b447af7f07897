/// Why a row of a ranking list stands where it does, beyond its score (SPEC §4, "A ranking
/// defends itself"): facts, in no language yet; the documents put them in words.
public enum RankingReason: Sendable {
    /// Other applications in the batch carry the same credit code with different content
    /// (in source order): the row is never selected and takes no place until a person
    /// resolves it.
    case duplicate(others: [RankEntry])
    /// The applicant names no tier it applies for (and `--tier` was not given): it is in
    /// the list of applicants with no target, where no quota applies.
    case noTarget
    /// Required indicators left unanswered (their ids, rubric order): the row is ranked but
    /// not selected without `--allow-incomplete`.
    case incomplete(missing: [String])
    /// A gate, rule or prerequisite of the list's target that was not met.
    case failed(RankingFailure)
    /// It achieved the target, but its quota group was full.
    case quotaFull(QuotaCut)

    /// The id tools read (`ranking.json`): `duplicate`, `incomplete`, `quota_full`, or the
    /// failed gate's, rule's or prerequisite's id.
    public var id: String {
        switch self {
        case .duplicate: return "duplicate"
        case .noTarget: return "no_target"
        case .incomplete: return "incomplete"
        case .failed(let failure): return failure.id
        case .quotaFull: return "quota_full"
        }
    }
}
