import ZhizaoCEL

/// The terminal rendering of a diff: who and what was compared, then what moved — the
/// verdict, the scores, the tiers and the conditions that flipped, the answers, the
/// enterprise's fields and facts, the rubric. Sections with nothing in them are left out.
public struct DiffText {
    public let diff: AssessmentDiff
    let labels: DiffLabels

    public init(_ diff: AssessmentDiff, language: Language) {
        self.diff = diff
        self.labels = DiffLabels(diff: diff, language: language)
    }

    private func t(_ zh: String, _ en: String) -> String { labels.t(zh, en) }
    private var arrow: String { " → " }

    public func render() -> String {
        var lines = header()
        lines.append("")
        if diff.isEmpty {
            lines.append(t("无差异：回答、得分和等级均相同。", "No differences: the answers, scores and tier are the same."))
            lines.append(t("判定等级：", "Tier: ") + labels.tier(diff.new.tier) + t("；总分 ", "; total ") + labels.score(diff.new.total))
            return lines.joined(separator: "\n") + "\n"
        }
        lines += verdict()
        lines += section(t("规则和申报条件变化：", "Conditions that flipped:"), tiers())
        lines += section(t("回答变化（\(diff.answers.count) 项）：", "Answers changed (\(diff.answers.count)):"), diff.answers.map(answer))
        lines += section(t("企业信息变化：", "Enterprise fields changed:"), diff.fields.map { change in
            "  " + change.field.label.text(labels.language) + t("：", ": ")
                + labels.field(change.field, change.value.old) + arrow + labels.field(change.field, change.value.new)
        })
        lines += section(t("企业基本情况变化：", "Profile facts changed:"), diff.profile.map { change in
            "  " + labels.profileFact(change.id) + t("：", ": ")
                + labels.profileValue(change.id, change.value.old) + arrow + labels.profileValue(change.id, change.value.new)
        })
        lines += rubric()
        return lines.joined(separator: "\n") + "\n"
    }

    private func header() -> [String] {
        let enterprise = diff.new.assessment.enterprise
        let name = enterprise.name ?? diff.old.assessment.enterprise.name ?? diff.new.assessment.source
        return [
            name + (enterprise.creditCode.map { t("（\($0.value)）", " (\($0.value))") } ?? ""),
            t("旧：", "Old: ") + diff.old.assessment.source + " · " + labels.rubric(diff.old.rubric),
            t("新：", "New: ") + diff.new.assessment.source + " · " + labels.rubric(diff.new.rubric),
        ]
    }

    /// The result tier, the completeness, the total and every domain.
    private func verdict() -> [String] {
        var lines = [t("判定等级：", "Tier: ") + (diff.tier.changed
            ? labels.tier(diff.tier.old) + arrow + labels.tier(diff.tier.new)
            : labels.tier(diff.tier.new) + t("（未变）", " (unchanged)"))]
        if diff.complete.changed {
            let word = { (complete: Bool) in complete ? self.t("完整", "complete") : self.t("不完整（有必答指标未作答）", "incomplete (required indicators unanswered)") }
            lines.append(t("完整性：", "Completeness: ") + word(diff.complete.old) + arrow + word(diff.complete.new))
        }
        lines.append(t("总分 ", "Total ") + move(diff.total))
        let width = diff.domains.map { DisplayWidth.of(labels.domain($0.id)) }.max() ?? 0
        for domain in diff.domains {
            lines.append("  " + DisplayWidth.padded(labels.domain(domain.id), to: width) + "  " + move(domain.change))
        }
        return lines
    }

    /// `58.4 → 60.9（+2.5）`, or `60.0（未变）`.
    private func move(_ change: ScoreChange) -> String {
        guard change.changed else { return labels.score(change.score.new) + t("（未变）", " (unchanged)") }
        let delta = labels.delta(change.delta)
        return labels.score(change.score.old) + arrow + labels.score(change.score.new) + (delta.isEmpty ? "" : t("（\(delta)）", " (\(delta))"))
    }

    private func tiers() -> [String] {
        diff.tiers.flatMap { tier -> [String] in
            var lines = ["  " + labels.tier(tier.id) + t("：", ": ")
                         + (tier.achieved.changed ? labels.achieved(tier.achieved.old) + arrow + labels.achieved(tier.achieved.new)
                                                  : labels.achieved(tier.achieved.new) + t("（未变）", " (unchanged)"))]
            for flip in tier.flips {
                let reads = labels.reads(flip)
                lines.append("    " + labels.status(flip.status.old) + arrow + labels.status(flip.status.new) + "  "
                             + labels.condition(flip, tier: tier.id) + (reads.isEmpty ? "" : "  [" + reads.joined(separator: ", ") + "]"))
            }
            return lines
        }
    }

    /// One indicator: what its answer became, and its score where that moved.
    private func answer(_ change: AnswerChange) -> String {
        var parts: [String] = []
        let old = change.answer.old
        let new = change.answer.new
        if change.kind == .rescored {
            parts.append(t("回答未变：", "same answer: ") + labels.answer(new, indicator: change.id, old: false))
        } else if change.kind != .changed || change.aspects.contains(.value) || change.aspects.contains(.na) {
            parts.append(labels.answer(old, indicator: change.id, old: true) + arrow + labels.answer(new, indicator: change.id, old: false))
        }
        if change.aspects.contains(.evidence) {
            parts.append(labels.aspect(.evidence) + " " + labels.evidence(old) + arrow + labels.evidence(new))
        }
        if change.aspects.contains(.note) {
            parts.append(labels.aspect(.note) + " " + labels.note(old) + arrow + labels.note(new))
        }
        if change.scoreChanged {
            parts.append(t("得分 ", "score ") + labels.indicatorScore(change.outcome.old) + arrow + labels.indicatorScore(change.outcome.new))
        }
        return "  " + labels.indicator(change.id) + t("：", ": ") + parts.joined(separator: t("；", "; "))
    }

    private func rubric() -> [String] {
        guard diff.rubricChanged else { return [] }
        var lines = ["", t("评价细则变化：", "Rubric changed:"),
                     "  " + labels.rubric(diff.old.rubric) + " (" + diff.old.rubric.fingerprint.prefix(19) + "…)" + arrow
                         + labels.rubric(diff.new.rubric) + " (" + diff.new.rubric.fingerprint.prefix(19) + "…)"]
        for item in diff.rubricItems {
            var line = "  " + labels.rubricItem(item)
            if item.edit == .changed, let before = item.oldExpression, let after = item.newExpression {
                line += "  [" + before + arrow + after + "]"
            }
            lines.append(line)
        }
        return lines
    }

    private func section(_ title: String, _ body: [String]) -> [String] {
        body.isEmpty ? [] : ["", title] + body
    }
}
