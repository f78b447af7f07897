import Foundation
import Mustache
import ZhizaoCEL

/// The files `rank --out DIR` writes (SPEC §4): ranking.csv, ranking.json, ranking.md,
/// ranking.html and rejected.csv, each streamed a row at a time into a temporary file that
/// is renamed into place once complete.
public struct RankingReport: Sendable {
    public struct Summary: Sendable {
        public let found: Int
        public let scored: Int
        public let rejected: Int
        /// Files in folders that were not assessments (other extensions, FIFOs, devices).
        public let skipped: Int
        public init(found: Int, scored: Int, rejected: Int, skipped: Int) {
            self.found = found
            self.scored = scored
            self.rejected = rejected
            self.skipped = skipped
        }
    }

    public let rubric: Rubric
    public let lists: [Ranking.List]
    public let rejects: [(source: String, reason: String)]
    public let summary: Summary
    public let language: Language
    /// T and every D across the batch, and per city and industry.
    public let percentiles: Percentiles

    public init(rubric: Rubric, lists: [Ranking.List], rejects: [(source: String, reason: String)], summary: Summary, language: Language) {
        self.rubric = rubric
        self.lists = lists
        self.rejects = rejects
        self.summary = summary
        self.language = language
        self.percentiles = Percentiles(lists.flatMap { $0.rows.map(\.entry) }, measures: 1 + rubric.domains.count)
    }

    /// The measures' ids: `total`, then each domain id.
    var measureIDs: [String] { ["total"] + rubric.domains.map(\.id) }

    /// The quartiles the summary shows.
    static let quantiles = [10, 25, 50, 75, 90]

    func distributionJSON(_ group: Percentiles.Group) -> JSONValue {
        .object([("name", .string(group.name)), ("count", .number(String(group.count)))] + zip(measureIDs, group.distributions).map { id, distribution in
            (id, .object([("count", .number(String(distribution.count)))] + Self.quantiles.map { p in
                ("p\(p)", distribution.quantile(p).map { .decimal($0, places: 1) } ?? .null)
            }))
        })
    }

    func standingJSON(_ standing: Percentiles.Standing) -> JSONValue {
        func ranks(_ values: [Int?]) -> JSONValue {
            .object(zip(measureIDs, values).map { ($0, $1.map { .number(Percentiles.text($0)) } ?? .null) })
        }
        return .object([("batch", ranks(standing.batch)), ("city", ranks(standing.city)), ("industry", ranks(standing.industry))])
    }

    /// The distribution table of `ranking.md` and `ranking.html`: a row for the batch, then
    /// one per city; per measure, "P25 / P50 / P75".
    var distributionTable: (headings: [String], rows: [(name: String, count: Int, quartiles: [String])]) {
        let zh = language == .zh
        let headings = ([zh ? "总分" : "Total"] + rubric.domains.map { rubric.text($0.title, language.rawValue) }).map { $0 + " P25 / P50 / P75" }
        let rows = ([percentiles.batch] + percentiles.cities).enumerated().map { index, group in
            (name: index == 0 ? (zh ? "全部" : "All") : (group.name.isEmpty ? (zh ? "（未填城市）" : "(no city)") : group.name), count: group.count,
             quartiles: group.distributions.map { d in [25, 50, 75].map { d.quantile($0).map { $0.decimalString(places: 1) } ?? "–" }.joined(separator: " / ") })
        }
        return (headings, rows)
    }

    /// Applicants per result tier (rubric order, then none) and per city.
    var tierCounts: [(tier: String?, count: Int)] {
        let entries = lists.flatMap { $0.rows.map(\.entry) }
        return (rubric.tiers.map { Optional($0.id) } + [nil]).map { tier in (tier, entries.filter { $0.tier == tier }.count) }
    }

    static func decimal(_ value: ExactNumber?) -> String { value.map { $0.decimalString(places: 1) } ?? "" }

