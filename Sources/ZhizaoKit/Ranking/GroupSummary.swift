/// One quota group of one target list (SPEC §4): how its places were used, as staff check a
/// shortlist before they publish it.
public struct GroupSummary: Sendable {
    /// The list's target tier.
    public let target: String
    /// The canonical city or industry; "" for applicants without one, or for the whole list
    /// when the quota is not per group.
    public let group: String
    /// Nil without a quota.
    public let quota: Int?
    public let applicants: Int
    public let achieved: Int
    public let selected: Int
    /// Places left empty: the quota minus the selected (0 without a quota).
    public var unused: Int { quota.map { max(0, $0 - selected) } ?? 0 }
    /// Achieved, but not selected because the places were taken.
    public let quotaFull: Int
    /// Incomplete assessments in the group (ranked, not selected without `--allow-incomplete`).
    public let incomplete: Int
    /// Rows flagged as duplicates in the group.
    public let duplicates: Int

    /// One summary per group of each target list: with a constrained `--quota-by` field
    /// every valid value appears (an empty group shows its unused places), in the rubric's
    /// order, then any other value; else the groups found, in text order.
    static func summaries(_ lists: [Ranking.List], options: Ranking.Options, field: EnterpriseField?) -> [GroupSummary] {
        lists.compactMap { list in list.target.map { (list, $0) } }.flatMap { list, target -> [GroupSummary] in
            var byGroup: [String: [Ranking.Row]] = [:]
            for row in list.rows { byGroup[row.group, default: []].append(row) }
            var names: [String]
            if options.quotaBy == nil {
                names = [""]
            } else {
                let listed = field.map { $0.choices.map(\.id) } ?? []
                names = listed + byGroup.keys.filter { !listed.contains($0) }.sorted()
            }
            return names.map { name in
                let rows = byGroup[name] ?? []
                return GroupSummary(target: target, group: name, quota: options.quota, applicants: rows.count,
                                    achieved: rows.filter { $0.achieved == true }.count,
                                    selected: rows.filter { $0.status == .selected }.count,
                                    quotaFull: rows.filter { $0.status == .quotaFull }.count,
                                    incomplete: rows.filter { !$0.entry.complete }.count,
                                    duplicates: rows.filter(\.duplicate).count)
            }
        }
    }
}
