import Foundation
import ZhizaoCEL

/// Limits of the plan search. The budget counts re-scorings, not seconds, so the same input
/// always gives the same plan, however busy the machine (SPEC §3.10: results reproduce).
public struct PlanOptions: Sendable {
    /// Points that T and every D must hold to spare (`--margin P`, SPEC §3): satisfaction is
    /// judged with T and every D lowered by this much.
    public var margin: ExactNumber = .zero
    /// Past this many re-scorings, the best plan found so far is returned, marked as not
    /// proven minimal.
    public var maxEvaluations = 6_000
    /// Subsets of indicators looked at, pruned or not.
    public var maxVisits = 200_000
    /// The exhaustive search looks at plans of at most this many changed indicators (a
    /// quick climb may still find a bigger plan, which is then not proven minimal).
    public var maxChanges = 8
    /// Re-scorings the quick climb may spend before the exhaustive search (see
    /// `greedyPlan`).
    public var maxClimbEvaluations = 4_000

    public init(margin: ExactNumber = .zero) {
        self.margin = margin
    }
}

/// Finds the cheapest way to the next tier (SPEC §3, "Improvement plan"): fewest changed
/// indicators first, then least total effort. Applying the plan and re-scoring achieves the
/// tier (the plan is only ever built from combinations that were re-scored), and no change
/// can be dropped from it.
struct ImprovementPlanner {
    let scorer: Scorer
    let options: PlanOptions

    /// Work left, shared by the whole search: re-scorings, and subsets visited (pruned ones
    /// included — enumerating subsets of 60 indicators is itself unbounded work).
    final class Budget {
        var evaluations: Int
        var visits: Int
        init(evaluations: Int, visits: Int) {
            self.evaluations = evaluations
            self.visits = visits
        }
        /// False when spent (and then nothing more is evaluated).
        func spend() -> Bool {
            guard evaluations > 0 else { return false }
            evaluations -= 1
            return true
        }
        func visit() -> Bool {
            guard visits > 0 else { return false }
            visits -= 1
            return true
        }
    }

    var rubric: Rubric { scorer.rubric }

    /// One way to raise one indicator: the answer to give, and its cost.
    struct Move {
        let indicator: Indicator
        let to: Answer.Value
        let score: ExactNumber
        let effort: Int
        let levels: Int
    }

    /// The moves of one indicator, cheapest first, and what its best move adds at most.
    struct Candidate {
        let indicator: Indicator
        let moves: [Move]
        /// Gain of the best move on T and on its domain's D (exact values as doubles; for pruning).
        let totalGain: Double
        let domainGain: Double
    }

