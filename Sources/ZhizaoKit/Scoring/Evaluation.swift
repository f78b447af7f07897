import OrderedCollections
import ZhizaoCEL

/// SPEC §3.6–3.9 for one assessment: binds the variables, then evaluates metrics in order,
/// gates, tiers lowest first, and checks.
struct Evaluation {
    let scorer: Scorer
    let assessment: Assessment
    let scores: Scorer.Scores
    var bindings: CELBindings
    var metrics: OrderedDictionary<String, CELValue?> = [:]
    var gates: [ExpressionOutcome] = []
    var tiers: [TierVerdict] = []
    var warnings: [ResultWarning] = []
    /// Whether each outcome records the values its expression read. Only results shown to a
    /// person need them; the planner re-evaluates thousands of times and never shows them.
    let recordsValues: Bool

    private var rubric: Rubric { scorer.rubric }

    init(scorer: Scorer, assessment: Assessment, scores: Scorer.Scores, recordsValues: Bool = true) {
        self.scorer = scorer
        self.assessment = assessment
        self.scores = scores
        self.recordsValues = recordsValues
        self.bindings = scorer.environment.makeBindings()
        bind()
    }

    private mutating func bind() {
        let constants = scorer.constants
        bindings["total"] = .double(scores.total.doubleValue)
        let domainValues = ContiguousArray(scores.domains.values.map { CELValue.double($0.doubleValue) })
        bindings["domain"] = .map(scores.domains.count == rubric.domains.count
            ? CELMap(shape: constants.allDomains, values: domainValues)
            : CELMap(OrderedDictionary(uniqueKeys: scores.domains.keys.map { CELMapKey.string($0) }, values: domainValues)))
        if scores.indicators.allSatisfy({ $0.score != nil }) {
            bindings["score"] = .map(CELMap(shape: constants.allIndicators,
                                            values: ContiguousArray(scores.indicators.map { .double($0.score!.doubleValue) })))
        } else {
            var scoreMap = OrderedDictionary<CELMapKey, CELValue>(minimumCapacity: scores.indicators.count)
            for result in scores.indicators {
                if let s = result.score { scoreMap[.string(result.id)] = .double(s.doubleValue) }
            }
            bindings["score"] = .map(CELMap(scoreMap))
        }
        if scorer.needsAnswers {
            // In rubric order, not file order: the order answers were written in must never
            // change a verdict (a rule may iterate over `answer`).
            var answers = OrderedDictionary<CELMapKey, CELValue>()
            for (indicator, answer) in zip(rubric.indicators, scores.answers) {
                if let value = answer?.value { answers[.string(indicator.id)] = value.celValue }
            }
            bindings["answer"] = .map(CELMap(answers))
        } else {
            bindings["answer"] = .map(.empty)
        }
        if scorer.needsIndicators {
            var list: [CELValue] = []
            list.reserveCapacity(rubric.indicators.count)
            for (position, result) in scores.indicators.enumerated() {
                let answer = scores.answers[position]
                let prebuilt = constants.prebuilt[position]
                switch answer?.value {
                case nil where answer == nil:
                    list.append(prebuilt.missing)
                case nil:
                    list.append(prebuilt.notApplicable)
                case .bool(let b)?:
                    list.append(b ? prebuilt.yes : prebuilt.no)
                case .choice(let id)? where !prebuilt.choices.isEmpty:
                    let index = rubric.indicators[position].choiceIndex(id) ?? 0
                    list.append(prebuilt.choices[index])
                default:
                    let fixed = constants.indicatorFields[position]
                    list.append(.map(CELMap(shape: constants.indicatorShape, values: [
                        fixed.id, fixed.domain, .double(result.score?.doubleValue ?? 0), fixed.weight, fixed.tags,
                        .bool(true), .bool(false), .bool(result.status != .naExcluded), fixed.scenario,
                    ])))
                }
            }
            bindings["indicators"] = .list(list)
        } else {
            bindings["indicators"] = .list([])
        }
        // The profile is read in rubric order, so with every fact given its keys are the shape's.
        if assessment.profile.count == rubric.profile.count {
            bindings["profile"] = .map(CELMap(shape: constants.allProfile, values: ContiguousArray(assessment.profile.values.map(\.celValue))))
        } else {
            var profile = OrderedDictionary<CELMapKey, CELValue>()
            for (id, value) in assessment.profile { profile[.string(id)] = value.celValue }
            bindings["profile"] = .map(CELMap(profile))
        }
        let enterprise = assessment.enterprise
        var fields = OrderedDictionary<CELMapKey, CELValue>()
        if let name = enterprise.name { fields["name"] = .string(name) }
        if let code = enterprise.creditCode { fields["credit_code"] = .string(code.value) }
        if let city = enterprise.city { fields["city"] = .string(city) }
        if let industry = enterprise.industry { fields["industry"] = .string(industry) }
        bindings["enterprise"] = .map(CELMap(fields))
        bindings["metric"] = .map(.empty)
        bindings["tier"] = .map(.empty)
    }

