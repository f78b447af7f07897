import ZhizaoCEL

/// The words of a diff for a person, in one language: titles with their ids, answers as
/// labels, numbers as SPEC §3.5 rounds them. Titles come from the new rubric, or the old
/// one for what only it has. Shared by the text and Markdown renderers, which differ only
/// in layout (and Markdown escapes every string taken from an input).
struct DiffLabels {
    let diff: AssessmentDiff
    let language: Language

    var locale: String { language.rawValue }
    private var oldRubric: Rubric { diff.old.rubric }
    private var newRubric: Rubric { diff.new.rubric }

    func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// `title（id）`, or the id alone when the rubric gives no other title.
    func named(_ title: String?, _ id: String) -> String {
        guard let title, title != id, !title.isEmpty else { return id }
        return language == .zh ? "\(title)（\(id)）" : "\(title) (\(id))"
    }

    /// The title from the new rubric, else the old.
    private func title(_ pick: (Rubric) -> LocalizedText?) -> String? {
        if let text = pick(newRubric) { return newRubric.text(text, locale) }
        return pick(oldRubric).map { oldRubric.text($0, locale) }
    }

    func indicator(_ id: String) -> String { named(title { $0.indicator(id)?.title }, id) }

    func domain(_ id: String) -> String { title { $0.domains.first { $0.id == id }?.title } ?? id }

    func profileFact(_ id: String) -> String { named(title { $0.profileFact(id)?.title }, id) }

    /// A tier's title with its id; nil is the verdict "no tier".
    func tier(_ id: String?) -> String {
        guard let id else { return t("未达到任何等级", "none achieved") }
        return named(title { $0.tier(id)?.title }, id)
    }

    func achieved(_ achieved: Bool?) -> String {
        switch achieved {
        case true?: return t("达到", "achieved")
        case false?: return t("未达到", "not achieved")
        case nil: return t("（细则中无此等级）", "(not in the rubric)")
        }
    }

    /// What a flipped condition is: its kind, title and id.
    func condition(_ flip: OutcomeFlip, tier: String) -> String {
        switch flip.kind {
        case .gate:
            return t("申报条件 ", "gate ") + named(title { $0.gates.first { $0.id == flip.id }?.title }, flip.id)
        case .rule:
            let provisional = rule(tier, flip.id)?.provisional == true ? t("（暂定）", " (provisional)") : ""
            return t("规则 ", "rule ") + named(title { $0.tier(tier)?.rules.first { $0.id == flip.id }?.title }.map { $0 + provisional }, flip.id)
        case .prerequisite:
            return t("须先达到 ", "requires ") + self.tier(flip.id)
        }
    }

    private func rule(_ tier: String, _ id: String) -> Rule? {
        newRubric.tier(tier)?.rules.first { $0.id == id } ?? oldRubric.tier(tier)?.rules.first { $0.id == id }
    }

    func status(_ status: ExpressionOutcome.Status?) -> String {
        switch status {
        case .pass?: return t("✓ 满足", "✓ pass")
        case .fail?: return t("✗ 不满足", "✗ fail")
        case .error?: return t("! 出错", "! error")
        case nil: return t("— 无此项", "— absent")
        }
    }

    /// What a flipped condition read, each value once: `total = 58.4 → 60.9`, or
    /// `cmmm_level = 3` when it did not move; then any error.
    func reads(_ flip: OutcomeFlip) -> [String] {
        let oldValues = flip.old?.values ?? []
        let newValues = flip.new?.values ?? []
        let references = AssessmentDiff.union(newValues.map(\.reference), oldValues.map(\.reference))
        var parts = references.map { reference -> String in
            let before = oldValues.first { $0.reference == reference }.map { value($0.value) }
            let after = newValues.first { $0.reference == reference }.map { value($0.value) }
            switch (before, after) {
            case (let b?, let a?) where a == b: return "\(reference) = \(a)"
            default: return "\(reference) = \(before ?? "—") → \(after ?? "—")"
            }
        }
        if let error = flip.old?.error { parts.append(t("原出错：", "old error: ") + error.text(language)) }
        if let error = flip.new?.error { parts.append(t("现出错：", "new error: ") + error.text(language)) }
        return parts
    }