    func plan(for result: ScoreResult) -> ImprovementPlan? {
        guard let target = result.focusTier else { return nil }
        let blockers = self.blockers(for: target, result: result)
        let blockedIDs = Set(blockers.map(\.id))
        let assessment = result.assessment
        let candidates = self.candidates(assessment, result: result)
        let satisfied: (Assessment) -> Bool = { candidate in
            blockedIDs.isEmpty ? scorer.achieves(target, candidate) : satisfiesExceptBlockers(target, blockedIDs, candidate)
        }
        if satisfied(assessment) {
            // Only blockers stand in the way (or nothing: the tier is achieved already).
            return makePlan(target, result: result, moves: [], found: true, proven: true, blockers: blockers)
        }
        // A quick plan first: it bounds the exhaustive search and stands in when that runs
        // out of budget.
        let climbed = greedyPlan(assessment, target: target, blocked: blockedIDs, candidates: candidates, satisfied: satisfied,
                                 budget: Budget(evaluations: options.maxClimbEvaluations, visits: 0))
        let budget = Budget(evaluations: options.maxEvaluations, visits: options.maxVisits)
        let monotone = isMonotone(target)
        let requirements = Requirements(tiers: requiredTiers(target), rubric: rubric, scorer: scorer, assessment: assessment)
        let ordered = candidates.sorted { $0.totalGain > $1.totalGain || ($0.totalGain == $1.totalGain && $0.indicator.id < $1.indicator.id) }
        var best: [Move]?
        var fromClimb = false
        var cutShort = false
        let largest = min(options.maxChanges, ordered.count, climbed?.count ?? .max)
        search: for size in 1...max(1, largest) {
            var chosen: [Int] = []
            var bestEffort = Int.max
            var bestForSize: [Move]?
            func visit(_ start: Int) -> Bool {  // false: out of budget
                guard budget.visit() else { return false }
                // Even the best remaining indicators cannot add enough to the total: prune the branch.
                if !requirements.mayReach(chosen.map { ordered[$0] }, adding: size - chosen.count, from: ordered, after: start) {
                    return true
                }
                if chosen.count == size {
                    let subset = chosen.map { ordered[$0] }
                    // Gains on T and on each D add up: a subset that cannot add enough is skipped.
                    guard requirements.mayHold(subset) else { return true }
                    if monotone {
                        // Raising answers never hurts these rules: if the best answers fail, all do.
                        guard budget.spend() else { return false }
                        let atBest = Dictionary(uniqueKeysWithValues: subset.map { ($0.indicator.id, Answer(value: $0.moves.last!.to)) })
                        guard satisfied(assessment.replacingAnswers(atBest)) else { return true }
                    }
                    switch cheapestLevels(subset, assessment, satisfied, below: bestEffort, budget: budget) {
                    case .found(let moves):
                        bestEffort = moves.reduce(0) { $0 + $1.effort }
                        bestForSize = moves
                    case .none:
                        break
                    case .outOfBudget:
                        return false
                    }
                    return true
                }
                guard start < ordered.count else { return true }
                for index in start..<ordered.count {
                    chosen.append(index)
                    defer { chosen.removeLast() }
                    if !visit(index + 1) { return false }
                }
                return true
            }
            cutShort = !visit(0)
            if let found = bestForSize {
                // Found at this size (cut short or not, it is the cheapest seen of the fewest
                // changes); a climbed plan of the same size may still be cheaper.
                best = found
                fromClimb = false
                if cutShort, let climbed, climbed.count == found.count,
                   climbed.reduce(0, { $0 + $1.effort }) < found.reduce(0, { $0 + $1.effort }) {
                    best = climbed
                    fromClimb = true
                }
                break search
            }
            if cutShort { break search }
        }
        if best == nil, let climbed {
            // Nothing smaller found: the climbed plan stands. It is proven to have the fewest
            // changes only when every smaller size was searched to the end, and the least effort
            // among them only if its own size was searched too (then `best` would be set).
            best = climbed
            fromClimb = true
            cutShort = true
        }
        guard let best else {
            return makePlan(target, result: result, moves: [], found: false, proven: !cutShort,
                            blockers: blockers + [unreachable(target, proven: !cutShort)])
        }
        // The climbed plan went through the same pass already (and is in rubric order).
        let moves = fromClimb ? best : irreducible(best, assessment, satisfied)
        return makePlan(target, result: result, moves: moves, found: true, proven: !cutShort, blockers: blockers)
    }

    private func makePlan(_ target: String, result: ScoreResult, moves: [Move], found: Bool, proven: Bool, blockers: [PlanBlocker]) -> ImprovementPlan {
        let assessment = result.assessment
        let raises = moves.map { move in
            PlanRaise(indicator: move.indicator.id, from: assessment.answers[move.indicator.id]!.value!, to: move.to,
                      levels: move.levels, cost: move.effort, adds: gain(of: move, in: assessment, result: result))
        }
        let unanswered = result.indicators.filter { $0.status == .missing && rubric.indicator($0.id)?.required == true }.map(\.id)
        return ImprovementPlan(tier: target, reachable: found && blockers.isEmpty && unanswered.isEmpty, raises: raises, found: found,
                               proven: proven, requestedMargin: options.margin, totalAfter: nil, marginLeft: nil, unanswered: unanswered,
                               blockers: blockers)
    }

    /// The tier and every tier it requires, transitively.
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

