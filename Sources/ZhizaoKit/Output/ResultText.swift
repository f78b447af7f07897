import ZhizaoCEL

/// The terminal rendering of a result (`score --format text`): the verdict, the total and
/// the five domains, what failed and the values it read, the top of the plan, warnings.
/// With `explain`, every gate and rule of every tier.
public struct ResultText {
    public let result: ScoreResult
    public let language: Language
    public var explain = false
    public var planLines = 5

    public init(_ result: ScoreResult, language: Language, explain: Bool = false) {
        self.result = result
        self.language = language
        self.explain = explain
    }

    private var zh: Bool { language == .zh }
    private var locale: String { language.rawValue }
    private var rubric: Rubric { result.rubric }
    private func t(_ zh: String, _ en: String) -> String { self.zh ? zh : en }

    public func render() -> String {
        var lines: [String] = []
        let enterprise = result.assessment.enterprise
        let details = [enterprise.creditCode?.value, enterprise.city, enterprise.industry].compactMap { $0 }
        lines.append((enterprise.name ?? result.assessment.source) + (details.isEmpty ? "" : "（" + details.joined(separator: " · ") + "）"))
        lines.append(t("评价细则 ", "Rubric ") + "\(rubric.id) \(rubric.version) · \(result.assessment.source)")
        lines.append("")
        let tierTitle = result.tier.flatMap { rubric.tier($0) }.map { rubric.text($0.title, locale) }
        lines.append(t("判定等级：", "Tier: ") + (tierTitle ?? t("未达到任何等级", "none achieved")))
        if let applying = result.assessment.applyingFor, let tier = rubric.tier(applying) {
            let achieved = result.verdict(applying)?.achieved == true
            lines.append(t("申报等级：", "Applied for: ") + rubric.text(tier.title, locale) + (achieved ? t("（达到）", " (achieved)") : t("（未达到）", " (not achieved)")))
        }
        if !result.complete { lines.append(t("注意：有必答指标未作答，结果不完整", "Note: required indicators are unanswered; the result is incomplete")) }
        lines.append("")
        lines.append(t("总分 ", "Total ") + result.total.decimalString(places: 1))
        let width = rubric.domains.map { DisplayWidth.of(rubric.text($0.title, locale)) }.max() ?? 0
        for domain in rubric.domains {
            let score = result.domains[domain.id].map { $0.decimalString(places: 1) } ?? t("不适用", "n/a")
            lines.append("  " + DisplayWidth.padded(rubric.text(domain.title, locale), to: width) + "  " + score)
        }
        lines += explain ? everyOutcome() : failures()
        lines += plan()
        lines += warnings()
        return lines.joined(separator: "\n") + "\n"
    }

    /// What stands between the result and the next tier (or the applied-for tier).
    private func failures() -> [String] {
        let focus = result.plan?.tier ?? result.assessment.applyingFor
        guard let focus, let verdict = result.verdict(focus), !verdict.achieved, let tier = rubric.tier(focus) else { return [] }
        var lines = ["", t("未达到\(rubric.text(tier.title, locale))的原因：", "Why not \(rubric.text(tier.title, locale)):")]
        for outcome in verdict.gates where outcome.status != .pass { lines.append(line(outcome, title: gateTitle(outcome.id))) }
        for outcome in verdict.rules where outcome.status != .pass { lines.append(line(outcome, title: ruleTitle(tier, outcome.id))) }
        for missing in verdict.missingPrerequisites {
            let title = rubric.tier(missing).map { rubric.text($0.title, locale) } ?? missing
            lines.append("  ✗ " + t("须先达到\(title)", "requires \(title)"))
        }
        return lines
    }

    private func everyOutcome() -> [String] {
        var lines: [String] = []
        for verdict in result.tiers {
            guard let tier = rubric.tier(verdict.id) else { continue }
            lines.append("")
            lines.append(rubric.text(tier.title, locale) + (verdict.achieved ? t("：达到", ": achieved") : t("：未达到", ": not achieved")))
            for outcome in verdict.gates { lines.append(line(outcome, title: gateTitle(outcome.id))) }
            for outcome in verdict.rules { lines.append(line(outcome, title: ruleTitle(tier, outcome.id))) }
            for missing in verdict.missingPrerequisites {
                lines.append("  ✗ " + t("须先达到 ", "requires ") + (rubric.tier(missing).map { rubric.text($0.title, locale) } ?? missing))
            }
        }
        if !result.metrics.isEmpty {
            lines.append("")
            lines.append(t("计算指标：", "Metrics:"))
            for (id, value) in result.metrics {
                lines.append("  " + (value.map { Self.equation(id, $0) } ?? "\(id) = " + t("（无法计算）", "(failed)")))
            }
        }
        return lines
    }

