import ZhizaoCEL

/// A rubric as a readable handbook (`zhizao rubric-doc`): what a province publishes so that
/// applicants can read the criteria that will score them — from the same file that scores.
/// Formatted for one language; stored fields only, read by the templates.
public struct RubricDocModel: Sendable {
    struct Item: Sendable { let label: String; let value: String }

    struct Choice: Sendable { let id: String; let label: String; let score: String }

    struct IndicatorEntry: Sendable {
        let id: String
        let title: String
        let scenario: String
        let hasScenario: Bool
        let question: String
        let answerForm: String
        let choices: [Choice]
        let hasChoices: Bool
        let guidance: String
        let evidence: String
        let advice: String
        let weight: String
        let notApplicable: String
        let effort: Int
    }

    struct DomainEntry: Sendable {
        let id: String
        let title: String
        let weight: String
        let indicators: [IndicatorEntry]
    }

    struct Condition: Sendable {
        let id: String
        let title: String
        let expression: String
        let appliesTo: String
        let source: String
        let provisional: Bool
        let secondary: Bool
    }

    struct TierEntry: Sendable {
        let id: String
        let title: String
        let requires: String
        let hasRequires: Bool
        let gates: [Condition]
        let rules: [Condition]
    }

    struct SourceEntry: Sendable {
        let id: String
        let title: String
        let reference: String
        let url: String
        let secondary: Bool
        let note: String
    }

    let language: String
    let labels: RubricDocLabels
    let title: String
    let facts: [Item]
    let profile: [Item]
    let domains: [DomainEntry]
    let tiers: [TierEntry]
    let metrics: [Item]
    let checks: [Item]
    let sources: [SourceEntry]

    public init(_ rubric: Rubric, language: Language) {
        let locale = language.rawValue
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        func text(_ localized: LocalizedText?) -> String { localized.map { rubric.text($0, locale) } ?? "" }
        self.language = zh ? "zh-CN" : "en"
        labels = RubricDocLabels.make(language)
        title = text(rubric.title)
        facts = [
            Item(label: t("细则", "Rubric"), value: "\(rubric.id) \(rubric.version)"),
            Item(label: t("细则指纹", "Fingerprint"), value: rubric.fingerprint),
            Item(label: t("等级", "Tiers"), value: rubric.tiers.map { text($0.title) }.joined(separator: " → ")),
            Item(label: t("指标数", "Indicators"), value: String(rubric.indicators.count)),
            Item(label: t("暂定条件数", "Provisional conditions"), value: String(rubric.provisionalCount)),
            Item(label: t("工具版本", "Tool version"), value: "zhizao \(ZhizaoVersion.current)"),
        ]
        profile = rubric.profile.map { fact in
            let choices = fact.choices.map { text($0.label) }.joined(separator: t("、", ", "))
            return Item(label: text(fact.title), value: [text(fact.question), choices.isEmpty ? "" : t("可选：", "Choices: ") + choices, text(fact.guidance)]
                .filter { !$0.isEmpty }.joined(separator: " "))
        }
        domains = rubric.domains.map { domain in
            DomainEntry(id: domain.id, title: text(domain.title), weight: domain.weight.description, indicators: rubric.indicators.filter { $0.domain == domain.id }.map { indicator in
                let form: String
                switch indicator.kind {
                case .choice: form = t("单选", "One choice")
                case .multi: form = t("多选（得分相加，最高1）", "Several choices (scores add up to at most 1)")
                case .bool: form = t("是/否", "Yes / no")
                case .percent, .number:
                    var parts = [indicator.kind == .percent ? t("百分比 0–100", "Percentage 0–100") : t("数值", "Number")]
                    if let (minimum, maximum) = Optional(indicator.bounds), indicator.kind == .number {
                        parts.append([minimum.map { "≥ \($0)" }, maximum.map { "≤ \($0)" }].compactMap { $0 }.joined(separator: " "))
                    }
                    switch indicator.numberScoring {
                    case .bands(let bands)?:
                        parts.append(t("分档：", "Bands: ") + bands.map { "≥ \($0.from) → \($0.score.decimalString(places: 2))" }.joined(separator: t("；", "; ")))
                    case .linear(let from, let to)?:
                        parts.append(t("线性：\(from) 得0，\(to) 得1", "Linear: \(from) scores 0, \(to) scores 1"))
                    case nil: break
                    }
                    form = parts.filter { !$0.isEmpty }.joined(separator: t("，", ", "))
                }
                let policy: String
                switch indicator.notApplicable {
                case .forbid: policy = t("不可填不适用", "N/A not allowed")
                case .exclude: policy = t("可填不适用（须说明理由，不计入该环节）", "N/A allowed with a reason (left out of the domain)")
                case .full: policy = t("可填不适用（按满分计）", "N/A allowed (scores full)")
                case .zero: policy = t("可填不适用（按0分计）", "N/A allowed (scores 0)")
                }
                let choices = indicator.choices.map { Choice(id: $0.id, label: text($0.label), score: $0.score?.decimalString(places: 2) ?? "") }
                return IndicatorEntry(
                    id: indicator.id, title: text(indicator.title), scenario: indicator.scenario.map(String.init) ?? "",
                    hasScenario: indicator.scenario != nil, question: text(indicator.question), answerForm: form,
                    choices: choices, hasChoices: !choices.isEmpty, guidance: text(indicator.guidance), evidence: text(indicator.evidence),
                    advice: text(indicator.advice), weight: indicator.weight.description, notApplicable: policy, effort: indicator.effort)
            })
        }
        func condition(id: String, title: LocalizedText, expression: RubricExpression, tiers: [String]?, source: String?, provisional: Bool) -> Condition {
            let cited = source.flatMap { rubric.source($0) }
            return Condition(id: id, title: text(title), expression: expression.source,
                             appliesTo: tiers.map { $0.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: t("、", ", ")) } ?? t("全部等级", "every tier"),
                             source: rubric.citation(source, locale),
                             provisional: provisional, secondary: cited?.reliability == .secondary)
        }
        tiers = rubric.tiers.map { tier in
            TierEntry(
                id: tier.id, title: text(tier.title),
                requires: tier.requires.compactMap { rubric.tier($0) }.map { text($0.title) }.joined(separator: t("、", ", ")),
                hasRequires: !tier.requires.isEmpty,
                gates: rubric.gates.filter { $0.applies(to: tier.id) }.map {
                    condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: $0.tiers, source: $0.source, provisional: $0.provisional)
                },
                rules: tier.rules.map { condition(id: $0.id, title: $0.title, expression: $0.expression, tiers: nil, source: $0.source, provisional: $0.provisional) })
        }
        metrics = rubric.metrics.map { Item(label: text($0.title).isEmpty ? $0.id : text($0.title), value: $0.expression.source) }
        checks = rubric.checks.map { Item(label: text($0.message), value: $0.expression.source) }
        sources = rubric.sources.map { source in
            SourceEntry(id: source.id, title: text(source.title), reference: source.reference ?? "", url: source.url ?? "",
                        secondary: source.reliability == .secondary, note: text(source.note))
        }
    }
}

