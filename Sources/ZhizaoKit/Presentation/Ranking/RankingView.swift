import Foundation
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
        /// `selected`, `quota_full`, … (SPEC §4), and in words; "" without a quota.
        public let status: String
        public let statusText: String
        public let complete: Bool
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
        /// The ids tools read: `duplicate`, `incomplete`, each failed gate, rule or
        /// prerequisite, `quota_full`.
        public let reasons: [String]
        /// The same, in words, with the values read and the requirement.
        public let why: [String]
        /// Each tie-break's value as shown (a share as a percentage), in rubric order.
        public let tiebreaks: [String]
        /// Each tie-break's value as a plain number for programs ("" where it failed).
        public let tiebreakNumbers: [String]
        /// The quota group, as shown ("" without `--quota-by`).
        public let group: String
        public let source: String
        public let fingerprint: String
    }

    /// One quota group of one target list.
    public struct GroupRow: Sendable {
        public let target: String
        public let targetTitle: String
        /// The canonical value, or "" (none given, or the whole list).
        public let group: String
        /// As shown: the value, `（未填）` or `（整个名单）`.
        public let groupTitle: String
        /// "" without a quota.
        public let quota: String
        public let applicants: String
        public let achieved: String
        public let selected: String
        public let unused: String
        public let quotaFull: String
        public let incomplete: String
        public let duplicates: String
        public let rejects: String
    }

    /// A tie-break rule: its expression and what it is called.
    public struct Tiebreak: Sendable {
        public let expression: String
        public let title: String
    }

    /// The run record (SPEC §4): everything that decided the outcome, as values and in words.
    public struct Run: Sendable {
        public let date: String
        public let tier: String?
        public let quota: Int?
        public let quotaBy: String?
        public let allowIncomplete: Bool
        public let tiebreaks: [Tiebreak]
        /// `(label, text)` pairs the pages show at their top.
        public let lines: [(label: String, text: String)]
        public let skipped: [String]
        public let sameApplications: [SameApplication]
        /// Every input, in source order, with its fingerprint where it was read.
        public let inputs: [(source: String, fingerprint: String?)]
        public let ranked: Int
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
    /// The date and tool version the documents name, injected by the caller.
    public let stamp: OutputStamp
    public var version: String { stamp.version }
    public let run: Run
    public let groups: [GroupRow]
    /// Whether the lists carry a quota (status and group columns mean something).
    public let hasQuota: Bool
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
    /// Every applicant's total, in bins of 5 points.
    let histogram: ScoreHistogramChart
    public let lists: [List]
    public let rejects: [Reject]
    private let tierTitles: [String: String]
    private let percentiles: Percentiles
    private let words: ConditionWords
    private let tiebreakReferences: [String?]
    /// Every row's why, put in words once, in parallel, when the view is made: the six
    /// documents each write every row, and the sentences are the costly part of a row. Only
    /// the sentences are kept (the rest of a row is formatted as a writer asks), so memory
    /// grows by a few hundred bytes per applicant, not by a whole formatted row.
    private let formatted = FormattedWhy()

    /// The quantiles `ranking.json` gives per measure.
    static let quantiles = [10, 25, 50, 75, 90]

    public init(_ result: RankingResult, language: Language, stamp: OutputStamp) {
        let rubric = result.rubric
        let locale = language.rawValue
        self.language = language
        self.stamp = stamp
        let words = ConditionWords(rubric: rubric, language: language)
        self.words = words
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
        let options = result.options
        hasQuota = options.quota != nil
        groups = result.groups.map { summary in
            GroupRow(target: summary.target, targetTitle: titles[summary.target] ?? summary.target, group: summary.group,
                     groupTitle: options.quotaBy == nil ? Words.RankingWhy.wholeList(language)
                        : (summary.group.isEmpty ? Words.RankingWhy.noGroupValue(language) : summary.group),
                     quota: summary.quota.map(String.init) ?? "", applicants: String(summary.applicants), achieved: String(summary.achieved),
                     selected: String(summary.selected), unused: summary.quota == nil ? "" : String(summary.unused),
                     quotaFull: String(summary.quotaFull), incomplete: String(summary.incomplete), duplicates: String(summary.duplicates),
                     rejects: options.quotaBy == nil ? String(result.rejects.count) : String(result.rejectsByGroup[summary.group] ?? 0))
        }
        let references = rubric.ranking.tiebreaks.map { expression -> String? in
            let source = expression.source.trimmingCharacters(in: .whitespaces)
            return words.name(source) == nil ? nil : source
        }
        tiebreakReferences = references
        let tiebreaks = zip(rubric.ranking.tiebreaks, references).map { expression, reference in
            Tiebreak(expression: expression.source, title: reference.flatMap { words.name($0) } ?? expression.source)
        }
        run = Self.run(result, language: language, stamp: stamp, tiebreaks: tiebreaks, tierTitles: titles)
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
        let lines = lists.flatMap(\.rows)
        let view = self
        let sentences = ParallelWork.map(lines.count, jobs: ProcessInfo.processInfo.activeProcessorCount) { view.whySentences(lines[$0]) }
        var why: [ObjectIdentifier: [String]] = [:]
        why.reserveCapacity(lines.count)
        for (line, sentences) in zip(lines, sentences) where !sentences.isEmpty { why[ObjectIdentifier(line.entry)] = sentences }
        formatted.why = why
        formatted.ready = true
    }

    /// A row's why, in words.
    private func whySentences(_ row: Ranking.Row) -> [String] {
        row.reasons.map { why($0, row: row) }
    }

    /// One line of a list.
    public func row(_ row: Ranking.Row) -> Row {
        let entry = row.entry
        return Row(rank: String(row.rank), selected: row.selected, achieved: row.achieved,
                   status: row.status?.rawValue ?? "", statusText: row.status.map { Self.statusText($0)(language) } ?? "",
                   complete: entry.complete, duplicate: row.duplicate,
                   creditCode: entry.creditCode, name: entry.name, city: entry.city, industry: entry.industry,
                   applyingFor: entry.applyingFor, tier: entry.tier, tierTitle: entry.tier.map(tierTitle) ?? "",
                   total: entry.total.decimalString(places: 1), domains: entry.domains.map { $0?.decimalString(places: 1) },
                   reasons: row.reasons.map(\.id),
                   why: formatted.ready ? formatted.why[ObjectIdentifier(entry), default: []] : whySentences(row),
                   tiebreaks: entry.tiebreaks.indices.map { tiebreakValue($0, of: entry) },
                   tiebreakNumbers: entry.tiebreaks.map { $0.map { CELValueFormatter.literal(.double($0)) } ?? "" },
                   group: run.quotaBy == nil ? "" : (row.group.isEmpty ? Words.RankingWhy.noGroupValue(language) : row.group),
                   source: entry.source, fingerprint: entry.fingerprint)
    }

    /// Where a row's applicant stands, as its report says it (`rank --reports`).
    public func placement(_ line: Ranking.Row, target: String?) -> ApplicantPlacement {
        let row = self.row(line)
        let why = Words.RankingWhy.self
        let list = lists.first { $0.target == target }
        var lines = [ApplicantPlacement.Line(label: why.targetList(language), value: list?.title ?? ""),
                     ApplicantPlacement.Line(label: Words.Ranking.rank(language), value: row.rank + " / " + (list?.count ?? ""))]
        if run.quotaBy != nil { lines.append(.init(label: why.groupName(language), value: row.group)) }
        if let quota = run.quota, target != nil {
            lines.append(.init(label: why.quota(language), value: String(quota)))
            lines.append(.init(label: why.status(language), value: row.statusText))
        }
        return ApplicantPlacement(lines: lines, why: row.why)
    }

    /// A tier's title in the view's language (its id where the rubric has no such tier).
    public func tierTitle(_ id: String) -> String { tierTitles[id] ?? id }

    static func statusText(_ status: Ranking.Status) -> Phrase {
        switch status {
        case .selected: return Words.RankingWhy.selected
        case .quotaFull: return Words.RankingWhy.quotaFull
        case .notAchieved: return Words.RankingWhy.notAchieved
        case .duplicate: return Words.RankingWhy.duplicate
        case .incomplete: return Words.RankingWhy.incomplete
        }
    }

    /// A reason in words, with its values.
    func why(_ reason: RankingReason, row: Ranking.Row) -> String {
        switch reason {
        case .duplicate(let others):
            return Words.RankingWhy.duplicate(others: others.map { other in
                Words.RankingWhy.otherApplication(other.source, submitted: other.submitted, total: other.total.decimalString(places: 1))(language)
            })(language)
        case .noTarget:
            return Words.RankingWhy.noTarget(tier: row.entry.tier.map(tierTitle))(language)
        case .incomplete(let missing):
            let titles = missing.prefix(5).map { id in words.rubric.indicator(id).map { words.rubric.text($0.title, language.rawValue) } ?? id }
            return Words.RankingWhy.incomplete(count: missing.count, shown: titles, more: missing.count - titles.count,
                                               selectable: run.allowIncomplete || run.quota == nil || row.status != .incomplete)(language)
        case .failed(let failure):
            return words.sentence(failure)
        case .quotaFull(let cut):
            let group = Words.RankingWhy.group(cut.group)(language)
            guard let last = cut.last, let criterion = cut.criterion else { return Words.RankingWhy.quotaZero(group: group)(language) }
            let entry = row.entry
            let lastName = (last.name.map { $0 + " " } ?? "") + last.creditCode
            let lastValues = ([Words.Conditions.reading(Words.Conditions.total(language), last.total.decimalString(places: 1))(language)]
                + last.tiebreaks.indices.map { Words.Conditions.reading(run.tiebreaks[$0].title, tiebreakValue($0, of: last))(language) })
                .joined(separator: Words.Conditions.readingSeparator(language))
            let below: String
            switch criterion {
            case .total:
                below = Words.RankingWhy.lowerTotal(own: entry.total.decimalString(places: 1), cut: last.total.decimalString(places: 1))(language)
            case .tiebreak(let index):
                below = Words.RankingWhy.lowerTiebreak(run.tiebreaks[index].title, own: tiebreakValue(index, of: entry),
                                                       cut: tiebreakValue(index, of: last))(language)
            case .creditCode: below = Words.RankingWhy.laterCreditCode(language)
            case .source: below = Words.RankingWhy.laterSource(language)
            }
            return Words.RankingWhy.quotaFull(group: group, quota: cut.quota, last: lastName, lastValues: lastValues, below: below)(language)
        }
    }

    /// Tie-break `index` of an entry as shown: a share as a percentage; a failed one says so.
    func tiebreakValue(_ index: Int, of entry: RankEntry) -> String {
        guard index < entry.tiebreaks.count, let value = entry.tiebreaks[index] else { return Words.RankingWhy.noValue(language) }
        if index < tiebreakReferences.count, let reference = tiebreakReferences[index] { return words.value(reference, .double(value)) }
        return ConditionWords.number(.double(value), places: nil)
    }

    /// The run record, values and words.
    static func run(_ result: RankingResult, language: Language, stamp: OutputStamp, tiebreaks: [Tiebreak],
                    tierTitles: [String: String]) -> Run {
        let options = result.options
        let rubric = result.rubric
        let why = Words.RankingWhy.self
        let summary = result.summary
        let ranked = result.lists.reduce(0) { $0 + $1.rows.count }
        var lines: [(String, String)] = [
            (why.date(language), stamp.date),
            (why.rubric(language), "\(rubric.text(rubric.title, language.rawValue)) \(rubric.id) \(rubric.version) · \(rubric.fingerprint)"),
            (why.target(language), options.tier.map { why.targetEveryone(tierTitles[$0] ?? $0)(language) } ?? why.targetOwn(language)),
        ]
        let quota: String
        if let n = options.quota {
            if let field = options.quotaBy {
                quota = why.quotaPerGroup(n, field: why.fieldName(field.rawValue)(language),
                                          canonical: rubric.enterpriseField(field.rawValue) != nil)(language)
            } else {
                quota = why.quotaPerList(n)(language)
            }
        } else {
            quota = why.noQuota(language)
        }
        lines.append((why.quota(language), quota))
        lines.append((why.incompleteRule(language), (options.allowIncomplete ? why.incompleteAllowed : why.incompleteExcluded)(language)))
        lines.append((why.order(language), why.order(tiebreaks: tiebreaks.map(\.title))(language)))
        lines.append((why.counts(language), why.counts(found: summary.found, scored: summary.scored, rejected: summary.rejected,
                                                       skipped: summary.skipped, repeated: summary.repeated, ranked: ranked)(language)))
        lines.append((why.tool(language), "zhizao " + stamp.version))
        var inputs: [(source: String, fingerprint: String?)] = result.lists.flatMap { $0.rows.map { ($0.entry.source, Optional($0.entry.fingerprint)) } }
        let fingerprintOf = Dictionary(result.lists.flatMap { $0.rows.map { ($0.entry.source, $0.entry.fingerprint) } }, uniquingKeysWith: { a, _ in a })
        for fold in result.sameApplications { inputs += fold.repeats.map { ($0, fingerprintOf[fold.kept]) } }
        inputs += result.rejects.map { ($0.source, nil) }
        inputs = SourceOrder.sorted(inputs) { $0.source }
        return Run(date: stamp.date, tier: options.tier, quota: options.quota, quotaBy: options.quotaBy?.rawValue,
                   allowIncomplete: options.allowIncomplete, tiebreaks: tiebreaks, lines: lines, skipped: result.summary.skippedSources,
                   sameApplications: result.sameApplications, inputs: inputs, ranked: ranked)
    }

    /// Where a line's applicant stands in the batch, its city and its industry.
    public func standing(_ row: Ranking.Row) -> Standing {
        let standing = percentiles.standing(of: row.entry)
        func texts(_ tenths: [Int?]) -> [String?] { tenths.map { $0.map { Percentiles.text($0) } } }
        return Standing(batch: texts(standing.batch), city: texts(standing.city), industry: texts(standing.industry))
    }
}

/// The why of every row of a view, in words. Written only while the view is made, before
/// any writer reads it.
private final class FormattedWhy: @unchecked Sendable {
    var why: [ObjectIdentifier: [String]] = [:]
    var ready = false
}
