import Foundation
import ZhizaoCEL

/// Everything a report shows, computed once from a result and formatted for one language
/// (SPEC §5, in its order). Every reporter renders this model; templates see only stored,
/// ready-formatted values (the template engine reads by reflection).
public struct ReportModel: Sendable {
    struct Field: Sendable { let label: String; let value: String }

    struct DomainRow: Sendable {
        let id: String
        let title: String
        let score: String
        let weight: String
        let needs: String
    }

    struct Condition: Sendable {
        let kind: String
        let id: String
        let title: String
        let expression: String
        let values: String
        let threshold: String
        let status: String
        let statusText: String
        let error: String
        let hasError: Bool
        let source: String
        let provisional: Bool
        let secondary: Bool
    }

    struct TierSection: Sendable {
        let id: String
        let title: String
        let achieved: Bool
        let statusText: String
        let conditions: [Condition]
    }

    struct PlanRow: Sendable {
        let number: Int
        let indicator: String
        let from: String
        let to: String
        let adds: String
        let effort: Int
        let advice: String
        let hasAdvice: Bool
    }

    struct IndicatorRow: Sendable {
        let id: String
        let title: String
        let scenario: String
        let hasScenario: Bool
        let answer: String
        let score: String
        let weight: String
        let evidence: String
        let note: String
        let naReason: String
    }

    struct StandingRow: Sendable { let measure: String; let batch: String; let city: String; let industry: String }

    struct IndicatorGroup: Sendable {
        let id: String
        let title: String
        let score: String
        let rows: [IndicatorRow]
    }

    let language: String
    let messageLanguage: Language
    let labels: ReportLabels
    let enterpriseName: String
    let header: [Field]
    let tierID: String
    let hasTier: Bool
    let tierTitle: String
    let hasApplying: Bool
    let applyingTitle: String
    let applyingAchieved: String
    let incomplete: Bool
    let ladderSVG: String
    let radarSVG: String
    let total: String
    let totalNeeds: String
    let hasTotalNeeds: Bool
    let domains: [DomainRow]
    let tiers: [TierSection]
    let hasPlan: Bool
    let planTitle: String
    let planRows: [PlanRow]
    let planBlockers: [String]
    let hasBlockers: Bool
    let planNote: String
    let hasPlanNote: Bool
    let planNothing: Bool
    let indicatorGroups: [IndicatorGroup]
    let warnings: [String]
    let hasWarnings: Bool
    /// Where the applicant stands in a `rank` batch: percentile ranks of T and each D.
    let standing: [StandingRow]
    let hasStanding: Bool
    /// Raw numbers for the JSON reporter and tests.
    let result: ScoreResult

