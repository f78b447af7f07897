/// The Markdown rendering of a diff (GitHub-flavoured): the same content as the terminal
/// text, in tables. Every string that comes from an input — names, paths, titles, labels,
/// notes, values read — goes through `Markup.markdown`, so no input can inject markup.
public struct DiffMarkdownWriter: DiffWriter {
    public init() {}

    private func md(_ text: String) -> String { Markup.markdown(text) }

    public func write(_ view: DiffView) -> String {
        let language = view.language
        let (old, new) = (Words.Diff.old(language), Words.Diff.new(language))
        var lines = ["# " + Words.Diff.comparison(of: md(view.enterprise))(language), ""]
        lines += table([Words.Diff.item(language), old, new, Words.Diff.change(language)], overview(view))
        if view.isEmpty {
            lines += ["", Words.Diff.noDifferences(language)]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += tiers(view)
        lines += section(Words.Diff.answersChanged(language), [Words.Diff.indicator(language), old, new, Words.Diff.score(language)],
                         view.answers.map { answer($0, language) })
        lines += section(Words.Diff.fieldsChanged(language), [Words.Diff.field(language), old, new],
                         view.fields.map { [$0.label, md($0.old), md($0.new)] })
        lines += section(Words.Diff.factsChanged(language), [Words.Diff.fact(language), old, new],
                         view.profile.map { [md($0.label), md($0.old), md($0.new)] })
        lines += rubric(view)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Files, rubrics, verdict, completeness, total and every domain, side by side.
    private func overview(_ view: DiffView) -> [[String]] {
        let language = view.language
        var rows = [
            [Words.Diff.assessment(language), md(view.old.source), md(view.new.source), ""],
            [Words.Diff.rubric(language), md(view.old.rubric), md(view.new.rubric), view.rubricChanged ? Words.Diff.differs(language) : ""],
            [Words.Diff.tier(language), md(view.tier.old), md(view.tier.new), view.tierChanged ? Words.Diff.changed(language) : ""],
        ]
        if view.complete.changed {
            let word = { (complete: Bool) in (complete ? Words.Diff.complete : Words.Diff.incomplete)(language) }
            rows.append([Words.Diff.completeness(language), word(view.complete.old), word(view.complete.new), Words.Diff.changed(language)])
        }
        rows.append(["**" + Words.Diff.total(language) + "**", view.total.old, view.total.new, change(view.total)])
        for domain in view.domains {
            rows.append([md(domain.label), domain.old, domain.new, change(domain)])
        }
        return rows
    }

    /// The delta where the score moved; blank where it did not, so the eye finds the moves.
    private func change(_ score: DiffView.ScoreLine) -> String {
        score.changed ? score.delta : ""
    }

    private func tiers(_ view: DiffView) -> [String] {
        guard !view.tiers.isEmpty else { return [] }
        let language = view.language
        var lines = ["", "## " + Words.Diff.conditionsFlipped(language)]
        for tier in view.tiers {
            lines += ["", "### " + md(tier.title + Words.Punctuation.colon(language) + tier.verdict)]
            guard !tier.flips.isEmpty else { continue }
            lines.append("")
            lines += table([Words.Diff.condition(language), Words.Diff.old(language), Words.Diff.new(language), Words.Diff.valuesRead(language)],
                           tier.flips.map { flip in
                               [md(flip.condition), flip.old, flip.new, md(flip.reads.joined(separator: Words.Punctuation.clauseSeparator(language)))]
                           })
        }
        return lines
    }

    private func answer(_ line: DiffView.AnswerLine, _ language: Language) -> [String] {
        let score = line.scoreChanged ? line.score.old + " → " + line.score.new : line.score.new
        return [md(line.indicator), md(side(line, old: true, language)), md(side(line, old: false, language)), score]
    }

    /// One side of an answer: what changed in it (value, evidence, note).
    private func side(_ line: DiffView.AnswerLine, old: Bool, _ language: Language) -> String {
        let colon = Words.Punctuation.colon(language)
        var parts: [String] = []
        if line.showsValue { parts.append(old ? line.answer.old : line.answer.new) }
        if let evidence = line.evidence { parts.append(Words.Diff.evidenceAspect(language) + colon + (old ? evidence.old : evidence.new)) }
        if let note = line.note { parts.append(Words.Diff.noteAspect(language) + colon + (old ? note.old : note.new)) }
        return parts.joined(separator: Words.Punctuation.clauseSeparator(language))
    }

    private func rubric(_ view: DiffView) -> [String] {
        guard view.rubricChanged else { return [] }
        var lines = ["", "## " + Words.Diff.rubricChanged(view.language), "", md(view.old.rubric) + " → " + md(view.new.rubric)]
        guard !view.rubricItems.isEmpty else { return lines }
        lines.append("")
        for item in view.rubricItems {
            var line = "- " + md(item.text)
            if let expressions = item.expressions {
                line += Words.Punctuation.colon(view.language) + md(expressions.old) + " → " + md(expressions.new)
            }
            lines.append(line)
        }
        return lines
    }

    private func section(_ title: String, _ header: [String], _ rows: [[String]]) -> [String] {
        rows.isEmpty ? [] : ["", "## " + title, ""] + table(header, rows)
    }

    private func table(_ header: [String], _ rows: [[String]]) -> [String] {
        let line = { (cells: [String]) in "| " + cells.joined(separator: " | ") + " |" }
        return [line(header), line(header.map { _ in "---" })] + rows.map(line)
    }
}