/// The fixed texts of the rubric handbook, in one language.
struct RubricDocLabels: Sendable {
    let handbook: String
    let profile: String
    let domains: String
    let weight: String
    let scenario: String
    let question: String
    let answerForm: String
    let choices: String
    let score: String
    let guidance: String
    let evidence: String
    let advice: String
    let notApplicable: String
    let effort: String
    let tiers: String
    let requires: String
    let gates: String
    let rules: String
    let appliesTo: String
    let source: String
    let provisional: String
    let secondary: String
    let provisionalNote: String
    let metrics: String
    let checks: String
    let sources: String
    let colon: String

    static func make(_ language: Language) -> RubricDocLabels {
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        return RubricDocLabels(
            handbook: t("评价细则手册", "Rubric handbook"), profile: t("企业基本情况", "Enterprise facts"),
            domains: t("评价环节与指标", "Domains and indicators"), weight: t("权重", "Weight"), scenario: t("场景", "Scenario"),
            question: t("问题", "Question"), answerForm: t("作答方式", "Answer"), choices: t("选项", "Choices"), score: t("得分", "Score"),
            guidance: t("说明", "Guidance"), evidence: t("佐证材料", "Evidence"), advice: t("改进建议", "Advice"),
            notApplicable: t("不适用", "Not applicable"), effort: t("工作量", "Effort"), tiers: t("等级与规则", "Tiers and rules"),
            requires: t("前提等级", "Requires"), gates: t("申报条件", "Eligibility conditions"), rules: t("等级规则", "Tier rules"),
            appliesTo: t("适用等级", "Applies to"), source: t("依据", "Source"), provisional: t("暂定", "provisional"),
            secondary: t("二手来源", "secondary source"),
            provisionalNote: t("标注“暂定”的条件没有公开文件规定具体数值，可由主管部门替换为正式数值。",
                               "Conditions marked provisional have no value fixed by a public document; the responsible office may replace them."),
            metrics: t("计算指标", "Metrics"), checks: t("一致性检查（只提醒，不影响得分）", "Consistency checks (warnings only, no score change)"),
            sources: t("依据文件", "Sources"), colon: t("：", ": "))
    }
}
