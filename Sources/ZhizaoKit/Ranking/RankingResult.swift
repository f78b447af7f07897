/// What `rank` found (SPEC §4), once, for every document to show: the lists, every input it
/// could not rank, the counts, and where each applicant stands in the batch, its city and
/// its industry (the percentiles, computed here and nowhere else).
public struct RankingResult: Sendable {
    public struct Summary: Sendable {
        public let found: Int
        public let scored: Int
        public let rejected: Int
        /// Files in folders that were not assessments (other extensions, FIFOs, devices), and
        /// workbook sheets that hold no assessments: `skippedSources.count`.
        public let skipped: Int
        /// Each of them: the files, then the sheets (`file.xlsx:Sheet`), in source order.
        public let skippedSources: [String]

        public init(found: Int, scored: Int, rejected: Int, skippedSources: [String]) {
            self.found = found
            self.scored = scored
            self.rejected = rejected
            self.skippedSources = skippedSources
            self.skipped = skippedSources.count
        }
    }

    /// Applicants in one city: how many, how many achieve their list's target, how many
    /// the quota selected.
    public struct CityCount: Sendable {
        /// "" for applicants without a city.
        public let city: String
        public let applicants: Int
        public let achieved: Int
        public let selected: Int
    }

    public let rubric: Rubric
    public let lists: [Ranking.List]
    /// In source order, whatever order the inputs were read in.
    public let rejects: [RankingReject]
    public let summary: Summary
    /// T and every D across the batch, and per city and industry.
    public let percentiles: Percentiles
    /// Applicants per result tier: the rubric's tiers in order, then nil for none.
    public let tierCounts: [(tier: String?, count: Int)]
    /// Per city, in the order of `percentiles.cities`.
    public let cityCounts: [CityCount]

    public init(rubric: Rubric, lists: [Ranking.List], rejects: [RankingReject], summary: Summary) {
        self.rubric = rubric
        self.lists = lists
        self.rejects = rejects.sorted { SourceOrder.precedes($0.source, $1.source) }
        self.summary = summary
        let rows = lists.flatMap(\.rows)
        let entries = rows.map(\.entry)
        percentiles = Percentiles(entries, measures: 1 + rubric.domains.count)
        var perTier: [String: Int] = [:]
        var none = 0
        for entry in entries {
            if let tier = entry.tier { perTier[tier, default: 0] += 1 } else { none += 1 }
        }
        tierCounts = rubric.tiers.map { (Optional($0.id), perTier[$0.id] ?? 0) } + [(nil, none)]
        var perCity: [String: (applicants: Int, achieved: Int, selected: Int)] = [:]
        for row in rows {
            var counts = perCity[row.entry.city ?? "", default: (0, 0, 0)]
            counts.applicants += 1
            if row.achieved == true { counts.achieved += 1 }
            if row.selected == true { counts.selected += 1 }
            perCity[row.entry.city ?? ""] = counts
        }
        cityCounts = percentiles.cities.map { group in
            let counts = perCity[group.name] ?? (0, 0, 0)
            return CityCount(city: group.name, applicants: counts.applicants, achieved: counts.achieved, selected: counts.selected)
        }
    }

    /// Ranks what a batch scored: its ranked applicants into lists, its rejects in source
    /// order. `skippedFiles`: the files the search passed over (a batch names its sheets).
    public init(batch: BatchScorer.Batch, rubric: Rubric, options: Ranking.Options, skippedFiles: [String]) {
        var entries: [RankEntry] = []
        var rejects: [RankingReject] = []
        for outcome in batch.outcomes {
            switch outcome {
            case .ranked(let entry, _): entries.append(entry)
            case .rejected(let reject): rejects.append(reject)
            }
        }
        let lists = Ranking.rank(entries, tiers: rubric.tiers.map(\.id), options: options)
        self.init(rubric: rubric, lists: lists, rejects: rejects,
                  summary: Summary(found: batch.outcomes.count, scored: entries.count, rejected: rejects.count,
                                   skippedSources: skippedFiles.sorted(by: SourceOrder.precedes) + batch.skippedSheets.sorted(by: SourceOrder.precedes)))
    }

    /// An applicant's percentile ranks in its batch, city and industry.
    public func standing(of entry: RankEntry) -> Percentiles.Standing { percentiles.standing(of: entry) }
}
