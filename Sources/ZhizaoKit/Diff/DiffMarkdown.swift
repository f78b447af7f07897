import ZhizaoCEL

/// The Markdown rendering of a diff (GitHub-flavoured): the same content as the terminal
/// text, in tables. Every string that comes from an input — names, paths, titles, labels,
/// notes, values read — goes through `Markup.markdown`, so no input can inject markup.
public struct DiffMarkdown {
    public let diff: AssessmentDiff
    let labels: DiffLabels

    public init(_ diff: AssessmentDiff, language: Language) {
        self.diff = diff
        self.labels = DiffLabels(diff: diff, language: language)
    }

    private func t(_ zh: String, _ en: String) -> String { labels.t(zh, en) }
    private func md(_ text: String) -> String { Markup.markdown(text) }

    public func render() -> String {
        let enterprise = diff.new.assessment.enterprise.name ?? diff.old.assessment.enterprise.name ?? diff.new.assessment.source
        var lines = ["# " + t("评估对比：", "Assessment comparison: ") + md(enterprise), ""]
        lines += table([t("项目", "Item"), t("旧", "Old"), t("新", "New"), t("变化", "Change")], overview())
        if diff.isEmpty {
            lines += ["", t("无差异：回答、得分和等级均相同。", "No differences: the answers, scores and tier are the same.")]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += tiers()
        lines += section(t("回答变化", "Answers changed"), [t("指标", "Indicator"), t("旧", "Old"), t("新", "New"), t("得分", "Score")],
                         diff.answers.map(answer))
        lines += section(t("企业信息变化", "Enterprise fields changed"), [t("字段", "Field"), t("旧", "Old"), t("新", "New")],
                         diff.fields.map { change in
                             [change.field.label.text(labels.language), md(labels.field(change.field, change.value.old)),
                              md(labels.field(change.field, change.value.new))]
                         })
        lines += section(t("企业基本情况变化", "Profile facts changed"), [t("事项", "Fact"), t("旧", "Old"), t("新", "New")],
                         diff.profile.map { change in
                             [md(labels.profileFact(change.id)), md(labels.profileValue(change.id, change.value.old)),
                              md(labels.profileValue(change.id, change.value.new))]
                         })
        lines += rubric()
        return lines.joined(separator: "\n") + "\n"
    }

    /// Files, rubrics, verdict, completeness, total and every domain, side by side.
    private func overview() -> [[String]] {
        var rows = [
            [t("评估文件", "Assessment"), md(diff.old.assessment.source), md(diff.new.assessment.source), ""],
            [t("评价细则", "Rubric"), md(labels.rubric(diff.old.rubric)), md(labels.rubric(diff.new.rubric)),
             diff.rubricChanged ? t("不同", "differs") : ""],
            [t("判定等级", "Tier"), md(labels.tier(diff.tier.old)), md(labels.tier(diff.tier.new)), diff.tier.changed ? t("变化", "changed") : ""],
        ]
        if diff.complete.changed {
            let word = { (complete: Bool) in complete ? self.t("完整", "complete") : self.t("不完整", "incomplete") }
            rows.append([t("完整性", "Completeness"), word(diff.complete.old), word(diff.complete.new), t("变化", "changed")])
        }
        rows.append(["**" + t("总分", "Total") + "**", labels.score(diff.total.score.old), labels.score(diff.total.score.new), change(diff.total)])
        for domain in diff.domains {
            rows.append([md(labels.domain(domain.id)), labels.score(domain.change.score.old), labels.score(domain.change.score.new),
                         change(domain.change)])
        }
        return rows
    }

    /// The delta where the score moved; blank where it did not, so the eye finds the moves.
    private func change(_ score: ScoreChange) -> String {
        score.changed ? labels.delta(score.delta) : ""
    }

    private func tiers() -> [String] {
        guard !diff.tiers.isEmpty else { return [] }
        var lines = ["", "## " + t("规则和申报条件变化", "Conditions that flipped")]
        for tier in diff.tiers {
            let verdict = tier.achieved.changed ? labels.achieved(tier.achieved.old) + " → " + labels.achieved(tier.achieved.new)
                                                : labels.achieved(tier.achieved.new) + t("（未变）", " (unchanged)")
            lines += ["", "### " + md(labels.tier(tier.id) + t("：", ": ") + verdict)]
            guard !tier.flips.isEmpty else { continue }
            lines.append("")
            lines += table([t("条件", "Condition"), t("旧", "Old"), t("新", "New"), t("读取的值", "Values read")], tier.flips.map { flip in
                [md(labels.condition(flip, tier: tier.id)), labels.status(flip.status.old), labels.status(flip.status.new),
                 md(labels.reads(flip).joined(separator: t("；", "; ")))]
            })
        }
        return lines
    }

    private func answer(_ change: AnswerChange) -> [String] {
        let score = change.scoreChanged ? labels.indicatorScore(change.outcome.old) + " → " + labels.indicatorScore(change.outcome.new)
                                        : labels.indicatorScore(change.outcome.new)
        return [md(labels.indicator(change.id)), md(side(change, old: true)), md(side(change, old: false)), score]
    }

    /// One side of an answer: what changed in it (value, evidence, note).
    private func side(_ change: AnswerChange, old: Bool) -> String {
        let answer = old ? change.answer.old : change.answer.new
        var parts: [String] = []
        if change.kind != .changed || change.aspects.contains(.value) || change.aspects.contains(.na) {
            parts.append(labels.answer(answer, indicator: change.id, old: old))
        }
        if change.aspects.contains(.evidence) { parts.append(labels.aspect(.evidence) + t("：", ": ") + labels.evidence(answer)) }
        if change.aspects.contains(.note) { parts.append(labels.aspect(.note) + t("：", ": ") + labels.note(answer)) }
        return parts.joined(separator: t("；", "; "))
    }

    private func rubric() -> [String] {
        guard diff.rubricChanged else { return [] }
        var lines = ["", "## " + t("评价细则变化", "Rubric changed"), "",
                     md(labels.rubric(diff.old.rubric)) + " → " + md(labels.rubric(diff.new.rubric))]
        guard !diff.rubricItems.isEmpty else { return lines }
        lines.append("")
        for item in diff.rubricItems {
            var line = "- " + md(labels.rubricItem(item))
            if item.edit == .changed, let before = item.oldExpression, let after = item.newExpression {
                line += t("：", ": ") + md(before) + " → " + md(after)
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
