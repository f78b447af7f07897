/// `ranking.md`: the summary, the distribution, and one table per list.
public struct RankingMarkdownWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        let language = view.language
        func line(_ text: String = "") { out.write(text + "\n") }
        line("# " + Words.Ranking.title(language) + ": " + Markup.markdown(view.rubricTitle))
        line()
        line(Words.Ranking.summaryLine(rubric: view.rubricID, version: view.rubricVersion, found: view.summary.found, scored: view.summary.scored,
                                       rejected: view.summary.rejected, skipped: view.summary.skipped)(language))
        line()
        line("## " + Words.Ranking.distribution(language))
        line()
        line("| " + ([Words.Ranking.group(language), Words.Ranking.count(language)] + view.quartileHeadings).map(Markup.markdown).joined(separator: " | ") + " |")
        line("|" + Array(repeating: "---|", count: 2 + view.quartileHeadings.count).joined())
        for row in view.quartileRows {
            line("| " + ([Markup.markdown(row.name), row.count] + row.quartiles).joined(separator: " | ") + " |")
        }
        let domains = view.domainTitles.map(Markup.markdown)
        let headings = [Words.Ranking.rank, Words.Ranking.selected, Words.Ranking.enterprise, Words.Ranking.creditCode, Words.Ranking.city,
                        Words.Ranking.tier, Words.Ranking.total].map { $0(language) } + domains + [Words.Ranking.reasons(language)]
        for list in view.lists {
            line()
            line("## " + (list.target == nil ? list.title : Markup.markdown(list.title)))
            line()
            line("| " + headings.joined(separator: " | ") + " |")
            line("|" + Array(repeating: "---|", count: 8 + domains.count).joined())
            for entry in list.rows {
                let row = view.row(entry)
                let cells = [row.rank, row.selected == true ? "✓" : "", Markup.markdown(row.name ?? ""), Markup.markdown(row.creditCode),
                             Markup.markdown(row.city ?? ""), Markup.markdown(row.tierTitle), row.total] + row.domains.map { $0 ?? "" }
                    + [Markup.markdown(row.reasons.joined(separator: "; "))]
                line("| " + cells.joined(separator: " | ") + " |")
            }
        }
        if !view.rejects.isEmpty {
            line()
            line("## " + Words.Ranking.rejected(language))
            line()
            for reject in view.rejects { line("- " + Markup.markdown(reject.reason)) }
        }
    }
}
