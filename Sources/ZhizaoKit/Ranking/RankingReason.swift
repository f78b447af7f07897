/// Why a row of a ranking list stands where it does, beyond its score (SPEC §4): its
/// credit code is shared with another applicant, or the list's target tier failed it.
public enum RankingReason: Sendable, Hashable {
    /// Another applicant in the batch has the same credit code: the row is never selected
    /// and takes no place until a person resolves it.
    case duplicateCreditCode
    /// A gate of the target tier that did not pass (its id).
    case failedGate(String)
    /// A rule of the target tier that did not pass (its id).
    case failedRule(String)
    /// A tier the target requires that was not achieved (its id).
    case missingPrerequisite(String)

    /// What a tier's verdict failed, in evaluation order: gates, rules, then prerequisites.
    public static func failures(of verdict: TierVerdict) -> [RankingReason] {
        verdict.gates.filter { $0.status != .pass }.map { .failedGate($0.id) }
            + verdict.rules.filter { $0.status != .pass }.map { .failedRule($0.id) }
            + verdict.missingPrerequisites.map { .missingPrerequisite($0) }
    }
}
