import ZhizaoCEL

/// Finds the roadmap to the next tier (SPEC §3, "Improvement plan"): reads the target's
/// conditions (and those of the tiers it requires, and every consistency check that holds
/// now) as a `PlanCondition` over the raisable indicators, sets aside what answers cannot
/// change (blockers) and what hangs on unanswered questions, and runs `PlanSearch` for the
/// least-cost raises; every plan it keeps is re-scored with the real evaluator first.
struct ImprovementPlanner {
    let scorer: Scorer
    let options: PlanOptions

    var rubric: Rubric { scorer.rubric }

    /// `scores` and `bindings` are the assessment's own, from scoring it.
    func plan(for result: ScoreResult, scores: Scorer.Scores, bindings: CELBindings) -> ImprovementPlan? {
        guard let target = result.focusTier else { return nil }
        let assessment = result.assessment
        let required = requiredTiers(target)
        let unanswered = result.indicators.filter { $0.status == .missing && rubric.indicator($0.id)?.required == true }.map(\.id)
        var ladders: [PlanLadder] = []
        for (position, indicator) in rubric.indicators.enumerated() {
            if let ladder = scorer.planPrograms.ladder(position: position, indicator: indicator, answer: assessment.answers[indicator.id]) {
                ladders.append(ladder)
            }
        }
        let lowering = options.margin.doubleValue
        var ruleReader = PlanModelBuilder(scorer: scorer, assessment: assessment, scores: scores, ladders: ladders,
                                          bindings: bindings, lowering: lowering)

        // The target's conditions and its prerequisites', each once.
        var conjuncts: [PlanCondition] = []
        var blockers: [PlanBlocker] = []
        var setAside = Set<String>()
        var seen = Set<String>()
        for tierID in required.reversed() {
            guard let tier = rubric.tier(tierID) else { continue }
            let conditions: [(kind: PlanBlocker.Kind, id: String, title: LocalizedText, expression: RubricExpression)] =
                rubric.gates.filter { $0.applies(to: tierID) }.map { (.gate, $0.id, $0.title, $0.expression) }
                + tier.rules.map { (.rule, $0.id, $0.title, $0.expression) }
            let verdict = result.verdict(tierID)
            for condition in conditions where seen.insert(condition.id).inserted {
                let failing = verdict.map { ($0.gates + $0.rules).contains { $0.id == condition.id && $0.status != .pass } } ?? false
                if failing && readsOnlyFacts(condition.expression) {
                    // A fact to obtain or meet: no answer changes it.
                    setAside.insert(condition.id)
                    // A fact left blank is answered first, not obtained.
                    let blank = rubric.profile.filter { fact in
                        assessment.profile[fact.id] == nil && condition.expression.reads("profile", fact.id)
                    }
                    if !blank.isEmpty {
                        blockers.append(PlanBlocker(kind: condition.kind, id: condition.id,
                                                    message: Words.Plan.mustAnswer(phrase(condition.title), fields: blank.map { phrase($0.title) })))
                        continue
                    }
                    blockers.append(PlanBlocker(kind: condition.kind, id: condition.id, message: condition.kind == .gate
                        ? Words.Plan.mustMeet(phrase(condition.title))
                        : Words.Plan.mustObtain(phrase(condition.title), tier: tierID == target ? nil : phrase(tier.title))))
                    continue
                }
                let reading = ruleReader.condition(condition.expression)
                conjuncts.append(reading)
            }
        }
        // No new warning: every check that holds now keeps holding (judged without the margin).
        let warned = Set(result.warnings.filter { $0.kind == .check }.compactMap(\.id))
        var checkReader = lowering == 0 ? ruleReader
            : PlanModelBuilder(scorer: scorer, assessment: assessment, scores: scores, ladders: ladders, bindings: bindings, lowering: 0)
        for check in rubric.checks where !warned.contains(check.id) {
            conjuncts.append(checkReader.condition(check.expression))
        }

        let judge = PlanJudge(scorer: scorer, assessment: assessment, target: target, required: required, setAside: setAside,
                              warned: warned, margin: options.margin)
        let formula = PlanFormula(.all(conjuncts), variables: ladders.count)
        let outcome: PlanSearch.Outcome
        if formula.truth(free: true) == .no {
            // No raise of the answers given can meet the conditions (answering the blank
            // questions might): no plan, proven. The reading is a relaxation, so its "no" is sure.
            outcome = .none(proven: true)
        } else {
            var search = PlanSearch(ladders: ladders, formula: formula, budget: options.maxWork) { options in
                judge.holds(Self.answers(ladders, options))
            }
            outcome = search.run(firstCap: 32)
        }
        switch outcome {
        case .found(let found, let proven):
            let chosen = proven ? found.options : tightened(found.options, ladders, judge)
            let after = scorer.scores(assessment.replacingAnswers(Self.answers(ladders, chosen)))
            let raises = ladders.indices.filter { chosen[$0] > 0 }.map { variable in
                let ladder = ladders[variable], option = chosen[variable]
                // T is linear in each score: what the raise alone adds, exactly, without re-scoring.
                let adds = ruleReader.totalCoefficients[variable] * (ladder.scores[option] - ladder.scores[0])
                return PlanRaise(indicator: ladder.indicator.id, from: ladder.values[0], to: ladder.values[option],
                                 levels: ladder.levels[option], cost: ladder.costs[option], adds: adds)
            }
            let floor = required.compactMap { rubric.tier($0).flatMap { TierFloors($0).total } }.max()
            return ImprovementPlan(
                tier: target, reachable: blockers.isEmpty && unanswered.isEmpty, raises: raises, found: true, proven: proven,
                requestedMargin: options.margin, totalAfter: after.total,
                marginLeft: floor.flatMap { ExactNumber(decimal: String($0)) }.map { after.total - $0 }, unanswered: unanswered, blockers: blockers)
        case .none(let proven):
            let title = rubric.tier(target).map { phrase($0.title) } ?? .same(target)
            let message = !proven ? Words.Plan.notFoundWithinLimits(title)
                : unanswered.isEmpty ? Words.Plan.unreachable(title) : Words.Plan.unreachableUntilAnswered(title)
            return ImprovementPlan(
                tier: target, reachable: false, raises: [], found: false, proven: proven, requestedMargin: options.margin,
                totalAfter: nil, marginLeft: nil, unanswered: unanswered,
                blockers: blockers + [PlanBlocker(kind: .unreachable, id: target, message: message)])
        }
    }

