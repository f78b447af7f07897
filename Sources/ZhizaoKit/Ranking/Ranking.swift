/// SPEC §4 "Ranking": one list per target tier (rubric order), then the applicants with no
/// target; within a list a total order, so the same batch always gives the same lists,
/// whatever order the files were read in; quotas per canonical group; duplicate credit codes
/// and incomplete assessments never selected by accident; a why for every row.
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
        /// `--allow-incomplete`: an incomplete assessment may be selected.
        public var allowIncomplete: Bool

        public init(tier: String? = nil, quota: Int? = nil, quotaBy: QuotaField? = nil, allowIncomplete: Bool = false) {
            self.tier = tier
            self.quota = quota
            self.quotaBy = quotaBy
            self.allowIncomplete = allowIncomplete
        }
    }

    /// Where a row stands with a quota (SPEC §4); nil without a quota or a target.
    public enum Status: String, Sendable, CaseIterable {
        case selected
        /// Achieved, but its group's places were taken.
        case quotaFull = "quota_full"
        case notAchieved = "not_achieved"
        /// Its credit code is shared with another application of different content.
        case duplicate
        /// A required indicator is unanswered (and `--allow-incomplete` was not given).
        case incomplete
    }

    public struct Row: Sendable {
        public let rank: Int
        public let entry: RankEntry
        /// Whether it achieves the list's target; nil in the no-target list.
        public let achieved: Bool?
        /// Selected by the quota; nil without a quota or a target.
        public let selected: Bool?
        public let status: Status?
        /// The quota group it counts in: the canonical city or industry ("" for none), or ""
        /// when the quota is for the whole list.
        public let group: String
        public let duplicate: Bool
        /// Every reason, in this order: a duplicate, an incomplete assessment, every failed
        /// gate, rule and prerequisite of the target, the quota's cut line.
        public let reasons: [RankingReason]
    }

    public struct List: Sendable {
        /// The target tier's id; nil for the applicants with no target.
        public let target: String?
        public let rows: [Row]
    }

    /// `tiers`: the rubric's tier ids, lowest first. `group`: an entry's quota group under
    /// `--quota-by` (its canonical value).
    public static func rank(_ entries: [RankEntry], tiers: [String], options: Options = Options(),
                            group: (RankEntry) -> String = { _ in "" }) -> [List] {
        var byCode: [String: [RankEntry]] = [:]
        for entry in entries { byCode[entry.creditCode, default: []].append(entry) }
        func others(_ entry: RankEntry) -> [RankEntry] {
            guard let same = byCode[entry.creditCode], same.count > 1 else { return [] }
            return same.filter { $0 !== entry }.sorted { SourceOrder.precedes($0.source, $1.source) }
        }
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
            var lastSelected: [String: RankEntry] = [:]
            let rows = sorted.enumerated().map { position, entry -> Row in
                let duplicateOf = others(entry)
                let achieved = entry.achieved[index]
                let key = options.quotaBy == nil ? "" : group(entry)
                var reasons: [RankingReason] = []
                if !duplicateOf.isEmpty { reasons.append(.duplicate(others: duplicateOf)) }
                if !entry.complete { reasons.append(.incomplete(missing: entry.missingRequired)) }
                if !achieved, entry.target == tier { reasons += entry.failures.map { .failed($0) } }
                var status: Status?
                if let quota = options.quota {
                    if !duplicateOf.isEmpty {
                        status = .duplicate  // never selected, takes no place: a person resolves it first
                    } else if !achieved {
                        status = .notAchieved
                    } else if !entry.complete && !options.allowIncomplete {
                        status = .incomplete
                    } else if taken[key, default: 0] < quota {
                        taken[key, default: 0] += 1
                        lastSelected[key] = entry
                        status = .selected
                    } else {
                        let last = lastSelected[key]
                        reasons.append(.quotaFull(QuotaCut(group: key, quota: quota, last: last,
                                                           criterion: last.map { QuotaCut.criterion($0, entry) })))
                        status = .quotaFull
                    }
                }
                return Row(rank: position + 1, entry: entry, achieved: achieved, selected: status.map { $0 == .selected },
                           status: status, group: key, duplicate: !duplicateOf.isEmpty, reasons: reasons)
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
                let duplicateOf = others(entry)
                var reasons: [RankingReason] = duplicateOf.isEmpty ? [] : [.duplicate(others: duplicateOf)]
                if !entry.complete { reasons.append(.incomplete(missing: entry.missingRequired)) }
                reasons.append(.noTarget)
                return Row(rank: position + 1, entry: entry, achieved: nil, selected: nil, status: nil,
                           group: options.quotaBy == nil ? "" : group(entry), duplicate: !duplicateOf.isEmpty, reasons: reasons)
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
