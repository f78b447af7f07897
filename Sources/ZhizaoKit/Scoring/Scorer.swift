import OrderedCollections
import ZhizaoCEL

/// Scores assessments against one rubric (SPEC §3): indicator scores, domains and total in
/// exact arithmetic rounded once, then metrics, gates, tiers and checks, each outcome with
/// the values it read. Stateless and `Sendable`: one scorer serves every thread.
public struct Scorer: Sendable {
    public let rubric: Rubric
    let environment: CELEnvironment
    /// Whether any expression reads `indicators` / `answer`: building them costs, so they are
    /// built only for rubrics that use them.
    let needsIndicators: Bool
    let needsAnswers: Bool
    /// Each domain's id and weight with the rubric positions of its indicators.
    let domainIndicators: [(id: String, weight: ExactNumber, positions: [Int])]
    /// What is the same for every assessment, prepared once (SPEC §3's `indicators` maps
    /// share one shape; their constant fields are ready-made values).
    let constants: ScoringConstants
    /// Parts of expressions the planner compiles alone, shared by every thread.
    let planPrograms: PlanProgramCache

    public init(rubric: Rubric) {
        self.rubric = rubric
        self.environment = rubric.expressionEnvironment
        let programs = rubric.allExpressions.map(\.program)
        needsIndicators = programs.contains { $0.references.contains { $0.variable == "indicators" } }
        needsAnswers = programs.contains { $0.references.contains { $0.variable == "answer" } }
        domainIndicators = rubric.domains.map { domain in
            (domain.id, domain.weight, rubric.indicators.indices.filter { rubric.indicators[$0].domain == domain.id })
        }
        constants = ScoringConstants(rubric)
        planPrograms = PlanProgramCache(environment: rubric.expressionEnvironment)
    }

    /// Indicator, domain and total scores only (SPEC §3.1–3.5): what plans re-compute often.
    struct Scores {
        /// In rubric order.
        var indicators: [IndicatorResult] = []
        var exactDomains: OrderedDictionary<String, ExactNumber> = [:]
        var domains: OrderedDictionary<String, ExactNumber> = [:]
        var exactTotal = ExactNumber.zero
        var total = ExactNumber.zero
        var missing: [String] = []
        var complete = true
        /// The answers in rubric order (looked up once, by id).
        var answers: [Answer?] = []
    }

    func scores(_ assessment: Assessment) -> Scores {
        var result = Scores()
        result.answers = rubric.indicators.map { assessment.answers[$0.id] }
        var byPosition = [IndicatorResult?](repeating: nil, count: rubric.indicators.count)
        var weightedTotal = ExactAccumulator()
        var domainWeights = ExactAccumulator()
        for (domainID, domainWeight, positions) in domainIndicators {
            var sumAccumulator = ExactAccumulator()
            var weightAccumulator = ExactAccumulator()
            for position in positions {
                let indicator = rubric.indicators[position]
                switch indicator.outcome(of: result.answers[position]) {
                case .excluded:
                    byPosition[position] = IndicatorResult(id: indicator.id, score: nil, status: .naExcluded)
                case .scored(let s, let status):
                    byPosition[position] = IndicatorResult(id: indicator.id, score: s, status: status)
                    sumAccumulator.add(indicator.weight, times: s)
                    weightAccumulator.add(indicator.weight)
                    if status == .missing && indicator.required { result.complete = false }
                }
            }
            // A domain with no indicator left is not applicable and drops out of the total.
            let weights = weightAccumulator.value
            guard !weights.isZero else { continue }
            let exact = ExactNumber.hundred * sumAccumulator.value / weights
            result.exactDomains[domainID] = exact
            result.domains[domainID] = exact.rounded(places: 1)
            weightedTotal.add(domainWeight, times: exact)
            domainWeights.add(domainWeight)
        }
        result.indicators = byPosition.map { $0! }
        result.missing = result.indicators.filter { $0.status == .missing }.map(\.id)
        // T from the exact D, not the rounded ones (SPEC §3.4).
        result.exactTotal = domainWeights.isZero ? .zero : weightedTotal.value / domainWeights.value
        result.total = result.exactTotal.rounded(places: 1)
        return result
    }

    /// The full result. `plan` searches for an improvement plan too (the costly part).
    public func score(_ assessment: Assessment, plan: PlanOptions? = PlanOptions()) -> ScoreResult {
        let scores = self.scores(assessment)
        var warnings: [ResultWarning] = []
        for id in scores.missing {
            let required = rubric.indicator(id)?.required ?? true
            warnings.append(ResultWarning(kind: .missing, id: id,
                                          message: required ? Words.Scoring.requiredUnanswered : Words.Scoring.optionalUnanswered))
        }
        if scores.domains.isEmpty {
            warnings.append(ResultWarning(kind: .total, id: nil, message: Words.Scoring.noApplicableDomain))
        }
        var evaluation = Evaluation(scorer: self, assessment: assessment, scores: scores)
        evaluation.run()
        warnings += evaluation.warnings
        var result = ScoreResult(
            rubric: rubric, assessment: assessment, complete: scores.complete, total: scores.total, domains: scores.domains,
            indicators: scores.indicators, metrics: evaluation.metrics, gates: evaluation.gates, tiers: evaluation.tiers,
            tier: evaluation.tiers.last { $0.achieved }?.id, warnings: warnings, plan: nil)
        result.tiebreaks = evaluation.tiebreakValues()
        if let plan {
            result.plan = ImprovementPlanner(scorer: self, options: plan).plan(for: result, scores: scores, bindings: evaluation.bindings)
        }
        return result
    }

    /// Whether `tier` is achieved for these answers (used by the planner; no plan, no warnings).
    func achieves(_ tier: String, _ assessment: Assessment) -> Bool {
        var evaluation = Evaluation(scorer: self, assessment: assessment, scores: scores(assessment), recordsValues: false)
        evaluation.run(upTo: tier)
        return evaluation.tiers.first { $0.id == tier }?.achieved ?? false
    }
}

extension Rubric {
    /// Every compiled expression, for analyses over all of them.
    var allExpressions: [RubricExpression] {
        metrics.map(\.expression) + checks.map(\.expression) + gates.map(\.expression)
            + tiers.flatMap { $0.rules.map(\.expression) } + ranking.tiebreaks
    }
}
