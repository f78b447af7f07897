/// `ranking.md`: how the ranking was made, the places per group, the distribution, and one
/// table per list with each row's status and why.
public struct RankingMarkdownWriter: RankingWriter {
    public init() {}

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        let language = view.language
        let why = Words.RankingWhy.self
        func line(_ text: String = "") { out.write(text + "\n") }
        func table(_ headings: [String], _ rows: [[String]]) {
            line("| " + headings.joined(separator: " | ") + " |")
            line("|" + Array(repeating: "---|", count: headings.count).joined())
            for row in rows { line("| " + row.joined(separator: " | ") + " |") }
        }
        line("# " + Words.Ranking.title(language) + ": " + Markup.markdown(view.rubricTitle))
        line()
        line("## " + why.run(language))
        line()
        for (label, text) in view.run.lines { line("- " + label + Words.Punctuation.colon(language) + Markup.markdown(text)) }
        if !view.run.skipped.isEmpty {
            line("- " + why.skippedFiles(language) + Words.Punctuation.colon(language)
                 + view.run.skipped.map(Markup.markdown).joined(separator: Words.Punctuation.listSeparator(language)))
        }
        if !view.run.sameApplications.isEmpty {
            line("- " + why.sameApplications(language) + Words.Punctuation.colon(language))
            for fold in view.run.sameApplications {
                line("  - " + Markup.markdown(why.sameApplication(kept: fold.kept, repeats: fold.repeats)(language)))
            }
        }
        if !view.groups.isEmpty {
            line()
            line("## " + why.groups(language))
            line()
            table([why.targetList, why.groupName, why.quota, why.applicants, why.achieved, why.selectedCount, why.unused, why.quotaFullCount,
                   why.incompleteCount, why.duplicates, why.rejects].map { $0(language) },
                  view.groups.map { group in
                      [Markup.markdown(group.targetTitle), Markup.markdown(group.groupTitle), group.quota, group.applicants, group.achieved,
                       group.selected, group.unused, group.quotaFull, group.incomplete, group.duplicates, group.rejects]
                  })
        }
        line()
        line("## " + Words.Ranking.distribution(language))
        line()
        table(([Words.Ranking.group(language), Words.Ranking.count(language)] + view.quartileHeadings).map(Markup.markdown),
              view.quartileRows.map { [Markup.markdown($0.name), $0.count] + $0.quartiles })
        let domains = view.domainTitles.map(Markup.markdown)
        let headings = [Words.Ranking.rank, why.status, Words.Ranking.enterprise, Words.Ranking.creditCode, Words.Ranking.city,
                        Words.Ranking.tier, Words.Ranking.total].map { $0(language) } + domains
            + view.run.tiebreaks.map { Markup.markdown(why.tiebreakColumn($0.title)(language)) } + [why.complete(language), why.why(language)]
        for list in view.lists {
            line()
            line("## " + (list.target == nil ? list.title : Markup.markdown(list.title)))
            line()
            line("| " + headings.joined(separator: " | ") + " |")
            line("|" + Array(repeating: "---|", count: headings.count).joined())
            for entry in list.rows {
                let row = view.row(entry)
                let cells = [row.rank, row.statusText, Markup.markdown(row.name ?? ""), Markup.markdown(row.creditCode),
                             Markup.markdown(row.city ?? ""), Markup.markdown(row.tierTitle), row.total] + row.domains.map { $0 ?? "" }
                    + row.tiebreaks.map(Markup.markdown) + [Words.Answers.yesNo(row.complete)(language),
                                                             Markup.markdown(row.why.joined(separator: Words.Punctuation.clauseSeparator(language)))]
                line("| " + cells.joined(separator: " | ") + " |")
            }
        }
        if !view.rejects.isEmpty {
            line()
            line("## " + Words.Ranking.rejected(language))
            line()
            table([Words.Ranking.source, Words.Ranking.enterprise, Words.Ranking.creditCode, Words.Ranking.city, Words.Ranking.reason].map { $0(language) },
                  view.rejects.map { reject in
                      [Markup.markdown(reject.source), Markup.markdown(reject.name ?? ""), Markup.markdown(reject.creditCode ?? ""),
                       Markup.markdown(reject.city ?? ""), Markup.markdown(reject.reason)]
                  })
        }
    }
}