    private func line(_ outcome: ExpressionOutcome, title: String) -> String {
        let mark = outcome.status == .pass ? "✓" : (outcome.status == .fail ? "✗" : "!")
        let values = Self.reads(outcome, language)
        var text = "  \(mark) \(title)"
        if !values.isEmpty { text += "  [" + values.joined(separator: ", ") + "]" }
        if let error = outcome.error { text += "  " + t("出错：", "error: ") + error.text(language) }
        return text
    }

    /// A value as a reader wants it: a long fraction such as an AI share of 7/29 shows as
    /// `≈0.2414` (the JSON result keeps every digit; `≈` says the rule compared more).
    static func display(_ value: CELValue) -> String {
        guard case .double(let d) = value, d.isFinite else { return CELValueFormatter.literal(value) }
        let exact = CELValueFormatter.literal(value)
        guard exact.count > 8 else { return exact }
        var rounded = String(format: "%.4f", d)
        while rounded.hasSuffix("0") { rounded.removeLast() }
        if rounded.hasSuffix(".") { rounded.removeLast() }
        return Double(rounded) == d ? rounded : "≈" + rounded
    }

    /// What an outcome read, one `name = value` each; an absent value (an unanswered
    /// indicator, a missing fact) says so.
    static func reads(_ outcome: ExpressionOutcome, _ language: Language) -> [String] {
        outcome.values.map { read in
            read.value.map { equation(read.reference, $0) } ?? "\(read.reference) = " + (language == .zh ? "（无）" : "(none)")
        }
    }

    /// `name = value`, or `name ≈ value` when the value shown is rounded.
    static func equation(_ name: String, _ value: CELValue) -> String {
        let shown = display(value)
        return shown.hasPrefix("≈") ? "\(name) ≈ \(shown.dropFirst())" : "\(name) = \(shown)"
    }

    private func gateTitle(_ id: String) -> String {
        rubric.gates.first { $0.id == id }.map { rubric.text($0.title, locale) } ?? id
    }

    private func ruleTitle(_ tier: Tier, _ id: String) -> String {
        guard let rule = tier.rules.first(where: { $0.id == id }) else { return id }
        return rubric.text(rule.title, locale) + (rule.provisional ? t("（暂定）", " (provisional)") : "")
    }

    private func plan() -> [String] {
        guard let plan = result.plan, let tier = rubric.tier(plan.tier) else { return [] }
        let title = rubric.text(tier.title, locale)
        var lines = ["", t("升级到\(title)的最省路径：", "Cheapest way to \(title):")]
        if plan.changes.isEmpty && plan.blockers.isEmpty { lines.append("  " + t("无需改动", "nothing to change")) }
        for (index, change) in plan.changes.prefix(planLines).enumerated() {
            let indicator = rubric.indicator(change.indicator)
            let name = indicator.map { rubric.text($0.title, locale) } ?? change.indicator
            let from = AnswerText.text(change.from, indicator: indicator, rubric: rubric, locale)
            let to = AnswerText.text(change.to, indicator: indicator, rubric: rubric, locale)
            lines.append("  \(index + 1). \(name)" + t("：", ": ") + "\(from) → \(to)  " + t("总分 +", "total +") + change.adds.decimalString(places: 1)
                         + t("  工作量 ", "  effort ") + String(change.effort))
        }
        if plan.changes.count > planLines {
            lines.append("  … " + t("另有 \(plan.changes.count - planLines) 项", "\(plan.changes.count - planLines) more"))
        }
        for blocker in plan.blockers { lines.append("  ⛔ " + blocker.message.text(language)) }
        if !plan.provenMinimal {
            lines.append("  " + (plan.changes.isEmpty
                ? t("（在搜索上限内未找到方案；这不证明无法达到）", "(no plan found within the search limits; that does not prove the tier unreachable)")
                : t("（未穷尽搜索：此方案可行，但不一定最省）", "(search not exhaustive: this plan works but may not be the cheapest)")))
        }
        return lines
    }

    private func warnings() -> [String] {
        guard !result.warnings.isEmpty else { return [] }
        var lines = ["", t("提醒：", "Warnings:")]
        for warning in result.warnings {
            let subject = warning.id.map { id in rubric.indicator(id).map { rubric.text($0.title, locale) } ?? id }
            lines.append("  ⚠ " + (subject.map { $0 + t("：", ": ") } ?? "") + warning.message.text(language))
        }
        return lines
    }
}
