/// What `rank` found (SPEC §4), once, for every document to show: the options it ranked with,
/// the lists, every input it could not rank, the counts, the quota groups, and where each
/// applicant stands in the batch, its city and its industry (the percentiles, computed here
/// and nowhere else).
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
        /// Scored inputs that repeat an application with identical content (ranked once).
        public let repeated: Int

        public init(found: Int, scored: Int, rejected: Int, skippedSources: [String], repeated: Int = 0) {
            self.found = found
            self.scored = scored
            self.rejected = rejected
            self.skippedSources = skippedSources
            self.skipped = skippedSources.count
            self.repeated = repeated
        }
    }

    public let rubric: Rubric
    public let options: Ranking.Options
    public let lists: [Ranking.List]
    /// In source order, whatever order the inputs were read in.
    public let rejects: [RankingReject]
    /// Applications reached more than once with identical content, each ranked once.
    public let sameApplications: [SameApplication]
    public let summary: Summary
    /// T and every D across the batch, and per city and industry.
    public let percentiles: Percentiles
    /// Applicants per result tier: the rubric's tiers in order, then nil for none.
    public let tierCounts: [(tier: String?, count: Int)]
    /// Per target list, per quota group.
    public let groups: [GroupSummary]
    /// Rejects per quota group (by the group their city or industry names, where it could be
    /// read and matched), in the order of `groups`' names; batch-wide, as a reject has no
    /// reliable target.
    public let rejectsByGroup: [String: Int]

    /// `entries`: every ranked applicant; identical resubmissions are folded here.
    public init(rubric: Rubric, entries: [RankEntry], rejects: [RankingReject], options: Ranking.Options, summary: Summary) {
        self.rubric = rubric
        self.options = options
        let (kept, folds) = SameApplication.fold(entries)
        sameApplications = folds
        let field = options.quotaBy.flatMap { rubric.enterpriseField($0.rawValue) }
        let quotaBy = options.quotaBy
        lists = Ranking.rank(kept, tiers: rubric.tiers.map(\.id), options: options) { entry in
            Self.group(quotaBy == .industry ? entry.industry : entry.city, field: field)
        }
        self.rejects = SourceOrder.sorted(rejects, by: \.source)
        self.summary = Summary(found: summary.found, scored: summary.scored, rejected: summary.rejected, skippedSources: summary.skippedSources,
                               repeated: folds.reduce(0) { $0 + $1.repeats.count })
        let rows = lists.flatMap(\.rows)
        let ranked = rows.map(\.entry)
        percentiles = Percentiles(ranked, measures: 1 + rubric.domains.count)
        var perTier: [String: Int] = [:]
        var none = 0
        for entry in ranked {
            if let tier = entry.tier { perTier[tier, default: 0] += 1 } else { none += 1 }
        }
        tierCounts = rubric.tiers.map { (Optional($0.id), perTier[$0.id] ?? 0) } + [(nil, none)]
        groups = GroupSummary.summaries(lists, options: options, field: field)
        var rejectsByGroup: [String: Int] = [:]
        if options.quotaBy != nil {
            for reject in self.rejects {
                rejectsByGroup[Self.group(reject.groupText(quotaBy), field: field), default: 0] += 1
            }
        }
        self.rejectsByGroup = rejectsByGroup
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
        self.init(rubric: rubric, entries: entries, rejects: rejects, options: options,
                  summary: Summary(found: batch.outcomes.count, scored: entries.count, rejected: rejects.count,
                                   skippedSources: skippedFiles.sorted(by: SourceOrder.precedes) + batch.skippedSheets.sorted(by: SourceOrder.precedes)))
    }

    /// The quota group of a value: where the rubric constrains the field, its canonical value
    /// (an applicant's is canonical already; a reject's raw text is matched here, "" when it
    /// matches nothing); else the text trimmed and NFKC-normalised, never the raw text.
    static func group(_ value: String?, field: EnterpriseField?) -> String {
        guard let value else { return "" }
        guard let field else { return TypedText.normalized(value) }
        return field.canonical(value) ?? ""
    }

    /// An applicant's percentile ranks in its batch, city and industry.
    public func standing(of entry: RankEntry) -> Percentiles.Standing { percentiles.standing(of: entry) }
}