    mutating func run(upTo lastTier: String? = nil) {
        evaluateMetrics()
        gates = rubric.gates.map { outcome(id: $0.id, $0.expression) }
        var achieved = ContiguousArray<CELValue>()
        for (index, tier) in rubric.tiers.enumerated() {
            bindings["tier"] = .map(CELMap(shape: scorer.constants.tierPrefixes[index], values: achieved))
            let tierGates = scorer.constants.tierGates[index].map { gates[$0] }
            let rules = tier.rules.map { outcome(id: $0.id, $0.expression) }
            let missing = tier.requires.filter { required in tiers.first { $0.id == required }?.achieved != true }
            let verdict = TierVerdict(id: tier.id, achieved: tierGates.allSatisfy { $0.status == .pass }
                                          && rules.allSatisfy { $0.status == .pass } && missing.isEmpty,
                                      gates: tierGates, rules: rules, missingPrerequisites: missing)
            tiers.append(verdict)
            achieved.append(.bool(verdict.achieved))
            if tier.id == lastTier { return }
        }
        bindings["tier"] = .map(CELMap(shape: scorer.constants.tierPrefixes[rubric.tiers.count], values: achieved))
        evaluateChecks()
    }

    /// The ranking tie-breaks, read after every tier is decided (they may read `tier`).
    func tiebreakValues() -> [Double?] {
        rubric.ranking.tiebreaks.map { expression in
            switch try? expression.program.evaluate(bindings) {
            case .double(let d)? where d.isFinite: return d
            case .int(let i)?: return Double(i)
            case .uint(let u)?: return Double(u)
            default: return nil
            }
        }
    }

    private mutating func evaluateMetrics() {
        var values = OrderedDictionary<CELMapKey, CELValue>()
        for metric in rubric.metrics {
            do {
                let value = try metric.expression.program.evaluate(bindings)
                values[.string(metric.id)] = value
                metrics[metric.id] = value
                bindings["metric"] = .map(CELMap(values))
            } catch {
                metrics[metric.id] = .some(nil)
                warnings.append(ResultWarning(kind: .metric, id: metric.id,
                                              message: Words.Scoring.metricFailed(metric.id, reason: error.problem.phrase)))
            }
        }
    }

    private mutating func evaluateChecks() {
        for check in rubric.checks {
            let result = outcome(id: check.id, check.expression)
            switch result.status {
            case .pass: continue
            case .fail:
                warnings.append(ResultWarning(kind: .check, id: check.id, message: Phrase(
                    zh: check.message.text("zh", fallback: rubric.defaultLocale), en: check.message.text("en", fallback: rubric.defaultLocale))))
            case .error:
                warnings.append(ResultWarning(kind: .check, id: check.id,
                                              message: Words.Scoring.checkFailed(check.id, reason: result.error ?? .same(""))))
            }
        }
    }

    /// Evaluates a gate, rule or check: a non-bool or an error counts as not met (SPEC §3.8).
    func outcome(id: String, _ expression: RubricExpression) -> ExpressionOutcome {
        // `indicators` (the whole list) is too big to show; metrics summarise it.
        let shown = recordsValues ? scorer.constants.shownReferences[ObjectIdentifier(expression.program)] ?? [] : []
        let values: [(reference: String, value: CELValue?)] = shown.map { ($0.description, bindings.value(of: $0)) }
        do {
            let value = try expression.program.evaluate(bindings)
            guard case .bool(let b) = value else {
                return ExpressionOutcome(id: id, status: .error, values: values,
                                         error: Words.Scoring.notBool(CELValueFormatter.literal(value)))
            }
            return ExpressionOutcome(id: id, status: b ? .pass : .fail, values: values, error: nil)
        } catch {
            let location = expression.program.location(of: error)
            return ExpressionOutcome(id: id, status: .error, values: values,
                                     error: Words.Scoring.evaluationError(error.problem.phrase, column: location.column))
        }
    }
}

extension Answer.Value {
    var celValue: CELValue {
        switch self {
        case .choice(let id): return .string(id)
        case .multi(let ids): return .list(ids.map { .string($0) })
        case .bool(let b): return .bool(b)
        case .number(let n): return .double(n.doubleValue)
        }
    }
}

extension ProfileValue {
    var celValue: CELValue {
        switch self {
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .int(let i): return .int(i)
        case .number(let n): return .double(n.doubleValue)
        }
    }
}