    /// Gates and rules that fail and read nothing an answer can change (only the profile and
    /// the enterprise): answers cannot fix them.
    private func blockers(for target: String, result: ScoreResult) -> [PlanBlocker] {
        let answerIndependent: (RubricExpression) -> Bool = { expression in
            expression.program.references.allSatisfy { ["profile", "enterprise"].contains($0.variable) }
        }
        var blockers: [PlanBlocker] = []
        var seen = Set<String>()
        for tierID in requiredTiers(target).reversed() {
            guard let verdict = result.verdict(tierID), let tier = rubric.tier(tierID) else { continue }
            for (gate, outcome) in zip(rubric.gates.filter { $0.applies(to: tierID) }, verdict.gates)
            where outcome.status != .pass && answerIndependent(gate.expression) && seen.insert(gate.id).inserted {
                blockers.append(PlanBlocker(kind: .gate, id: gate.id, message: Words.Plan.mustMeet(phrase(gate.title))))
            }
            for (rule, outcome) in zip(tier.rules, verdict.rules)
            where outcome.status != .pass && answerIndependent(rule.expression) && seen.insert(rule.id).inserted {
                blockers.append(PlanBlocker(kind: .rule, id: rule.id,
                                            message: Words.Plan.mustObtain(phrase(rule.title), tier: tierID == target ? nil : phrase(tier.title))))
            }
        }
        return blockers
    }

    /// `proven`: no raising of answers reaches the tier; else none was found within the budget.
    private func unreachable(_ target: String, proven: Bool) -> PlanBlocker {
        let title = rubric.tier(target).map { phrase($0.title) } ?? .same(target)
        return PlanBlocker(kind: .unreachable, id: target,
                           message: proven ? Words.Plan.unreachable(title) : Words.Plan.notFoundWithinLimits(title))
    }

    /// A rubric text in the languages a blocker is said in.
    private func phrase(_ text: LocalizedText) -> Phrase {
        Phrase(zh: rubric.text(text, "zh"), en: rubric.text(text, "en"))
    }

    /// Whether raising answers can only help the target: its rules, its gates and those of
    /// the tiers it requires read only totals, domain and indicator scores, the profile and
    /// lower tiers, and compare scores with `>=` or `>`. Shares (a count over a count, as in
    /// an AI-share metric), loops over answers and metrics can fall as answers rise.
    private func isMonotone(_ target: String) -> Bool {
        let tiers = requiredTiers(target)
        let expressions = tiers.compactMap { rubric.tier($0) }.flatMap { $0.rules.map(\.expression) }
            + rubric.gates.filter { gate in tiers.contains { gate.applies(to: $0) } }.map(\.expression)
        return expressions.allSatisfy { expression in
            let program = expression.program
            let safeReads = program.references.allSatisfy { ["total", "domain", "score", "profile", "enterprise", "tier"].contains($0.variable) }
            let upward = program.comparisons.allSatisfy { comparison in
                !["total", "domain", "score"].contains(comparison.reference.variable) || comparison.op == .greater || comparison.op == .greaterEqual
            }
            // Every comparison of a score must be one the linter can see (a top-level &&).
            let scoreReads = program.references.filter { ["total", "domain", "score"].contains($0.variable) }
            let allSeen = scoreReads.allSatisfy { reference in program.comparisons.contains { $0.reference == reference } }
            return safeReads && upward && allSeen
        }
    }

    /// Achieved, apart from the blocked gates and rules (and prerequisites failing only on them).
    private func satisfiesExceptBlockers(_ target: String, _ blocked: Set<String>, _ assessment: Assessment) -> Bool {
        let result = scorer.score(assessment, plan: nil)
        return requiredTiers(target).allSatisfy { tierID in
            guard let verdict = result.verdict(tierID) else { return false }
            return (verdict.gates + verdict.rules).allSatisfy { $0.status == .pass || blocked.contains($0.id) }
        }
    }

    // MARK: Moves

    func candidates(_ assessment: Assessment, result: ScoreResult) -> [Candidate] {
        rubric.indicators.compactMap { indicator in
            let answer = assessment.answers[indicator.id]
            if answer?.notApplicable != nil || answer?.value == nil { return nil }  // N/A and unanswered stay as they are
            let current = answer?.value.map { indicator.score(of: $0) } ?? .zero
            let moves = self.moves(indicator, from: answer?.value, currentScore: current)
            guard let bestMove = moves.last else { return nil }
            let bestGain = gain(indicator, from: current, to: bestMove.score, result: result)
            return Candidate(indicator: indicator, moves: moves, totalGain: bestGain.total, domainGain: bestGain.domain)
        }
    }

