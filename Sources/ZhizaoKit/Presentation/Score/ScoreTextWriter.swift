import Foundation

/// The terminal text of a result (`score --format text`, the end of `check`): the verdict,
/// the total and the five domains, what keeps the focus tier out of reach and the values it
/// read, the top of the plan, warnings. With `explain`, every gate and rule of every tier.
public struct ScoreTextWriter: ScoreWriter {
    public var explain: Bool
    /// How many raises the plan's table lists before "… N more".
    public var planLines: Int

    public init(explain: Bool = false, planLines: Int = 5) {
        self.explain = explain
        self.planLines = planLines
    }

    public func write(_ view: ScoreView) -> String {
        let language = view.messageLanguage
        var lines: [String] = []
        // The name and the details are one line each, even when a name holds a line break; every
        // other control character is escaped when the text is written (`TerminalText`).
        let details = view.enterpriseDetails.map { TerminalText.escaped($0) }
        lines.append(TerminalText.escaped(view.enterpriseHeading) + (details.isEmpty ? "" : "（" + details.joined(separator: " · ") + "）"))
        // The rubric and the file on one line when they fit in 80 columns, else the file below.
        let rubricLine = Words.Score.rubricLine(view.rubricTitle, source: view.source)(language)
        if DisplayWidth.of(rubricLine) <= 80 {
            lines.append(rubricLine)
        } else {
            lines.append(Words.Score.rubricOnly(view.rubricTitle)(language))
            lines.append(Words.Score.fileLine(view.source)(language))
        }
        lines.append("")
        lines.append(Words.Score.tierLine(view.achievedTitle ?? Words.Score.noTier(language))(language))
        if view.hasApplying {
            lines.append(Words.Score.applyingLine(view.applyingTitle, achieved: view.applyingIsAchieved)(language))
        }
        if view.incomplete { lines.append(Words.Score.incomplete(language)) }
        lines.append("")
        lines.append(view.hasTotalNeeds ? Words.Score.totalLine(view.total, needs: view.totalNeeds)(language)
                     : Words.Score.totalLine(view.total)(language))
        let width = view.domains.map { DisplayWidth.of($0.title) }.max() ?? 0
        for domain in view.domains {
            lines.append("  " + DisplayWidth.padded(domain.title, to: width) + "  " + domain.score)
        }
        lines += explain ? everyOutcome(view) : failures(view)
        lines += plan(view)
        lines += warnings(view)
        return lines.joined(separator: "\n") + "\n"
    }

    /// What stands between the result and the focus tier, one sentence each.
    private func failures(_ view: ScoreView) -> [String] {
        guard view.hasGap else { return [] }
        let language = view.messageLanguage
        var lines = ["", Words.Score.whyNot(view.focusTitle)(language)] + view.gap.flatMap { wrapped($0, mark: "✗ ") }
        // What 暂定 means, once, where a gap carries it (a report says so in its summary).
        if view.gapIsProvisional {
            lines += wrapped(Words.Score.provisionalFootnote(language))
        }
        return lines
    }

    /// Every gate once, then every tier's rules, each stated in words; the id follows in
    /// brackets (the one place outside the report's appendix that names ids).
    private func everyOutcome(_ view: ScoreView) -> [String] {
        let language = view.messageLanguage
        var lines: [String] = ["", Words.Score.gates(language)]
        lines += view.gates.flatMap { line($0, view) }
        for tier in view.tiers {
            lines.append("")
            lines.append(Words.Score.tierStatus(tier.title, achieved: tier.achieved)(language))
            lines += tier.rules.flatMap { line($0, view) }
        }
        if !view.metrics.isEmpty {
            lines.append("")
            lines.append(Words.Score.metrics(language))
            lines += view.metrics.map { "  " + $0 }
        }
        return lines
    }

    private func line(_ condition: ScoreView.ConditionRow, _ view: ScoreView) -> [String] {
        let language = view.messageLanguage
        var text = condition.title + (condition.provisional ? Words.Verdict.provisionalMark(language) : "")
        if !condition.statement.isEmpty { text += Words.Punctuation.colon(language) + condition.statement }
        if condition.hasAppliesTo { text += Words.Punctuation.parenthetical(condition.appliesTo)(language) }
        if condition.hasError { text += "  " + Words.Score.error(condition.error)(language) }
        return wrapped(text + "  [\(condition.id)]", mark: condition.mark + " ")
    }