    static func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }

    /// `ranking.csv`: one row per applicant, lists in rubric tier order, then the no-target list.
    public func csv<Out: TextOutputStream>(to out: inout Out) {
        out.write(CSVFormat.byteOrderMark)
        out.write(CSVFormat.row(["target", "rank", "selected", "credit_code", "name", "city", "industry", "applying_for", "tier", "achieved", "total"]
                                + rubric.domains.map(\.id) + ["reasons"]))
        for list in lists {
            for row in list.rows {
                let entry = row.entry
                out.write(CSVFormat.row([CSVFormat.text(list.target ?? ""), String(row.rank), Self.bool(row.selected),
                                         CSVFormat.text(entry.creditCode), CSVFormat.text(entry.name ?? ""), CSVFormat.text(entry.city ?? ""),
                                         CSVFormat.text(entry.industry ?? ""), CSVFormat.text(entry.applyingFor ?? ""), CSVFormat.text(entry.tier ?? ""),
                                         Self.bool(row.achieved), Self.decimal(entry.total)]
                                        + entry.domains.map { Self.decimal($0) } + [CSVFormat.text(row.reasons.joined(separator: "; "))]))
            }
        }
    }

    /// `rejected.csv`: every input that could not be scored, with the reason and position.
    public func rejectedCSV<Out: TextOutputStream>(to out: inout Out) {
        out.write(CSVFormat.byteOrderMark + CSVFormat.row(["source", "reason"]))
        for reject in rejects { out.write(CSVFormat.row([CSVFormat.text(reject.source), CSVFormat.text(reject.reason)])) }
    }

    /// One row of `ranking.json`.
    func json(_ row: Ranking.Row) -> JSONValue {
        let entry = row.entry
        return .object([
            ("rank", .number(String(row.rank))),
            ("selected", row.selected.map { .bool($0) } ?? .null),
            ("achieved", row.achieved.map { .bool($0) } ?? .null),
            ("duplicate", .bool(row.duplicate)),
            ("credit_code", .string(entry.creditCode)),
            ("name", .optional(entry.name)), ("city", .optional(entry.city)), ("industry", .optional(entry.industry)),
            ("applying_for", .optional(entry.applyingFor)), ("tier", .optional(entry.tier)),
            ("total", .decimal(entry.total, places: 1)),
            ("domains", .object(zip(rubric.domains, entry.domains).map { ($0.id, $1.map { .decimal($0, places: 1) } ?? .null) })),
            ("reasons", .array(row.reasons.map { .string($0) })),
            ("percentiles", standingJSON(percentiles.standing(of: entry))),
            ("source", .string(entry.source)),
        ])
    }

    /// `ranking.json`: the same lists with the summary, for other programs. Rows are made
    /// and written one at a time.
    public func json<Out: TextOutputStream>(to out: inout Out) {
        JSONValue.object([
            ("format", .string("zhizao.ranking/1")),
            ("tool", .object([("version", .string(ZhizaoVersion.current))])),
            ("rubric", .object([("id", .string(rubric.id)), ("version", .string(rubric.version)), ("fingerprint", .string(rubric.fingerprint))])),
            ("summary", .object([("found", .number(String(summary.found))), ("scored", .number(String(summary.scored))),
                                 ("rejected", .number(String(summary.rejected))), ("skipped", .number(String(summary.skipped))),
                                 ("tiers", .object(tierCounts.map { ($0.tier ?? "", .number(String($0.count))) })),
                                 ("distribution", .object([("batch", distributionJSON(percentiles.batch)),
                                                           ("cities", .array(percentiles.cities.map(distributionJSON))),
                                                           ("industries", .array(percentiles.industries.map(distributionJSON)))]))])),
            ("lists", .array(lists.map { list in
                .object([("target", .optional(list.target)), ("rows", .generated(count: list.rows.count) { self.json(list.rows[$0]) })])
            })),
            ("rejected", .array(rejects.map { .object([("source", .string($0.source)), ("reason", .string($0.reason))]) })),
        ]).write(to: &out)
        out.write("\n")
    }

    /// `ranking.md`: the summary and one table per list.
    public func markdown<Out: TextOutputStream>(to out: inout Out) {
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        func title(_ tier: String?) -> String { tier.flatMap { rubric.tier($0) }.map { rubric.text($0.title, language.rawValue) } ?? "" }
        func line(_ text: String = "") { out.write(text + "\n") }
        line("# " + t("申报排序", "Ranking") + ": " + Markup.markdown(rubric.text(rubric.title, language.rawValue)))
        line()
        line(t("细则 \(rubric.id) \(rubric.version) · 找到 \(summary.found) · 评分 \(summary.scored) · 拒绝 \(summary.rejected) · 跳过 \(summary.skipped)",
               "Rubric \(rubric.id) \(rubric.version) · found \(summary.found) · scored \(summary.scored) · rejected \(summary.rejected) · skipped \(summary.skipped)"))
        line()
        line("## " + t("分数分布", "Score distribution"))
        line()
        let table = distributionTable
        line("| " + ([t("范围", "Group"), t("数量", "Count")] + table.headings).map(Markup.markdown).joined(separator: " | ") + " |")
        line("|" + Array(repeating: "---|", count: 2 + table.headings.count).joined())
        for row in table.rows {
            line("| " + ([Markup.markdown(row.name), String(row.count)] + row.quartiles).joined(separator: " | ") + " |")
        }
        let domains = rubric.domains.map { Markup.markdown(rubric.text($0.title, language.rawValue)) }
        for list in lists {
            line()
            line("## " + (list.target.map { Markup.markdown(title($0)) } ?? t("未指定申报等级", "No target tier")))
            line()
            line("| " + ([t("名次", "Rank"), t("入选", "Selected"), t("企业", "Enterprise"), t("信用代码", "Credit code"), t("城市", "City"),
                          t("判定等级", "Tier"), t("总分", "Total")] + domains + [t("原因", "Reasons")]).joined(separator: " | ") + " |")
            line("|" + Array(repeating: "---|", count: 8 + domains.count).joined())
            for row in list.rows {
                let entry = row.entry
                let selected = row.selected.map { $0 ? "✓" : "" } ?? ""
                let cells = [String(row.rank), selected, Markup.markdown(entry.name ?? ""), Markup.markdown(entry.creditCode), Markup.markdown(entry.city ?? ""),
                             Markup.markdown(title(entry.tier)), Self.decimal(entry.total)] + entry.domains.map { Self.decimal($0) }
                    + [Markup.markdown(row.reasons.joined(separator: "; "))]
                line("| " + cells.joined(separator: " | ") + " |")
            }
        }
        if !rejects.isEmpty {
            line()
            line("## " + t("未能评分", "Rejected"))
            line()
            for reject in rejects { line("- " + Markup.markdown(reject.reason)) }
        }
    }

    /// `ranking.html`: the summary, counts per tier and city, the histogram of totals, the
    /// distribution, every list and the rejects, in one self-contained page.
    public func html<Out: TextOutputStream>(to out: inout Out) {
        RankingPage.builtIn().write(self, to: &out)
    }

    /// Writes every file into `folder`, each streamed to a temporary name and then renamed,
    /// so an interrupted run leaves the previous files, never half-written ones. The five are
    /// written side by side; each holds only its write buffer, whatever the batch's size.
    public func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let documents: [(String, @Sendable (RankingReport, inout AtomicTextFile) -> Void)] = [
            ("ranking.html", { $0.html(to: &$1) }), ("ranking.json", { $0.json(to: &$1) }), ("ranking.csv", { $0.csv(to: &$1) }),
            ("ranking.md", { $0.markdown(to: &$1) }), ("rejected.csv", { $0.rejectedCSV(to: &$1) }),
        ]
        let errors = Slots<(any Error)?>(count: documents.count)
        let folderURL = URL(fileURLWithPath: folder)
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let (name, render) = documents[index]
            do {
                try AtomicTextFile.write(folderURL.appendingPathComponent(name).path) { render(self, &$0) }
                errors.set(index, nil)
            } catch {
                errors.set(index, error)
            }
        }
        if let error = errors.values().compactMap({ $0 }).first { throw error }
    }
}
