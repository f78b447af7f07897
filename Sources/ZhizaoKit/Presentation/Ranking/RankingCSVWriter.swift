/// `ranking.csv`: one row per applicant, lists in rubric tier order, then the no-target list
/// (SPEC §4 gives the columns). UTF-8 with a byte order mark (so that Excel reads it as
/// UTF-8); text cells are guarded against formulas.
public struct RankingCSVWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        out.write(CSVFormat.byteOrderMark)
        out.write(CSVFormat.row(["target", "rank", "selected", "credit_code", "name", "city", "industry", "applying_for", "tier", "achieved", "total"]
                                + view.domainIDs + ["reasons", "status", "complete"]
                                + view.run.tiebreaks.map { CSVFormat.text($0.expression) } + ["source", "fingerprint"]))
        for list in view.lists {
            for line in list.rows {
                let row = view.row(line)
                out.write(CSVFormat.row([CSVFormat.text(list.target ?? ""), row.rank, Self.bool(row.selected),
                                         CSVFormat.text(row.creditCode), CSVFormat.text(row.name ?? ""), CSVFormat.text(row.city ?? ""),
                                         CSVFormat.text(row.industry ?? ""), CSVFormat.text(row.applyingFor ?? ""), CSVFormat.text(row.tier ?? ""),
                                         Self.bool(row.achieved), row.total]
                                        + row.domains.map { $0 ?? "" }
                                        + [CSVFormat.text(row.why.joined(separator: Words.Punctuation.clauseSeparator(view.language))),
                                           row.status, Self.bool(row.complete)]
                                        + row.tiebreakNumbers + [CSVFormat.text(row.source), row.fingerprint]))
            }
        }
    }

    static func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }
}