    /// The roadmap: the questions to answer first, the raises as a table (capability, now →
    /// target, levels, cost, points added), the totals and the margin left, what cost means,
    /// what no raise can replace.
    private func plan(_ view: ScoreView) -> [String] {
        guard view.hasPlan else { return [] }
        let language = view.messageLanguage
        var lines = ["", Words.Score.planHeading(view.planTier)(language)]
        if view.planNothing { lines.append("  " + Words.Plan.nothingToChange(language)) }
        if view.hasUnanswered {
            lines.append("  " + Words.Plan.answerFirst(language))
            lines += view.planUnanswered.map { "    · " + $0 }
        }
        if view.hasRaises {
            lines += table(view.planRows.prefix(planLines), labels: view.labels)
            if view.planRows.count > planLines {
                lines.append("  … " + Words.Plan.more(view.planRows.count - planLines)(language))
            }
            lines += wrapped(view.planTotals)
            if view.hasMarginAsked { lines += wrapped(view.planMarginAsked) }
        }
        if view.planThinMargin { lines += wrapped(view.labels.thinMargin, mark: "⚠ ") }
        if view.hasRaises { lines += wrapped(view.planLegend) }
        if view.hasBlockers {
            // (An English colon carries its space; nothing follows it on this line.)
            lines += wrapped(view.labels.blockers + Words.Punctuation.colon(language).trimmingCharacters(in: .whitespaces))
            lines += view.planBlockers.flatMap { wrapped($0, mark: "⛔ ") }
        }
        if view.hasPlanNote { lines += wrapped(view.planNote) }
        return lines
    }

    /// The raises in columns lined up by display width (a CJK character takes two), within 80
    /// columns: a capability title too long for its column continues on the next lines.
    private func table(_ rows: ArraySlice<ScoreView.PlanRow>, labels: ReportLabels) -> [String] {
        let heads = [labels.capability, labels.nowToTarget, labels.levels, labels.cost, labels.adds]
        let cells = rows.map { [$0.indicator, $0.change, String($0.levels), String($0.cost), $0.adds] }
        var widths = heads.indices.map { column in ([heads[column]] + cells.map { $0[column] }).map(DisplayWidth.of).max() ?? 0 }
        // Indent 2, four gaps of 2: what the other columns leave of 80 for the capability.
        let room = 80 - 2 - 2 * (heads.count - 1) - widths.dropFirst().reduce(0, +)
        widths[0] = min(widths[0], max(room, 12, DisplayWidth.of(heads[0])))
        func line(_ values: [String]) -> String {
            let text = values.indices.map { column -> String in
                let value = values[column]
                // Text left, numbers right.
                return column < 2 ? DisplayWidth.padded(value, to: widths[column])
                    : String(repeating: " ", count: widths[column] - DisplayWidth.of(value)) + value
            }.joined(separator: "  ")
            return "  " + String(text.reversed().drop { $0 == " " }.reversed())
        }
        var lines = [line(heads)]
        for row in cells {
            let title = DisplayWidth.wrap(row[0], width: widths[0])
            lines.append(line([title.first ?? ""] + row.dropFirst()))
            lines += title.dropFirst().map { line([$0, "", "", "", ""]) }
        }
        return lines
    }

    /// A long sentence in lines of at most 78 columns, indented; after a mark (`⚠ `), the
    /// following lines hang under the text.
    private func wrapped(_ text: String, mark: String = "") -> [String] {
        let hang = String(repeating: " ", count: DisplayWidth.of(mark))
        return DisplayWidth.wrap(text, width: 76 - hang.count).enumerated().map { index, line in
            "  " + (index == 0 ? mark : hang) + line
        }
    }

    private func warnings(_ view: ScoreView) -> [String] {
        guard view.hasWarnings else { return [] }
        return ["", Words.Score.warnings(view.messageLanguage)] + view.warnings.map { "  ⚠ " + $0 }
    }
}
