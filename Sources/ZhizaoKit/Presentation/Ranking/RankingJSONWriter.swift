/// `ranking.json`: the run record, the summary with the distributions and the quota groups,
/// the lists and the rejects, for other programs. Rows are made and written one at a time.
public struct RankingJSONWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        JSONValue.object([
            ("format", .string("zhizao.ranking/2")),
            ("run", Self.run(view)),
            ("summary", .object([("found", .number(String(view.summary.found))), ("scored", .number(String(view.summary.scored))),
                                 ("rejected", .number(String(view.summary.rejected))), ("skipped", .number(String(view.summary.skipped))),
                                 ("repeated", .number(String(view.summary.repeated))), ("ranked", .number(String(view.run.ranked))),
                                 ("tiers", .object(view.tierCounts.map { ($0.id ?? "", .number($0.count)) })),
                                 ("groups", .array(view.groups.map(Self.group))),
                                 ("distribution", .object([("batch", Self.distribution(view.batch)),
                                                           ("cities", .array(view.cities.map(Self.distribution))),
                                                           ("industries", .array(view.industries.map(Self.distribution)))]))])),
            ("lists", .array(view.lists.map { list in
                .object([("target", .optional(list.target)), ("rows", .generated(count: list.rows.count) { Self.row(list.rows[$0], in: view) })])
            })),
            ("rejected", .array(view.rejects.map(Self.reject))),
        ]).write(to: &out)
        out.write("\n")
    }

    /// The run record (SPEC §4): what decided the outcome, so that anyone can reproduce it.
    static func run(_ view: RankingView) -> JSONValue {
        let run = view.run
        return .object([
            ("tool", .object([("version", .string(view.version))])),
            ("date", .string(run.date)),
            ("rubric", .object([("id", .string(view.rubricID)), ("version", .string(view.rubricVersion)), ("fingerprint", .string(view.rubricFingerprint))])),
            ("options", .object([("tier", .optional(run.tier)), ("quota", run.quota.map { .number(String($0)) } ?? .null),
                                 ("quota_by", .optional(run.quotaBy)), ("allow_incomplete", .bool(run.allowIncomplete))])),
            ("order", .array((["achieved", "total"] + run.tiebreaks.map(\.expression) + ["credit_code"]).map { .string($0) })),
            ("tiebreaks", .array(run.tiebreaks.map { .object([("expr", .string($0.expression)), ("title", .string($0.title))]) })),
            ("counts", .object([("found", .number(String(view.summary.found))), ("scored", .number(String(view.summary.scored))),
                                ("rejected", .number(String(view.summary.rejected))), ("skipped", .number(String(view.summary.skipped))),
                                ("repeated", .number(String(view.summary.repeated))), ("ranked", .number(String(run.ranked)))])),
            ("skipped", .array(run.skipped.map { .string($0) })),
            ("same_applications", .array(run.sameApplications.map { fold in
                .object([("kept", .string(fold.kept)), ("repeats", .array(fold.repeats.map { .string($0) }))])
            })),
            ("inputs", .generated(count: run.inputs.count) { index in
                let input = run.inputs[index]
                return .object([("source", .string(input.source)), ("fingerprint", .optional(input.fingerprint))])
            }),
        ])
    }

    static func reject(_ reject: RankingView.Reject) -> JSONValue {
        .object([("source", .string(reject.source)), ("reason", .string(reject.reason)),
                 ("name", .optional(reject.name)), ("credit_code", .optional(reject.creditCode)), ("city", .optional(reject.city))])
    }

    static func group(_ group: RankingView.GroupRow) -> JSONValue {
        .object([("target", .string(group.target)), ("group", .string(group.group)),
                 ("quota", group.quota.isEmpty ? .null : .number(group.quota)), ("applicants", .number(group.applicants)),
                 ("achieved", .number(group.achieved)), ("selected", .number(group.selected)),
                 ("unused", group.unused.isEmpty ? .null : .number(group.unused)), ("quota_full", .number(group.quotaFull)),
                 ("incomplete", .number(group.incomplete)), ("duplicates", .number(group.duplicates)), ("rejected", .number(group.rejects))])
    }

    static func distribution(_ group: RankingView.Group) -> JSONValue {
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
            ("status", row.status.isEmpty ? .null : .string(row.status)),
            ("selected", row.selected.map { .bool($0) } ?? .null),
            ("achieved", row.achieved.map { .bool($0) } ?? .null),
            ("complete", .bool(row.complete)),
            ("duplicate", .bool(row.duplicate)),
            ("credit_code", .string(row.creditCode)),
            ("name", .optional(row.name)), ("city", .optional(row.city)), ("industry", .optional(row.industry)),
            ("group", .optional(line.group.isEmpty && view.run.quotaBy == nil ? nil : line.group)),
            ("applying_for", .optional(row.applyingFor)), ("tier", .optional(row.tier)),
            ("total", .number(row.total)),
            ("domains", .object(zip(view.domainIDs, row.domains).map { ($0, $1.map { .number($0) } ?? .null) })),
            ("tiebreaks", .array(row.tiebreakNumbers.map { $0.isEmpty ? .null : .number($0) })),
            ("reasons", .array(row.reasons.map { .string($0) })),
            ("why", .array(row.why.map { .string($0) })),
            ("percentiles", .object([("batch", ranks(standing.batch)), ("city", ranks(standing.city)), ("industry", ranks(standing.industry))])),
            ("source", .string(row.source)),
            ("fingerprint", .string(row.fingerprint)),
        ])
    }
}