    /// `date`: the report date (`YYYY-MM-DD`); the caller decides it, so the same input and
    /// date give byte-identical reports.
    /// `standing`: the applicant's percentile ranks in a `rank` batch (`rank --reports`).
    public init(_ result: ScoreResult, language: Language, date: String, standing: Percentiles.Standing? = nil) {
        let rubric = result.rubric
        let assessment = result.assessment
        let locale = language.rawValue
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        func text(_ localized: LocalizedText?) -> String { localized.map { rubric.text($0, locale) } ?? "" }
        let labels = ReportLabels.make(language)
        self.result = result
        self.language = zh ? "zh-CN" : "en"
        messageLanguage = language
        self.labels = labels

        let enterprise = assessment.enterprise
        enterpriseName = enterprise.name ?? t("（未填写企业名称）", "(no enterprise name)")
        var header: [Field] = []
        if let code = enterprise.creditCode { header.append(Field(label: labels.creditCode, value: code.value)) }
        if let city = enterprise.city { header.append(Field(label: labels.city, value: city)) }
        if let industry = enterprise.industry { header.append(Field(label: labels.industry, value: industry)) }
        header.append(Field(label: labels.rubric, value: "\(text(rubric.title)) (\(rubric.id) \(rubric.version))"))
        header.append(Field(label: labels.rubricFingerprint, value: rubric.fingerprint))
        header.append(Field(label: labels.assessmentFingerprint, value: assessment.fingerprint))
        header.append(Field(label: labels.date, value: date))
        header.append(Field(label: labels.tool, value: "zhizao \(ZhizaoVersion.current)"))
        self.header = header

        // Verdict.
        tierID = result.tier ?? "none"
        hasTier = result.tier != nil
        tierTitle = result.tier.flatMap { rubric.tier($0) }.map { text($0.title) } ?? t("未达到任何等级", "No tier achieved")
        let applying = assessment.applyingFor.flatMap { rubric.tier($0) }
        hasApplying = applying != nil
        applyingTitle = applying.map { text($0.title) } ?? ""
        applyingAchieved = applying.map { result.verdict($0.id)?.achieved == true ? t("已达到", "achieved") : t("未达到", "not achieved") } ?? ""
        incomplete = !result.complete
        ladderSVG = TierLadderChart(
            steps: rubric.tiers.map { tier in
                TierLadderChart.Step(title: text(tier.title), achieved: result.verdict(tier.id)?.achieved == true,
                                     isResult: tier.id == result.tier, isApplied: tier.id == assessment.applyingFor)
            },
            title: labels.ladderTitle + t("：", ": ") + tierTitle,
            achievedMark: t("判定等级", "result"), appliedMark: t("申报", "applied for")).svg()

        // The next tier's floors, where its rules give them.
        let nextTier = result.plan?.tier ?? Self.nextTier(after: result)
        var domainFloors: [String: Double] = [:]
        var totalFloor: Double?
        if let tier = nextTier.flatMap({ rubric.tier($0) }) {
            for comparison in tier.rules.flatMap({ $0.expression.program.comparisons })
            where comparison.op == .greaterEqual || comparison.op == .greater {
                if comparison.reference.variable == "total", comparison.reference.path.isEmpty {
                    totalFloor = max(totalFloor ?? comparison.value, comparison.value)
                } else if comparison.reference.variable == "domain", comparison.reference.path.count == 1 {
                    let id = comparison.reference.path[0]
                    domainFloors[id] = max(domainFloors[id] ?? comparison.value, comparison.value)
                }
            }
        }
        let nextTitle = nextTier.flatMap { rubric.tier($0) }.map { text($0.title) } ?? ""
        total = result.total.decimalString(places: 1)
        totalNeeds = totalFloor.map { "≥ " + Self.number($0) + (nextTitle.isEmpty ? "" : t("（\(nextTitle)）", " (\(nextTitle))")) } ?? ""
        hasTotalNeeds = totalFloor != nil
        domains = rubric.domains.map { domain in
            DomainRow(id: domain.id, title: text(domain.title),
                      score: result.domains[domain.id].map { $0.decimalString(places: 1) } ?? t("不适用", "n/a"),
                      weight: domain.weight.description,
                      needs: domainFloors[domain.id].map { "≥ " + Self.number($0) } ?? "")
        }
        radarSVG = RadarChart(
            axes: rubric.domains.map { domain in
                RadarChart.Axis(label: text(domain.title), score: result.domains[domain.id]?.doubleValue, threshold: domainFloors[domain.id])
            },
            title: labels.radarTitle + t("：总分 ", ": total ") + result.total.decimalString(places: 1),
            totalThreshold: totalFloor,
            thresholdLegend: nextTitle.isEmpty ? labels.nextTierNeeds : labels.nextTierNeeds + t("（\(nextTitle)）", " (\(nextTitle))"),
            scoreLegend: labels.score).svg()

        // Every gate and rule, tier by tier.
        func condition(_ outcome: ExpressionOutcome, kind: String, title: LocalizedText, expression: RubricExpression,
                       source: String?, provisional: Bool) -> Condition {
            let cited = source.flatMap { rubric.source($0) }
            let comparisons = expression.program.comparisons
            let threshold = comparisons.isEmpty ? expression.source
                : comparisons.map { "\($0.reference) \(Self.symbol($0.op)) \(Self.number($0.value))" }.joined(separator: t("，且 ", "; and "))
            return Condition(
                kind: kind, id: outcome.id, title: text(title), expression: expression.source,
                values: ResultText.reads(outcome, language).joined(separator: t("；", "; ")),
                threshold: threshold, status: outcome.status.rawValue,
                statusText: outcome.status == .pass ? t("✓ 满足", "✓ met") : (outcome.status == .fail ? t("✗ 不满足", "✗ not met") : t("! 出错", "! error")),
                error: outcome.error?.text(language) ?? "", hasError: outcome.error != nil,
                source: rubric.citation(source, locale), provisional: provisional, secondary: cited?.reliability == .secondary)
        }
        tiers = rubric.tiers.compactMap { tier -> TierSection? in
            guard let verdict = result.verdict(tier.id) else { return nil }
            let gates = rubric.gates.filter { $0.applies(to: tier.id) }
            var conditions = zip(gates, verdict.gates).map { gate, outcome in
                condition(outcome, kind: labels.gate, title: gate.title, expression: gate.expression, source: gate.source, provisional: gate.provisional)
            }
            conditions += zip(tier.rules, verdict.rules).map { rule, outcome in
                condition(outcome, kind: labels.rule, title: rule.title, expression: rule.expression, source: rule.source, provisional: rule.provisional)
            }
            conditions += verdict.missingPrerequisites.map { missing in
                let title = rubric.tier(missing).map { text($0.title) } ?? missing
                return Condition(kind: labels.prerequisite, id: missing, title: t("须先达到", "requires ") + title, expression: "", values: "",
                                 threshold: "", status: "fail", statusText: t("✗ 不满足", "✗ not met"), error: "", hasError: false,
                                 source: "", provisional: false, secondary: false)
            }
            return TierSection(id: tier.id, title: text(tier.title), achieved: verdict.achieved,
                               statusText: verdict.achieved ? t("达到", "achieved") : t("未达到", "not achieved"), conditions: conditions)
        }

        // The plan.
        if let plan = result.plan, let tier = rubric.tier(plan.tier) {
            hasPlan = true
            planTitle = t("升级到\(text(tier.title))的最省路径", "Cheapest way to \(text(tier.title))")
            planRows = plan.changes.enumerated().map { index, change in
                let indicator = rubric.indicator(change.indicator)
                return PlanRow(number: index + 1, indicator: indicator.map { text($0.title) } ?? change.indicator,
                               from: AnswerText.text(change.from, indicator: indicator, rubric: rubric, locale),
                               to: AnswerText.text(change.to, indicator: indicator, rubric: rubric, locale),
                               adds: "+" + change.adds.decimalString(places: 1), effort: change.effort, advice: text(indicator?.advice),
                               hasAdvice: indicator?.advice != nil)
            }
            planBlockers = plan.blockers.map { $0.message.text(language) }
            hasBlockers = !plan.blockers.isEmpty
            planNothing = plan.changes.isEmpty && plan.blockers.isEmpty
            hasPlanNote = !plan.provenMinimal
            planNote = plan.provenMinimal ? "" : (plan.changes.isEmpty
                ? t("在搜索上限内未找到方案；这不证明无法达到。", "No plan found within the search limits; that does not prove the tier unreachable.")
                : t("未穷尽搜索：此方案可行，但不一定最省。", "Search not exhaustive: this plan works but may not be the cheapest."))
        } else {
            hasPlan = false
            planTitle = ""
            planRows = []
            planBlockers = []
            hasBlockers = false
            planNothing = false
            hasPlanNote = false
            planNote = ""
        }

        // Every indicator, by domain.
        let byID = Dictionary(uniqueKeysWithValues: result.indicators.map { ($0.id, $0) })
        indicatorGroups = rubric.domains.map { domain in
            let rows = rubric.indicators.filter { $0.domain == domain.id }.map { indicator -> IndicatorRow in
                let answer = assessment.answers[indicator.id]
                let outcome = byID[indicator.id]
                let answerText: String
                if answer?.notApplicable != nil {
                    answerText = t("不适用", "N/A")
                } else {
                    answerText = AnswerText.text(answer?.value, indicator: indicator, rubric: rubric, locale)
                }
                return IndicatorRow(
                    id: indicator.id, title: text(indicator.title), scenario: indicator.scenario.map(String.init) ?? "",
                    hasScenario: indicator.scenario != nil,
                    answer: answerText,
                    score: outcome?.score.map { $0.decimalString(places: 2) } ?? t("不计入", "excluded"),
                    weight: indicator.weight.description, evidence: answer?.evidence.joined(separator: t("、", ", ")) ?? "",
                    note: answer?.note ?? "", naReason: answer?.notApplicable ?? "")
            }
            return IndicatorGroup(id: domain.id, title: text(domain.title),
                                  score: result.domains[domain.id].map { $0.decimalString(places: 1) } ?? t("不适用", "n/a"), rows: rows)
        }

        warnings = result.warnings.map { warning in
            let subject = warning.id.map { id in rubric.indicator(id).map { text($0.title) } ?? id }
            return (subject.map { $0 + t("：", ": ") } ?? "") + warning.message.text(language)
        }
        hasWarnings = !warnings.isEmpty

        let measures = [labels.total] + rubric.domains.map { text($0.title) }
        self.standing = standing.map { standing in
            measures.indices.map { index in
                StandingRow(measure: measures[index], batch: Percentiles.text(standing.batch[index]),
                            city: Percentiles.text(standing.city[index]), industry: Percentiles.text(standing.industry[index]))
            }
        } ?? []
        hasStanding = standing != nil
    }

    static func nextTier(after result: ScoreResult) -> String? {
        let ids = result.rubric.tiers.map(\.id)
        let index = result.tier.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        return index < ids.count ? ids[index] : nil
    }

    static func symbol(_ op: CELComparison.Operator) -> String {
        switch op {
        case .greaterEqual: return "≥"
        case .greater: return ">"
        case .lessEqual: return "≤"
        case .less: return "<"
        case .equal: return "="
        }
    }

    /// 75.0 → "75", 0.2 → "0.2".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
