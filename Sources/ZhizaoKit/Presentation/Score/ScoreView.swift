import Foundation
import ZhizaoCEL

/// Everything the outputs of one score result show, built once from the result in one
/// language (SPEC §5, in its order): the terminal text, the HTML and Markdown reports and
/// the report JSON are all written from it. Templates see only stored, ready-formatted
/// values (see `ScoreView+Mustache.swift`). What the engine decides — the focus tier, its
/// score floors, the plan — is read from the result, never decided here.
public struct ScoreView: Sendable {
    let language: String
    let messageLanguage: Language
    let labels: ReportLabels
    /// The enterprise's name, or a placeholder saying it is missing.
    let enterpriseName: String
    /// The enterprise's name, or the file it came from (the terminal's first line).
    let enterpriseHeading: String
    /// Credit code, city and industry, those given.
    let enterpriseDetails: [String]
    let source: String
    let rubricID: String
    let rubricVersion: String
    /// The rubric's title and version: `山东省智能工厂梯度评价细则（2026.1）`.
    let rubricTitle: String
    /// The summary's facts: credit code, city, industry, assessment date, report date, rubric.
    let facts: [Field]
    let tierID: String
    let hasTier: Bool
    let tierTitle: String
    /// The achieved tier's title, nil when none is achieved.
    let achievedTitle: String?
    let hasApplying: Bool
    let applyingTitle: String
    let applyingAchieved: String
    let applyingIsAchieved: Bool
    let incomplete: Bool
    let ladderSVG: String
    let radarSVG: String
    let total: String
    /// The focus tier's floor on the total, beside the total: `晨星工厂要求不低于 60 分`.
    let totalNeeds: String
    let hasTotalNeeds: Bool
    let domains: [DomainRow]
    /// Whether any domain has a floor of its own (the table's last column).
    let hasDomainNeeds: Bool
    /// The tier the result is explained against (`ScoreResult.focusTier`), when it is not
    /// achieved: its title and what it still needs, one sentence each (SPEC §5 summary).
    let focusTitle: String
    let gapHeading: String
    let gap: [String]
    /// Whether a sentence of `gap` states a provisional condition (marked 暂定).
    let gapIsProvisional: Bool
    let hasGap: Bool
    /// Every tier is achieved.
    let topReached: Bool
    /// Whether a provisional condition was used, and the notice the summary gives either way.
    let hasProvisional: Bool
    let notice: String
    /// Every gate once, then each tier's rules (SPEC §5 conditions).
    let gates: [ConditionRow]
    let tiers: [TierSection]
    /// `--explain`'s metrics: `name = value`, or that it failed.
    let metrics: [String]
    /// The roadmap (SPEC §3, §5): the questions to answer first, the raises, what they cost
    /// and where they leave the total, what no raise can replace.
    let hasPlan: Bool
    let planTier: String
    let planTitle: String
    /// Required questions left blank, by title: to answer before anything else.
    let planUnanswered: [String]
    let hasUnanswered: Bool
    let planRows: [PlanRow]
    let hasRaises: Bool
    /// The roadmap in two groups (SPEC §5): quick steps (one level, cost ≤ 3), larger projects.
    let planQuick: [PlanRow]
    let hasQuick: Bool
    let planProjects: [PlanRow]
    let hasProjects: Bool
    /// The summary's first steps (at most three) and their heading.
    let summarySteps: [PlanRow]
    let summaryStepsHeading: String
    /// `全部 17 项合计成本 185。成本是相对投入，不是金额……` and what the plan reaches.
    let summaryPlanCost: String
    let summaryPlanReaches: String
    /// Whether any raised indicator has advice (the Markdown table's last column).
    let planHasAdvice: Bool
    /// `合计成本 9；实施后总分 80.3，比总分要求高 5.3 分`.
    let planTotals: String
    /// `--margin P` above zero, in words.
    let planMarginAsked: String
    let hasMarginAsked: Bool
    /// Less than one point left on the total after the plan.
    let planThinMargin: Bool
    /// What cost means, wherever a cost is shown.
    let planLegend: String
    let planBlockers: [String]
    let hasBlockers: Bool
    /// That a cheaper plan may exist (the search could not prove this one cheapest).
    let planNote: String
    let hasPlanNote: Bool
    let planNothing: Bool
    let indicatorGroups: [IndicatorGroup]
    /// Evidence and note columns appear only when some answer has them (SPEC §5).
    let answersHaveEvidence: Bool
    let answersHaveNote: Bool
    let answersHaveNAReason: Bool
    let warnings: [String]
    let hasWarnings: Bool
    /// Where the applicant stands in a `rank` batch: percentile ranks of T and each D.
    let standing: [StandingRow]
    let hasStanding: Bool
    /// With `rank --reports`: the applicant's list, rank, group, quota, status, and why.
    let placementLines: [ApplicantPlacement.Line]
    let placementWhy: [String]
    let hasPlacementWhy: Bool
    /// The auditors' appendix (SPEC §5 item 7): the only place with ids, expressions,
    /// sources' links and fingerprints.
    let appendixFacts: [Field]
    let appendixConditions: [AppendixCondition]
    let appendixMetrics: [String]
    let appendixSources: [SourceRow]
    /// Raw numbers, for the JSON writers.
    let result: ScoreResult
    let stamp: OutputStamp

