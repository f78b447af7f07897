/// SPEC §4 "Ranking": one list per target tier (rubric order), then the applicants with no
/// target; within a list a total order, so the same batch always gives the same lists,
/// whatever order the files were read in; quotas; duplicate credit codes flagged.
public enum Ranking {
    /// `--quota-by`: the field whose every value gets the quota.
    public enum QuotaField: String, Sendable, CaseIterable {
        case city, industry
    }

    public struct Options: Sendable {
        /// `--tier`: the target for everyone; else each applicant's `applying_for`.
        public var tier: String?
        public var quota: Int?
        public var quotaBy: QuotaField?
        public init(tier: String? = nil, quota: Int? = nil, quotaBy: QuotaField? = nil) {
            self.tier = tier
            self.quota = quota
            self.quotaBy = quotaBy
        }
    }

    public struct Row: Sendable {
        public let rank: Int
        public let entry: RankEntry
        /// Whether it achieves the list's target; nil in the no-target list.
        public let achieved: Bool?
        /// Selected by the quota; nil without a quota or a target.
        public let selected: Bool?
        public let duplicate: Bool
        /// A duplicate credit code, then the first three failed gates, rules and
        /// prerequisites of the target (SPEC §4).
        public let reasons: [RankingReason]
    }

    public struct List: Sendable {
        /// The target tier's id; nil for the applicants with no target.
        public let target: String?
        public let rows: [Row]
    }

    /// `tiers`: the rubric's tier ids, lowest first.
    public static func rank(_ entries: [RankEntry], tiers: [String], options: Options = Options()) -> [List] {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.creditCode, default: 0] += 1 }
        let tierIndex = Dictionary(uniqueKeysWithValues: tiers.enumerated().map { ($1, $0) })

        var byTarget: [Int: [RankEntry]] = [:]
        var noTarget: [RankEntry] = []
        for entry in entries {
            if let target = (options.tier ?? entry.applyingFor).flatMap({ tierIndex[$0] }) {
                byTarget[target, default: []].append(entry)
            } else {
                noTarget.append(entry)
            }
        }

        var lists: [List] = []
        for (index, tier) in tiers.enumerated() {
            guard let members = byTarget[index] else { continue }
            let sorted = members.sorted { a, b in
                let (x, y) = (a.achieved[index], b.achieved[index])
                if x != y { return x }
                return precedes(a, b)
            }
            var taken: [String: Int] = [:]
            let rows = sorted.enumerated().map { position, entry -> Row in
                let duplicate = counts[entry.creditCode, default: 0] > 1
                let achieved = entry.achieved[index]
                var selected: Bool?
                if let quota = options.quota {
                    let group = options.quotaBy.map { field in (field == .city ? entry.city : entry.industry) ?? "" } ?? ""
                    // A duplicate is never selected and takes no place: a person resolves it first.
                    let fits = achieved && !duplicate && taken[group, default: 0] < quota
                    if fits { taken[group, default: 0] += 1 }
                    selected = fits
                }
                return Row(rank: position + 1, entry: entry, achieved: achieved, selected: selected, duplicate: duplicate,
                           reasons: (duplicate ? [.duplicateCreditCode] : []) + (achieved ? [] : entry.failures[index]))
            }
            lists.append(List(target: tier, rows: rows))
        }
        if !noTarget.isEmpty {
            // Higher result tier first, then as within any list.
            let sorted = noTarget.sorted { a, b in
                let (x, y) = (a.tier.flatMap { tierIndex[$0] } ?? -1, b.tier.flatMap { tierIndex[$0] } ?? -1)
                if x != y { return x > y }
                return precedes(a, b)
            }
            lists.append(List(target: nil, rows: sorted.enumerated().map { position, entry in
                let duplicate = counts[entry.creditCode, default: 0] > 1
                return Row(rank: position + 1, entry: entry, achieved: nil, selected: nil, duplicate: duplicate,
                           reasons: duplicate ? [.duplicateCreditCode] : [])
            }))
        }
        return lists
    }

    /// T descending, then each tie-break descending (a missing one after every number), then
    /// credit code ascending, then source (two files of one enterprise still order the same way).
    static func precedes(_ a: RankEntry, _ b: RankEntry) -> Bool {
        if a.total != b.total { return a.total > b.total }
        for (x, y) in zip(a.tiebreaks, b.tiebreaks) {
            switch (x, y) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: continue
            }
        }
        if a.creditCode != b.creditCode { return a.creditCode < b.creditCode }
        return SourceOrder.precedes(a.source, b.source)
    }
}
