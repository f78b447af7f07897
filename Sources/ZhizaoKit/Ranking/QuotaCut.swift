/// Where a quota group's places ran out, as an applicant cut by it is told (SPEC §4): the
/// last applicant the group selected, and the first criterion of the total order that put
/// this applicant below it.
public struct QuotaCut: Sendable {
    /// What ordered the two: T, a tie-break (its index in the rubric's list), the credit code,
    /// or the source (one enterprise's two files).
    public enum Criterion: Sendable, Equatable {
        case total
        case tiebreak(Int)
        case creditCode
        case source
    }

    /// The group's canonical value ("" for the whole list, or for applicants without one).
    public let group: String
    public let quota: Int
    /// The last selected applicant of the group; nil when the quota is 0.
    public let last: RankEntry?
    /// Nil when the quota is 0.
    public let criterion: Criterion?

    /// The first criterion on which `above` precedes `below` in the total order (SPEC §4).
    static func criterion(_ above: RankEntry, _ below: RankEntry) -> Criterion {
        if above.total != below.total { return .total }
        for (index, (x, y)) in zip(above.tiebreaks, below.tiebreaks).enumerated() where x != y { return .tiebreak(index) }
        return above.creditCode != below.creditCode ? .creditCode : .source
    }
}