    /// Answers that score higher than now, lowest first, with their effort (steps × effort).
    private func moves(_ indicator: Indicator, from value: Answer.Value?, currentScore: ExactNumber) -> [Move] {
        func move(_ to: Answer.Value, steps: Int) -> Move {
            Move(indicator: indicator, to: to, score: indicator.score(of: to), effort: indicator.effort * max(steps, 1), levels: max(steps, 1))
        }
        switch indicator.kind {
        case .choice:
            // Levels are the distinct scores; a step is one level up.
            let levels = Array(Set(indicator.choices.compactMap(\.score))).sorted()
            let currentLevel = value == nil ? -1 : (levels.firstIndex(of: currentScore) ?? -1)
            return indicator.choices.filter { ($0.score ?? .zero) > currentScore }
                .sorted { ($0.score ?? .zero) < ($1.score ?? .zero) }
                .map { choice in move(.choice(choice.id), steps: (levels.firstIndex(of: choice.score ?? .zero) ?? 0) - currentLevel) }
        case .multi:
            // Add the best missing choices one at a time until the score is full.
            var chosen: [String] = { if case .multi(let ids)? = value { return ids } else { return [] } }()
            var result: [Move] = []
            var score = currentScore
            let remaining = indicator.choices.filter { !chosen.contains($0.id) && ($0.score ?? .zero) > .zero }
                .sorted { ($0.score ?? .zero) > ($1.score ?? .zero) }
            for (step, choice) in remaining.enumerated() where score < .one {
                chosen.append(choice.id)
                score = indicator.score(of: .multi(chosen))
                result.append(move(.multi(chosen), steps: step + 1))
            }
            return result
        case .bool:
            if case .bool(true)? = value { return [] }
            return [move(.bool(true), steps: 1)]
        case .number, .percent:
            let (minimum, maximum) = indicator.bounds
            let current: ExactNumber? = { if case .number(let n)? = value { return n } else { return nil } }()
            var targets: [ExactNumber] = []
            switch indicator.numberScoring {
            case .bands(let bands)?:
                targets = bands.map(\.from)
            case .linear(let from, let to)?:
                // Quarter steps of the scoring range.
                targets = (1...4).map { from + (to - from) * ExactNumber($0) / ExactNumber(4) }
            case nil:
                break
            }
            let valid = targets.filter { t in
                (minimum.map { !(t < $0) } ?? true) && (maximum.map { !($0 < t) } ?? true)
                    && indicator.score(ofNumber: t) > currentScore && (current.map { $0 < t } ?? true)
            }
            return valid.enumerated().map { index, t in move(.number(t), steps: index + 1) }
        }
    }

    /// What changing one indicator from `from` to `to` adds to T and to its domain's D.
    private func gain(_ indicator: Indicator, from: ExactNumber, to: ExactNumber, result: ScoreResult) -> (total: Double, domain: Double) {
        guard let domain = rubric.domains.first(where: { $0.id == indicator.domain }) else { return (0, 0) }
        let excluded = Set(result.indicators.filter { $0.status == .naExcluded }.map(\.id))
        let weights = rubric.indicators.filter { $0.domain == domain.id && !excluded.contains($0.id) }
            .reduce(ExactNumber.zero) { $0 + $1.weight }
        guard !weights.isZero else { return (0, 0) }
        let domainGain = ExactNumber.hundred * indicator.weight * (to - from) / weights
        let applicableWeights = rubric.domains.filter { result.domains[$0.id] != nil || $0.id == domain.id }.reduce(ExactNumber.zero) { $0 + $1.weight }
        let totalGain = domain.weight * domainGain / applicableWeights
        return (totalGain.doubleValue, domainGain.doubleValue)
    }

    /// What a move alone adds to the total, by re-scoring.
    private func gain(of move: Move, in assessment: Assessment, result: ScoreResult) -> ExactNumber {
        let changed = scorer.scores(assessment.replacingAnswers([move.indicator.id: Answer(value: move.to)]))
        return changed.exactTotal - scorer.scores(assessment).exactTotal
    }

    enum LevelSearch {
        case found([Move])
        case none
        case outOfBudget
    }