    /// The answers a plan gives (options > 0).
    static func answers(_ ladders: [PlanLadder], _ options: [Int]) -> [String: Answer] {
        var answers: [String: Answer] = [:]
        for (ladder, option) in zip(ladders, options) where option > 0 {
            answers[ladder.indicator.id] = Answer(value: ladder.values[option])
        }
        return answers
    }

    /// A plan the search could not prove least-cost, with each raise lowered by one level
    /// where the real evaluator allows it (in rubric order): no raise is one level too many.
    private func tightened(_ options: [Int], _ ladders: [PlanLadder], _ judge: PlanJudge) -> [Int] {
        var current = options
        for variable in ladders.indices where current[variable] > 0 {
            var trial = current
            trial[variable] -= 1
            if judge.holds(Self.answers(ladders, trial)) { current = trial }
        }
        return current
    }

    /// The tier and every tier it requires, transitively (the target first).
    func requiredTiers(_ target: String) -> [String] {
        var result: [String] = []
        var pending = [target]
        while let next = pending.popLast() {
            guard !result.contains(next) else { continue }
            result.append(next)
            pending += rubric.tier(next)?.requires ?? []
        }
        return result
    }

    /// Reads only the profile and the enterprise: no answer can change it.
    private func readsOnlyFacts(_ expression: RubricExpression) -> Bool {
        expression.program.references.allSatisfy { ["profile", "enterprise"].contains($0.variable) }
    }

    /// A rubric text in the languages a blocker is said in.
    private func phrase(_ text: LocalizedText) -> Phrase {
        Phrase(zh: rubric.text(text, "zh"), en: rubric.text(text, "en"))
    }
}

/// Re-scores a planned assessment with the real evaluator: the target and the tiers it
/// requires hold (apart from conditions set aside), with T and every D lowered by the
/// margin, and no consistency check fails that did not fail before.
struct PlanJudge {
    let scorer: Scorer
    let assessment: Assessment
    let target: String
    let required: [String]
    let setAside: Set<String>
    let warned: Set<String>
    let margin: ExactNumber

    func holds(_ answers: [String: Answer]) -> Bool {
        let planned = assessment.replacingAnswers(answers)
        let scores = scorer.scores(planned)
        var full = Evaluation(scorer: scorer, assessment: planned, scores: scores, recordsValues: false)
        full.run()
        for warning in full.warnings where warning.kind == .check {
            guard let id = warning.id, warned.contains(id) else { return false }
        }
        var tiers = full.tiers
        if !margin.isZero {
            var lowered = scores
            lowered.total = scores.total - margin
            for (id, value) in scores.domains { lowered.domains[id] = value - margin }
            var judged = Evaluation(scorer: scorer, assessment: planned, scores: lowered, recordsValues: false)
            judged.run(upTo: target)
            tiers = judged.tiers
        }
        return required.allSatisfy { tierID in
            guard let verdict = tiers.first(where: { $0.id == tierID }) else { return false }
            return (verdict.gates + verdict.rules).allSatisfy { $0.status == .pass || setAside.contains($0.id) }
        }
    }
}
