import ZhizaoCEL

/// What the five ranking documents show (SPEC §4), formatted once in one language from a
/// `RankingResult`: the summary, the counts, the distributions, the lists' heads and the
/// rejects. A list's rows are formatted one at a time as a writer asks for them
/// (`row(_:)`), so the rows of 100,000 applicants never exist as text at once.
public struct RankingView: Sendable {
    /// One measure's distribution in one group, as `ranking.json` gives it.
    public struct Distribution: Sendable {
        /// `total` or a domain id.
        public let measure: String
        public let count: String
        /// `p10` … `p90` and the value (one decimal); nil in an empty group.
        public let quantiles: [(name: String, value: String?)]
    }

    /// A group (the batch, a city, an industry) and its distributions.
    public struct Group: Sendable {
        /// The city or industry as the input gives it; "" for the batch or for none.
        public let name: String
        public let count: String
        public let distributions: [Distribution]
    }

    /// A row of the table of quartiles in `ranking.md` and `ranking.html`.
    public struct QuartileRow: Sendable {
        public let name: String
        public let count: String
        /// Per measure, `P25 / P50 / P75`.
        public let quartiles: [String]
    }

    /// A row of the per-city table of `ranking.html`.
    public struct CityRow: Sendable {
        public let city: String
        public let count: String
        public let achieved: String
        public let selected: String
        public let median: String
    }

    public struct TierCount: Sendable {
        /// The tier's id; nil for the applicants that achieve none.
        public let id: String?
        public let title: String
        public let count: String
    }

    /// A list's head; its rows are formatted by `row(_:)`.
    public struct List: Sendable {
        /// The target tier's id; nil for the applicants with no target.
        public let target: String?
        public let title: String
        public let count: String
        public let rows: [Ranking.Row]
    }

    /// One applicant's line, every value formatted (ids stay ids; the writers escape).
    public struct Row: Sendable {
        public let rank: String
        public let selected: Bool?
        public let achieved: Bool?
        public let duplicate: Bool
        public let creditCode: String
        public let name: String?
        public let city: String?
        public let industry: String?
        public let applyingFor: String?
        /// The result tier's id, and its title in the view's language ("" for none).
        public let tier: String?
        public let tierTitle: String
        /// One decimal.
        public let total: String
        /// Per domain, one decimal; nil where the domain does not apply.
        public let domains: [String?]
        /// `duplicate`, then the ids of what the target failed.
        public let reasons: [String]
        public let source: String
    }

    /// An applicant's percentile ranks per measure (`87.5`; nil where the measure does not
    /// apply to it).
    public struct Standing: Sendable {
        public let batch: [String?]
        public let city: [String?]
        public let industry: [String?]
    }

    public struct Reject: Sendable {
        public let source: String
        /// Its problems, rendered in the view's language, `; ` between them.
        public let reason: String
        /// The applicant as far as the input could be read (raw text), nil where it could not.
        public let name: String?
        public let creditCode: String?
        public let city: String?
    }

    public let language: Language
    /// The tool version `ranking.json` names, injected by the caller.
    public let version: String
    public let rubricID: String
    public let rubricVersion: String
    public let rubricFingerprint: String
    public let rubricTitle: String
    public let summary: RankingResult.Summary
    /// `total`, then each domain id.
    public let measures: [String]
    public let domainIDs: [String]
    public let domainTitles: [String]
    public let tierCounts: [TierCount]
    public let batch: Group
    public let cities: [Group]
    public let industries: [Group]
    /// Per measure, `总分 P25 / P50 / P75`; then a row for the batch and one per city.
    public let quartileHeadings: [String]
    public let quartileRows: [QuartileRow]
    public let cityRows: [CityRow]
    /// Every applicant's total, in bins of 5 points.
    let histogram: ScoreHistogramChart
    public let lists: [List]
    public let rejects: [Reject]
    private let tierTitles: [String: String]
    private let percentiles: Percentiles

    /// The quantiles `ranking.json` gives per measure.
    static let quantiles = [10, 25, 50, 75, 90]

