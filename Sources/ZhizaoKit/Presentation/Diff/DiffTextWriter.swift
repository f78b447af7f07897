/// The terminal rendering of a diff: who and what was compared, then what moved — the
/// verdict, the scores, the tiers and the conditions that flipped, the answers, the
/// enterprise's fields and facts, the rubric. Sections with nothing in them are left out.
public struct DiffTextWriter: DiffWriter {
    public init() {}

    private static let arrow = " → "

    public func write(_ view: DiffView) -> String {
        let language = view.language
        let colon = Words.Punctuation.colon(language)
        let arrow = Self.arrow
        var lines = header(view)
        lines.append("")
        if view.isEmpty {
            lines.append(Words.Diff.noDifferences(language))
            lines.append(Words.Diff.sameVerdict(tier: view.tier.new, total: view.total.new)(language))
            return lines.joined(separator: "\n") + "\n"
        }
        lines += verdict(view)
        lines += section(Words.Diff.conditionsFlipped(language), tiers(view), language)
        lines += section(Words.Diff.answersChanged(count: view.answers.count)(language), view.answers.map { answer($0, language) }, language)
        lines += section(Words.Diff.fieldsChanged(language), view.fields.map { "  " + $0.label + colon + $0.old + arrow + $0.new }, language)
        lines += section(Words.Diff.factsChanged(language), view.profile.map { "  " + $0.label + colon + $0.old + arrow + $0.new }, language)
        lines += rubric(view)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ view: DiffView) -> [String] {
        let language = view.language
        let colon = Words.Punctuation.colon(language)
        return [
            view.enterprise + (view.creditCode.map { Words.Punctuation.parenthetical($0)(language) } ?? ""),
            Words.Diff.old(language) + colon + view.old.source + " · " + view.old.rubric,
            Words.Diff.new(language) + colon + view.new.source + " · " + view.new.rubric,
        ]
    }

    /// The result tier, the completeness, the total and every domain.
    private func verdict(_ view: DiffView) -> [String] {
        let language = view.language
        let colon = Words.Punctuation.colon(language)
        var lines = [Words.Diff.tier(language) + colon + (view.tierChanged
            ? view.tier.old + Self.arrow + view.tier.new
            : view.tier.new + Words.Diff.unchanged(language))]
        if view.complete.changed {
            let word = { (complete: Bool) in (complete ? Words.Diff.complete : Words.Diff.incompleteExplained)(language) }
            lines.append(Words.Diff.completeness(language) + colon + word(view.complete.old) + Self.arrow + word(view.complete.new))
        }
        lines.append(Words.Diff.total(language) + " " + move(view.total, language))
        let width = view.domains.map { DisplayWidth.of($0.label) }.max() ?? 0
        for domain in view.domains {
            lines.append("  " + DisplayWidth.padded(domain.label, to: width) + "  " + move(domain, language))
        }
        return lines
    }

    /// `58.4 → 60.9（+2.5）`, or `60.0（未变）`.
    private func move(_ score: DiffView.ScoreLine, _ language: Language) -> String {
        guard score.changed else { return score.new + Words.Diff.unchanged(language) }
        return score.old + Self.arrow + score.new + (score.delta.isEmpty ? "" : Words.Punctuation.parenthetical(score.delta)(language))
    }

    private func tiers(_ view: DiffView) -> [String] {
        let colon = Words.Punctuation.colon(view.language)
        return view.tiers.flatMap { tier -> [String] in
            ["  " + tier.title + colon + tier.verdict] + tier.flips.map { flip in
                "    " + flip.old + Self.arrow + flip.new + "  " + flip.condition
                    + (flip.reads.isEmpty ? "" : "  [" + flip.reads.joined(separator: ", ") + "]")
            }
        }
    }

    /// One indicator: what its answer became, and its score where that moved.
    private func answer(_ line: DiffView.AnswerLine, _ language: Language) -> String {
        var parts: [String] = []
        if line.rescored {
            parts.append(Words.Diff.sameAnswer(line.answer.new)(language))
        } else if line.showsValue {
            parts.append(line.answer.old + Self.arrow + line.answer.new)
        }
        if let evidence = line.evidence {
            parts.append(Words.Diff.evidenceAspect(language) + " " + evidence.old + Self.arrow + evidence.new)
        }
        if let note = line.note {
            parts.append(Words.Diff.noteAspect(language) + " " + note.old + Self.arrow + note.new)
        }
        if line.scoreChanged {
            parts.append(Words.Diff.scoreMoved(line.score.old + Self.arrow + line.score.new)(language))
        }
        return "  " + line.indicator + Words.Punctuation.colon(language) + parts.joined(separator: Words.Punctuation.clauseSeparator(language))
    }

    private func rubric(_ view: DiffView) -> [String] {
        guard view.rubricChanged else { return [] }
        var lines = ["", Words.Diff.listHeading(Words.Diff.rubricChanged(view.language))(view.language),
                     "  " + view.old.rubric + " (" + view.old.fingerprint + "…)" + Self.arrow
                         + view.new.rubric + " (" + view.new.fingerprint + "…)"]
        for item in view.rubricItems {
            var line = "  " + item.text
            if let expressions = item.expressions {
                line += "  [" + expressions.old + Self.arrow + expressions.new + "]"
            }
            lines.append(line)
        }
        return lines
    }

    private func section(_ heading: String, _ body: [String], _ language: Language) -> [String] {
        body.isEmpty ? [] : ["", Words.Diff.listHeading(heading)(language)] + body
    }
}