    private func value(_ value: CELValue?) -> String {
        value.map(ValueText.display) ?? t("（无）", "(none)")
    }

    /// T or D with one decimal; a domain that is not applicable says so.
    func score(_ score: ExactNumber?) -> String {
        score.map { $0.decimalString(places: 1) } ?? t("不适用", "n/a")
    }

    /// A signed difference with one decimal: `+2.5`, `-0.4`, `0.0`.
    func delta(_ delta: ExactNumber?) -> String {
        guard let delta else { return "" }
        return (delta > .zero ? "+" : "") + delta.decimalString(places: 1)
    }

    /// An indicator's s with two decimals, as the report shows it.
    func indicatorScore(_ outcome: IndicatorResult?) -> String {
        guard let outcome else { return "—" }
        return outcome.score.map { $0.decimalString(places: 2) } ?? t("不计入", "excluded")
    }

    /// An answer's value (or N/A reason) as its side's rubric labels it.
    func answer(_ answer: Answer?, indicator id: String, old: Bool) -> String {
        guard let answer else { return t("未作答", "unanswered") }
        if let reason = answer.notApplicable { return t("不适用：", "N/A: ") + reason }
        let rubric = old ? oldRubric : newRubric
        return AnswerText.text(answer.value, indicator: rubric.indicator(id), rubric: rubric, language)
    }

    func evidence(_ answer: Answer?) -> String {
        guard let evidence = answer?.evidence, !evidence.isEmpty else { return t("（无）", "(none)") }
        return evidence.joined(separator: t("、", ", "))
    }

    func note(_ answer: Answer?) -> String {
        answer?.note ?? t("（无）", "(none)")
    }

    func aspect(_ aspect: AnswerChange.Aspect) -> String {
        switch aspect {
        case .value: return t("回答", "answer")
        case .na: return t("不适用", "N/A")
        case .evidence: return t("佐证", "evidence")
        case .note: return t("备注", "note")
        }
    }

    /// A field's value: `applying_for` by its tier's title; an empty field says so.
    func field(_ field: FieldChange.Field, _ value: String?) -> String {
        guard let value else { return t("（无）", "(none)") }
        return field == .applyingFor ? tier(value) : value
    }

    /// A profile fact's value: a choice by its label, a bool as 是/否.
    func profileValue(_ id: String, _ value: ProfileValue?) -> String {
        switch value {
        case nil: return t("（未填）", "(not given)")
        case .bool(let b)?: return b ? t("是", "yes") : t("否", "no")
        case .int(let i)?: return String(i)
        case .number(let n)?: return n.description
        case .string(let s)?:
            return title { $0.profileFact(id)?.choices.first { $0.id == s }?.label } ?? s
        }
    }

    func rubric(_ rubric: Rubric) -> String { "\(rubric.id) \(rubric.version)" }

    func rubricItem(_ item: RubricItemChange) -> String {
        let kind: String
        let name: String
        switch item.kind {
        case .domain: kind = t("领域", "domain"); name = named(domain(item.id), item.id)
        case .indicator: kind = t("指标", "indicator"); name = indicator(item.id)
        case .gate: kind = t("申报条件", "gate"); name = named(title { $0.gates.first { $0.id == item.id }?.title }, item.id)
        case .tier: kind = t("等级", "tier"); name = tier(item.id)
        case .rule:
            kind = t("规则", "rule")
            name = named(title { rubric in rubric.tier(item.tier ?? "")?.rules.first { $0.id == item.id }?.title }, item.id)
                + (item.tier.map { " · " + tier($0) } ?? "")
        }
        let edit: String
        switch item.edit {
        case .added: edit = t("新增", "added")
        case .removed: edit = t("删除", "removed")
        case .changed: edit = t("改写", "rewritten")
        }
        return t("\(edit)\(kind)：\(name)", "\(edit) \(kind): \(name)")
    }
}