    /// The cheapest combination of levels for these indicators that satisfies, if any is
    /// cheaper than `bound`. Combinations are tried in order of effort.
    private func cheapestLevels(_ subset: [Candidate], _ assessment: Assessment, _ satisfied: (Assessment) -> Bool,
                                below bound: Int, budget: Budget) -> LevelSearch {
        var combinations: [[Move]] = [[]]
        for candidate in subset {
            combinations = combinations.flatMap { prefix in candidate.moves.map { prefix + [$0] } }
        }
        combinations.sort { a, b in
            let x = a.reduce(0) { $0 + $1.effort }
            let y = b.reduce(0) { $0 + $1.effort }
            return x != y ? x < y : a.map(\.indicator.id).joined() < b.map(\.indicator.id).joined()
        }
        for moves in combinations {
            if moves.reduce(0, { $0 + $1.effort }) >= bound { return .none }
            guard budget.spend() else { return .outOfBudget }
            let changes = Dictionary(uniqueKeysWithValues: moves.map { ($0.indicator.id, Answer(value: $0.to)) })
            if satisfied(assessment.replacingAnswers(changes)) { return .found(moves) }
        }
        return .none
    }

    /// Drops any change the plan does not need, and lowers each remaining change to the
    /// cheapest level that still works.
    func irreducible(_ moves: [Move], _ assessment: Assessment, _ satisfied: (Assessment) -> Bool) -> [Move] {
        var kept = moves
        func works(_ candidate: [Move]) -> Bool {
            satisfied(assessment.replacingAnswers(Dictionary(uniqueKeysWithValues: candidate.map { ($0.indicator.id, Answer(value: $0.to)) })))
        }
        // The dearest first; among equal efforts, in rubric order (never in hash order).
        let order = rubric.indicatorIndex
        for move in moves.sorted(by: { ($0.effort, order[$1.indicator.id]!) > ($1.effort, order[$0.indicator.id]!) }) {
            let without = kept.filter { $0.indicator.id != move.indicator.id }
            if works(without) { kept = without }
        }
        // In rubric order, as a reader goes through the questionnaire.
        return kept.sorted { rubric.indicatorIndex[$0.indicator.id]! < rubric.indicatorIndex[$1.indicator.id]! }
    }

    /// Necessary conditions read from the target's rules (`total >= X`, `domain.d >= Y`):
    /// a subset whose best moves cannot add enough is skipped without re-scoring. Gains on T
    /// and on each D add up across indicators, so the bound is exact, not a guess.
    struct Requirements {
        var totalNeeded: Double?
        var domainNeeded: [String: Double] = [:]

        /// `tiers`: the target and every tier it requires.
        init(tiers: [String], rubric: Rubric, scorer: Scorer, assessment: Assessment) {
            // The exact current values: a rounded 59.9 may be 59.935, which needs only 0.015 more.
            let current = scorer.scores(assessment)
            for floors in tiers.compactMap({ rubric.tier($0) }).map(TierFloors.init) {
                // T and D are rounded half away from zero before comparing: X − 0.05 suffices.
                if let floor = floors.total {
                    totalNeeded = max(totalNeeded ?? -.infinity, floor - 0.05 - current.exactTotal.doubleValue)
                }
                for (domain, floor) in floors.domains {
                    let have = current.exactDomains[domain]?.doubleValue ?? 0
                    domainNeeded[domain] = max(domainNeeded[domain] ?? -.infinity, floor - 0.05 - have)
                }
            }
        }

        /// Whether `chosen` plus `count` more of `ordered` (sorted by total gain, descending),
        /// taken from `start` on, could add the total gain needed.
        func mayReach(_ chosen: [Candidate], adding count: Int, from ordered: [Candidate], after start: Int) -> Bool {
            guard let totalNeeded, totalNeeded > 0 else { return true }
            let have = chosen.reduce(0) { $0 + $1.totalGain }
            let best = ordered[min(start, ordered.count)...].prefix(count).reduce(0) { $0 + $1.totalGain }
            return have + best + 1e-6 >= totalNeeded
        }

        func mayHold(_ subset: [Candidate]) -> Bool {
            // Doubles stand in for exact gains here; the slack keeps a borderline subset in.
            let slack = 1e-6
            if let totalNeeded, totalNeeded > 0, subset.reduce(0, { $0 + $1.totalGain }) + slack < totalNeeded { return false }
            for (domain, needed) in domainNeeded where needed > 0 {
                let gain = subset.filter { $0.indicator.domain == domain }.reduce(0) { $0 + $1.domainGain }
                if gain + slack < needed { return false }
            }
            return true
        }
    }
}

