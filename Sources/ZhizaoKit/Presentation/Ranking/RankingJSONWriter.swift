/// `ranking.json`: the lists with the summary and the distributions, for other programs.
/// Rows are made and written one at a time.
public struct RankingJSONWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        JSONValue.object([
            ("format", .string("zhizao.ranking/1")),
            ("tool", .object([("version", .string(view.version))])),
            ("rubric", .object([("id", .string(view.rubricID)), ("version", .string(view.rubricVersion)), ("fingerprint", .string(view.rubricFingerprint))])),
            ("summary", .object([("found", .number(String(view.summary.found))), ("scored", .number(String(view.summary.scored))),
                                 ("rejected", .number(String(view.summary.rejected))), ("skipped", .number(String(view.summary.skipped))),
                                 ("tiers", .object(view.tierCounts.map { ($0.id ?? "", .number($0.count)) })),
                                 ("distribution", .object([("batch", Self.group(view.batch)),
                                                           ("cities", .array(view.cities.map(Self.group))),
                                                           ("industries", .array(view.industries.map(Self.group)))]))])),
            ("lists", .array(view.lists.map { list in
                .object([("target", .optional(list.target)), ("rows", .generated(count: list.rows.count) { Self.row(list.rows[$0], in: view) })])
            })),
            ("rejected", .array(view.rejects.map { .object([("source", .string($0.source)), ("reason", .string($0.reason))]) })),
        ]).write(to: &out)
        out.write("\n")
    }

    static func group(_ group: RankingView.Group) -> JSONValue {
        .object([("name", .string(group.name)), ("count", .number(group.count))] + group.distributions.map { distribution in
            (distribution.measure, .object([("count", .number(distribution.count))] + distribution.quantiles.map { quantile in
                (quantile.name, quantile.value.map { .number($0) } ?? .null)
            }))
        })
    }

    static func row(_ line: Ranking.Row, in view: RankingView) -> JSONValue {
        let row = view.row(line)
        let standing = view.standing(line)
        func ranks(_ values: [String?]) -> JSONValue {
            .object(zip(view.measures, values).map { ($0, $1.map { .number($0) } ?? .null) })
        }
        return .object([
            ("rank", .number(row.rank)),
            ("selected", row.selected.map { .bool($0) } ?? .null),
            ("achieved", row.achieved.map { .bool($0) } ?? .null),
            ("duplicate", .bool(row.duplicate)),
            ("credit_code", .string(row.creditCode)),
            ("name", .optional(row.name)), ("city", .optional(row.city)), ("industry", .optional(row.industry)),
            ("applying_for", .optional(row.applyingFor)), ("tier", .optional(row.tier)),
            ("total", .number(row.total)),
            ("domains", .object(zip(view.domainIDs, row.domains).map { ($0, $1.map { .number($0) } ?? .null) })),
            ("reasons", .array(row.reasons.map { .string($0) })),
            ("percentiles", .object([("batch", ranks(standing.batch)), ("city", ranks(standing.city)), ("industry", ranks(standing.industry))])),
            ("source", .string(row.source)),
        ])
    }
}