    /// `stamp`: the date and tool version the output shows, decided by the caller, so the
    /// same input and stamp give byte-identical output.
    /// `standing`: the applicant's percentile ranks in a `rank` batch (`rank --reports`).
    /// `placement`: its list, rank, group, quota, status and why in that batch.
    public init(_ result: ScoreResult, language: Language, stamp: OutputStamp, standing: Percentiles.Standing? = nil,
                placement: ApplicantPlacement? = nil) {
        let rubric = result.rubric
        let assessment = result.assessment
        let locale = language.rawValue
        func text(_ localized: LocalizedText?) -> String { localized.map { rubric.text($0, locale) } ?? "" }
        func tierTitle(_ id: String) -> String { rubric.tier(id).map { text($0.title) } ?? id }
        let labels = ReportLabels(language)
        self.result = result
        self.stamp = stamp
        self.language = language.documentTag
        messageLanguage = language
        self.labels = labels

        let enterprise = assessment.enterprise
        enterpriseName = enterprise.name ?? Words.Report.noEnterpriseName(language)
        enterpriseHeading = enterprise.name ?? assessment.source
        enterpriseDetails = [enterprise.creditCode?.value, enterprise.city, enterprise.industry].compactMap { $0 }
        source = assessment.source
        rubricID = rubric.id
        rubricVersion = rubric.version
        rubricTitle = text(rubric.title) + " · " + rubric.version
        var facts: [Field] = []
        if let code = enterprise.creditCode { facts.append(Field(label: labels.creditCode, value: code.value)) }
        if let city = enterprise.city { facts.append(Field(label: labels.city, value: city)) }
        if let industry = enterprise.industry { facts.append(Field(label: labels.industry, value: industry)) }
        facts.append(Field(label: Words.Report.submitted(language), value: assessment.submitted ?? Words.Report.notSubmitted(language)))
        facts.append(Field(label: labels.date, value: stamp.date))
        facts.append(Field(label: labels.rubric, value: rubricTitle))
        self.facts = facts

        // Verdict.
        tierID = result.tier ?? "none"
        hasTier = result.tier != nil
        achievedTitle = result.tier.map(tierTitle)
        self.tierTitle = achievedTitle ?? Words.Report.noTier(language)
        let applying = assessment.applyingFor.flatMap { rubric.tier($0) }
        hasApplying = applying != nil
        applyingTitle = applying.map { text($0.title) } ?? ""
        applyingIsAchieved = applying.map { result.verdict($0.id)?.achieved == true } ?? false
        applyingAchieved = applying == nil ? "" : Words.Report.applyingAchieved(applyingIsAchieved)(language)
        incomplete = !result.complete
        ladderSVG = TierLadderChart(
            steps: rubric.tiers.map { tier in
                TierLadderChart.Step(title: text(tier.title), achieved: result.verdict(tier.id)?.achieved == true,
                                     isResult: tier.id == result.tier, isApplied: tier.id == assessment.applyingFor)
            },
            title: Words.Report.ladderChartTitle(self.tierTitle)(language),
            achievedMark: Words.Report.ladderResultMark(language), appliedMark: Words.Report.ladderAppliedMark(language)).svg()

        // The focus tier's floors, where its rules give them: the total's beside the total,
        // a domain's on its axis and in its row (never the total's on every domain).
        let focusTier = result.focusTier.flatMap { rubric.tier($0) }
        let floors = focusTier.map(TierFloors.init) ?? TierFloors()
        let focusTitle = focusTier.map { text($0.title) }
        total = result.total.decimalString(places: 1)
        totalNeeds = floors.total.map { Words.Report.totalFloor(Self.number($0), tier: focusTitle)(language) } ?? ""
        hasTotalNeeds = floors.total != nil
        let weightSum = rubric.domains.reduce(0.0) { $0 + $1.weight.doubleValue }
        domains = rubric.domains.map { domain in
            DomainRow(id: domain.id, title: text(domain.title),
                      score: result.domains[domain.id].map { $0.decimalString(places: 1) } ?? Words.Verdict.notApplicableScore(language),
                      weight: Self.percent(domain.weight.doubleValue, of: weightSum),
                      needs: floors.domains[domain.id].map { "≥ " + Self.number($0) } ?? "")
        }
        hasDomainNeeds = !floors.domains.isEmpty
        radarSVG = RadarChart(
            axes: rubric.domains.map { domain in
                RadarChart.Axis(label: text(domain.title), score: result.domains[domain.id]?.doubleValue, threshold: floors.domains[domain.id])
            },
            title: Words.Report.radarChartTitle(total: total)(language),
            thresholdLegend: Words.Report.domainFloors(focusTitle)(language),
            scoreLegend: labels.score).svg()

        // The gap, the conditions, the notice.
        let conditions = ReportConditions(result, language: language)
        let focusOpen = focusTier.flatMap { result.verdict($0.id) }.map { !$0.achieved } ?? false
        self.focusTitle = focusOpen ? (focusTitle ?? "") : ""
        gapHeading = focusOpen ? Words.Report.gapTo(focusTitle ?? "")(language) : ""
        let open = focusOpen ? conditions.gap(to: result.focusTier ?? "") : (sentences: [], provisional: false)
        gap = open.sentences
        gapIsProvisional = open.provisional
        hasGap = !gap.isEmpty
        topReached = rubric.tiers.allSatisfy { result.verdict($0.id)?.achieved == true }
        hasProvisional = conditions.usesProvisional
        notice = hasProvisional ? Words.Report.provisionalNotice(language) : Words.Report.readingNotice(language)
        gates = conditions.gates()
        tiers = conditions.tiers()
        metrics = result.metrics.map { id, value in
            value.map { ValueText.equation(id, $0) } ?? "\(id) = " + Words.Score.metricFailed(language)
        }

        // The plan.
        if let plan = result.plan, let tier = rubric.tier(plan.tier) {
            hasPlan = true
            planTier = text(tier.title)
            planTitle = Words.Plan.roadmap(to: planTier)(language)
            planUnanswered = plan.unanswered.map { id in rubric.indicator(id).map { text($0.title) } ?? id }
            hasUnanswered = !plan.unanswered.isEmpty
            // Best value first (points added per unit of cost; ties in the rubric's order): the
            // plan is a set of raises, and a manager funds the top of the list.
            let ordered = plan.raises.enumerated().sorted { a, b in
                let (x, y) = (a.element.adds.doubleValue / Double(max(a.element.cost, 1)), b.element.adds.doubleValue / Double(max(b.element.cost, 1)))
                return x != y ? x > y : a.offset < b.offset
            }.map(\.element)
            planRows = ordered.map { raise in
                let indicator = rubric.indicator(raise.indicator)
                let from = AnswerText.text(raise.from, indicator: indicator, rubric: rubric, language)
                let to = AnswerText.text(raise.to, indicator: indicator, rubric: rubric, language)
                return PlanRow(indicator: indicator.map { text($0.title) } ?? raise.indicator, from: from, to: to,
                               change: from + " → " + to, levels: raise.levels, cost: raise.cost,
                               adds: "+" + raise.adds.decimalString(places: 1), advice: text(indicator?.advice),
                               hasAdvice: indicator?.advice != nil)
            }
            hasRaises = !plan.raises.isEmpty
            planHasAdvice = planRows.contains { $0.hasAdvice }
            planTotals = hasRaises
                ? Words.Plan.totals(cost: plan.cost, totalAfter: plan.totalAfter?.decimalString(places: 1),
                                    marginLeft: plan.marginLeft?.decimalString(places: 1))(language)
                : ""
            hasMarginAsked = plan.requestedMargin > .zero
            planMarginAsked = hasMarginAsked ? Words.Plan.marginAsked(plan.requestedMargin.decimalString(places: 1))(language) : ""
            planThinMargin = plan.found && (plan.marginLeft.map { $0 < .one } ?? false)
            planLegend = hasRaises ? Words.Plan.costLegend(example: Self.lowestLevels(rubric, language))(language) : ""
            planBlockers = plan.blockers.map { $0.message.text(language) }
            hasBlockers = !plan.blockers.isEmpty
            planNothing = plan.raises.isEmpty && plan.blockers.isEmpty && plan.unanswered.isEmpty
            hasPlanNote = plan.found && !plan.proven && hasRaises
            planNote = hasPlanNote ? Words.Plan.mayBeCheaper(language) : ""
        } else {
            planTitle = ""
            hasPlan = false
            planTier = ""
            planUnanswered = []
            hasUnanswered = false
            planRows = []
            hasRaises = false
            planHasAdvice = false
            planTotals = ""
            planMarginAsked = ""
            hasMarginAsked = false
            planThinMargin = false
            planLegend = ""
            planBlockers = []
            hasBlockers = false
            planNothing = false
            hasPlanNote = false
            planNote = ""
        }

        let median = Self.median(planRows.map(\.cost))
        planQuick = planRows.filter { Self.isQuick($0, median: median) }
        planProjects = planRows.filter { !Self.isQuick($0, median: median) }
        hasQuick = !planQuick.isEmpty
        hasProjects = !planProjects.isEmpty
        summarySteps = Array(planRows.prefix(3))
        summaryStepsHeading = planRows.isEmpty ? "" : Words.Report.firstSteps(shown: summarySteps.count, of: planRows.count)(language)
        if let plan = result.plan, plan.found, !plan.raises.isEmpty, plan.unanswered.isEmpty {
            summaryPlanCost = Words.Report.planCost(count: plan.raises.count, cost: plan.cost)(language)
            let tierTitle = planTier
            summaryPlanReaches = plan.totalAfter.map { after in
                Words.Report.planReaches(tierTitle, totalAfter: after.decimalString(places: 1),
                                         exact: plan.marginLeft.map { $0.decimalString(places: 1) == "0.0" } ?? false,
                                         blockers: !plan.blockers.isEmpty)(language)
            } ?? ""
        } else {
            summaryPlanCost = ""
            summaryPlanReaches = ""
        }

        // Every indicator, by domain: scores out of 100, weights as shares of the domain.
        let byID = Dictionary(uniqueKeysWithValues: result.indicators.map { ($0.id, $0) })
        indicatorGroups = rubric.domains.map { domain in
            let indicators = rubric.indicators.filter { $0.domain == domain.id }
            let counted = indicators.filter { byID[$0.id]?.score != nil }.reduce(0.0) { $0 + $1.weight.doubleValue }
            let rows = indicators.map { indicator -> IndicatorRow in
                let answer = assessment.answers[indicator.id]
                let outcome = byID[indicator.id]
                let answerText = answer?.notApplicable != nil ? Words.Answers.notApplicable(language)
                    : AnswerText.text(answer?.value, indicator: indicator, rubric: rubric, language)
                return IndicatorRow(
                    id: indicator.id, title: text(indicator.title), scenario: indicator.scenario.map(String.init) ?? "",
                    hasScenario: indicator.scenario != nil,
                    answer: answerText,
                    score: outcome?.score.map { ($0 * ExactNumber(100)).decimalString(places: 0) } ?? Words.Answers.excluded(language),
                    weight: outcome?.score == nil ? "" : Self.percent(indicator.weight.doubleValue, of: counted),
                    evidence: answer?.evidence.joined(separator: Words.Punctuation.listSeparator(language)) ?? "",
                    hasEvidence: !(answer?.evidence.isEmpty ?? true),
                    note: answer?.note ?? "", hasNote: !(answer?.note ?? "").isEmpty,
                    naReason: answer?.notApplicable ?? "", hasNAReason: !(answer?.notApplicable ?? "").isEmpty)
            }
            return IndicatorGroup(id: domain.id, title: text(domain.title),
                                  score: result.domains[domain.id].map { $0.decimalString(places: 1) } ?? Words.Verdict.notApplicableScore(language),
                                  rows: rows)
        }
        let rows = indicatorGroups.flatMap(\.rows)
        answersHaveEvidence = rows.contains { !$0.evidence.isEmpty }
        answersHaveNote = rows.contains { !$0.note.isEmpty }
        answersHaveNAReason = rows.contains { !$0.naReason.isEmpty }

        // Warnings in words: a check by its message, an indicator or metric by its title.
        warnings = result.warnings.map { warning in
            let message = warning.message.text(language)
            guard warning.kind != .check, let id = warning.id,
                  let subject = rubric.indicator(id).map({ text($0.title) }) ?? rubric.metrics.first(where: { $0.id == id }).map({ text($0.title) })
            else { return message }
            return Words.Verdict.about(subject, message)(language)
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
        placementLines = placement?.lines ?? []
        placementWhy = placement?.why ?? []
        hasPlacementWhy = !placementWhy.isEmpty

        // The auditors' appendix.
        appendixFacts = [
            Field(label: Words.Report.rubricID(language), value: "\(rubric.id) \(rubric.version)"),
            Field(label: labels.rubricFingerprint, value: rubric.fingerprint),
            Field(label: Words.Report.assessmentFile(language), value: (assessment.source as NSString).lastPathComponent),
            Field(label: labels.assessmentFingerprint, value: assessment.fingerprint),
            Field(label: labels.tool, value: "zhizao \(stamp.version)"),
        ]
        appendixConditions = conditions.appendix()
        appendixMetrics = metrics
        appendixSources = Self.citedSources(rubric).map { source in
            SourceRow(title: rubric.citation(source.id, locale),
                      reliability: Words.Report.reliability(source.reliability == .confirmed)(language),
                      url: source.url ?? "", hasURL: source.url != nil)
        }
    }

    /// The labels of the two lowest levels of the rubric's first choice indicator with more
    /// than one level (`未开展`, `试点`): the cost legend's example of one level up.
    static func lowestLevels(_ rubric: Rubric, _ language: Language) -> (from: String, to: String)? {
        for indicator in rubric.indicators where indicator.kind == .choice {
            // By score, then in the rubric's order (never an unstable sort's).
            let levels = indicator.choices.enumerated().compactMap { index, choice in choice.score.map { ($0, index, choice) } }
                .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            guard levels.count > 1 else { continue }
            return (rubric.text(levels[0].label, language.rawValue), rubric.text(levels[1].label, language.rawValue))
        }
        return nil
    }

    /// A quick step: one level up, costing no more than the plan's median step (docs/reports.md).
    static func isQuick(_ row: PlanRow, median: Double) -> Bool { row.levels == 1 && Double(row.cost) <= median }

    static func median(_ values: [Int]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// `part` as a whole percentage of `whole`: `35%`.
    static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0 else { return "" }
        return String(format: "%.0f%%", part / whole * 100)
    }

    /// The sources the gates and rules cite, in the order first cited.
    static func citedSources(_ rubric: Rubric) -> [RubricSource] {
        let ids = rubric.gates.compactMap(\.source) + rubric.tiers.flatMap { $0.rules.compactMap(\.source) }
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }.compactMap { rubric.source($0) }
    }

    /// 75.0 → "75", 0.2 → "0.2".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
