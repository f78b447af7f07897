import ZhizaoCEL

/// A quick first plan, found by climbing: one answer at a time, the change that brings the
/// target tier's failing conditions closest to holding. It gives the exhaustive search an
/// upper bound (it need not look at bigger plans) and a plan to fall back on when the
/// exhaustive search runs out of budget — which happens for shares such as "20 % of the
/// scenarios use AI", where no single change flips a rule and thousands of combinations
/// would have to be tried in order.
extension ImprovementPlanner {
    /// Changes that reach the target (except for `blocked` conditions), with none that can be
    /// dropped and each at the lowest level that still works; nil when the climb gets stuck
    /// or the budget runs out.
    func greedyPlan(_ assessment: Assessment, target: String, blocked: Set<String>, candidates: [Candidate],
                    satisfied: (Assessment) -> Bool, budget: Budget) -> [Move]? {
        var current = assessment
        // In the order they were chosen: the plan must not depend on a dictionary's order.
        var chosen: [Move] = []
        var changed: Set<String> = []
        guard budget.spend() else { return nil }
        var distance = self.distance(current, target: target, blocked: blocked)
        while !satisfied(current) {
            // Each indicator not yet changed, at its best answer (the lower levels are tried
            // once the plan stands, in `lowered`): one re-scoring per indicator and step.
            var best: (move: Move, distance: Double)?
            for candidate in candidates where !changed.contains(candidate.indicator.id) {
                guard let move = candidate.moves.last else { continue }
                guard budget.spend() else { return nil }
                let moved = current.replacingAnswers([candidate.indicator.id: Answer(value: move.to)])
                let d = self.distance(moved, target: target, blocked: blocked)
                // Closest first, then the least effort; candidates come in a fixed order, so
                // ties always resolve the same way.
                if best.map({ d < $0.distance || (d == $0.distance && move.effort < $0.move.effort) }) ?? true {
                    best = (move, d)
                }
            }
            guard let best, best.distance < distance else { return nil }  // no change helps: stuck
            chosen.append(best.move)
            changed.insert(best.move.indicator.id)
            current = current.replacingAnswers([best.move.indicator.id: Answer(value: best.move.to)])
            distance = best.distance
        }
        return lowered(irreducible(chosen, assessment, satisfied), candidates, assessment, satisfied)
    }

    /// Each change lowered to the cheapest level that still reaches the target.
    func lowered(_ moves: [Move], _ candidates: [Candidate], _ assessment: Assessment, _ satisfied: (Assessment) -> Bool) -> [Move] {
        var kept = moves
        for (index, move) in kept.enumerated() {
            guard let candidate = candidates.first(where: { $0.indicator.id == move.indicator.id }) else { continue }
            for cheaper in candidate.moves where cheaper.effort < move.effort {
                var trial = kept
                trial[index] = cheaper
                let changes = Dictionary(uniqueKeysWithValues: trial.map { ($0.indicator.id, Answer(value: $0.to)) })
                if satisfied(assessment.replacingAnswers(changes)) {
                    kept = trial
                    break
                }
            }
        }
        return kept
    }

    /// How far the target tier (and the tiers it requires) is from holding: each failing
    /// gate or rule adds its relative shortfall on the comparisons it makes (`total >= 75`
    /// at 72 adds 0.04; `metric.ai_share >= 0.2` at 0.1 adds 0.5), or 1 when the shortfall
    /// cannot be measured. Blocked conditions (answers cannot change them) are left out.
    func distance(_ assessment: Assessment, target: String, blocked: Set<String>) -> Double {
        var evaluation = Evaluation(scorer: scorer, assessment: assessment, scores: scorer.scores(assessment), recordsValues: false)
        evaluation.run(upTo: target)
        let required = Set(requiredTiers(target))
        var total = 0.0
        var gatesSeen = Set<String>()
        for (tier, verdict) in zip(rubric.tiers, evaluation.tiers) where required.contains(tier.id) {
            let gates = rubric.gates.filter { $0.applies(to: tier.id) }
            for (gate, outcome) in zip(gates, verdict.gates)
            where outcome.status != .pass && !blocked.contains(gate.id) && gatesSeen.insert(gate.id).inserted {
                total += shortfall(gate.expression, evaluation.bindings)
            }
            for (rule, outcome) in zip(tier.rules, verdict.rules) where outcome.status != .pass && !blocked.contains(rule.id) {
                total += shortfall(rule.expression, evaluation.bindings)
            }
        }
        return total
    }

    private func shortfall(_ expression: RubricExpression, _ bindings: CELBindings) -> Double {
        var total = 0.0
        for comparison in expression.program.comparisons {
            guard let value = bindings.value(of: comparison.reference).flatMap(Self.number) else { continue }
            let gap: Double
            switch comparison.op {
            case .greater, .greaterEqual: gap = comparison.value - value
            case .less, .lessEqual: gap = value - comparison.value
            case .equal: gap = abs(value - comparison.value)
            }
            let strictlyShort = gap > 0 || (gap == 0 && (comparison.op == .greater || comparison.op == .less))
            if strictlyShort {
                let scale = comparison.value == 0 ? 1 : abs(comparison.value)
                total += min(1, max(gap, 1e-9) / scale)
            }
        }
        // Failing, but on nothing measurable (a condition outside the top-level comparisons).
        return total > 0 ? total : 1
    }

    private static func number(_ value: CELValue) -> Double? {
        switch value {
        case .double(let d): return d
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        default: return nil
        }
    }
}