    public init(_ result: RankingResult, language: Language, version: String) {
        let rubric = result.rubric
        let locale = language.rawValue
        self.language = language
        self.version = version
        rubricID = rubric.id
        rubricVersion = rubric.version
        rubricFingerprint = rubric.fingerprint
        rubricTitle = rubric.text(rubric.title, locale)
        summary = result.summary
        measures = ["total"] + rubric.domains.map(\.id)
        domainIDs = rubric.domains.map(\.id)
        domainTitles = rubric.domains.map { rubric.text($0.title, locale) }
        let titles = Dictionary(uniqueKeysWithValues: rubric.tiers.map { ($0.id, rubric.text($0.title, locale)) })
        tierTitles = titles
        tierCounts = result.tierCounts.map { tier, count in
            TierCount(id: tier, title: tier.flatMap { titles[$0] } ?? Words.Ranking.noTier(language), count: String(count))
        }
        let measures = self.measures
        func group(_ group: Percentiles.Group) -> Group {
            Group(name: group.name, count: String(group.count), distributions: zip(measures, group.distributions).map { measure, distribution in
                Distribution(measure: measure, count: String(distribution.count), quantiles: Self.quantiles.map { p in
                    ("p\(p)", distribution.quantile(p).map { $0.decimalString(places: 1) })
                })
            })
        }
        let percentiles = result.percentiles
        batch = group(percentiles.batch)
        cities = percentiles.cities.map(group)
        industries = percentiles.industries.map(group)
        quartileHeadings = ([Words.Ranking.total(language)] + domainTitles).map { $0 + " P25 / P50 / P75" }
        quartileRows = ([percentiles.batch] + percentiles.cities).enumerated().map { index, group in
            QuartileRow(name: index == 0 ? Words.Ranking.all(language) : (group.name.isEmpty ? Words.Ranking.noCity(language) : group.name),
                        count: String(group.count),
                        quartiles: group.distributions.map { d in
                            [25, 50, 75].map { d.quantile($0).map { $0.decimalString(places: 1) } ?? "–" }.joined(separator: " / ")
                        })
        }
        cityRows = zip(result.cityCounts, percentiles.cities).map { counts, group in
            CityRow(city: counts.city.isEmpty ? Words.Ranking.noCityShort(language) : counts.city, count: String(counts.applicants),
                    achieved: String(counts.achieved), selected: String(counts.selected),
                    median: group.distributions[0].quantile(50).map { $0.decimalString(places: 1) } ?? "")
        }
        histogram = ScoreHistogramChart(totals: result.lists.flatMap { $0.rows.map(\.entry.total) }, title: Words.Ranking.histogram(language))
        lists = result.lists.map { list in
            List(target: list.target, title: list.target.map { titles[$0] ?? "" } ?? Words.Ranking.noTarget(language),
                 count: String(list.rows.count), rows: list.rows)
        }
        rejects = result.rejects.map { reject in
            Reject(source: reject.source, reason: reject.reasons.map { $0.rendered(language) }.joined(separator: "; "),
                   name: reject.name, creditCode: reject.creditCode, city: reject.city)
        }
        self.percentiles = percentiles
    }

    /// One line of a list.
    public func row(_ row: Ranking.Row) -> Row {
        let entry = row.entry
        return Row(rank: String(row.rank), selected: row.selected, achieved: row.achieved, duplicate: row.duplicate,
                   creditCode: entry.creditCode, name: entry.name, city: entry.city, industry: entry.industry,
                   applyingFor: entry.applyingFor, tier: entry.tier, tierTitle: entry.tier.map { tierTitles[$0] ?? $0 } ?? "",
                   total: entry.total.decimalString(places: 1), domains: entry.domains.map { $0?.decimalString(places: 1) },
                   reasons: row.reasons.map(Self.text), source: entry.source)
    }

    /// Where a line's applicant stands in the batch, its city and its industry.
    public func standing(_ row: Ranking.Row) -> Standing {
        let standing = percentiles.standing(of: row.entry)
        func texts(_ tenths: [Int?]) -> [String?] { tenths.map { $0.map { Percentiles.text($0) } } }
        return Standing(batch: texts(standing.batch), city: texts(standing.city), industry: texts(standing.industry))
    }

    /// A reason as the documents write it: an id, never translated (tools read them).
    static func text(_ reason: RankingReason) -> String {
        switch reason {
        case .duplicateCreditCode: return "duplicate"
        case .failedGate(let id), .failedRule(let id), .missingPrerequisite(let id): return id
        }
    }
}
