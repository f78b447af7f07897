import Foundation
import ZhizaoCEL

/// Limits of the plan search.
public struct PlanOptions: Sendable {
    /// Past this, the best plan found so far is returned, marked as not proven minimal.
    public var timeLimit: Duration = .milliseconds(400)
    /// Plans with more changed indicators are not searched for.
    public var maxChanges = 8

    public init() {}
}

/// Finds the cheapest way to the next tier (SPEC §3, "Improvement plan"): fewest changed
/// indicators first, then least total effort. Applying the plan and re-scoring achieves the
/// tier (the plan is only ever built from combinations that were re-scored), and no change
/// can be dropped from it.
struct ImprovementPlanner {
    let scorer: Scorer
    let options: PlanOptions

    private var rubric: Rubric { scorer.rubric }

    /// One way to raise one indicator: the answer to give, and its cost.
    struct Move {
        let indicator: Indicator
        let to: Answer.Value
        let score: ExactNumber
        let effort: Int
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
        guard let target = targetTier(result) else { return nil }
        let blockers = self.blockers(for: target, result: result)
        let blockedIDs = Set(blockers.map(\.id))
        let assessment = result.assessment
        let candidates = self.candidates(assessment, result: result)
        let satisfied: (Assessment) -> Bool = { candidate in
            blockedIDs.isEmpty ? scorer.achieves(target, candidate) : satisfiesExceptBlockers(target, blockedIDs, candidate)
        }
        if satisfied(assessment) {
            // Only blockers stand in the way (or nothing: the tier is achieved already).
            return ImprovementPlan(tier: target, reachable: blockers.isEmpty, changes: [], blockers: blockers, provenMinimal: true)
        }
        // Everything at its best: if that does not do it, no plan does (answers raise scores monotonically).
        let everything = Dictionary(uniqueKeysWithValues: candidates.map { ($0.indicator.id, Answer(value: $0.moves.last!.to)) })
        guard satisfied(assessment.replacingAnswers(everything)) else {
            return ImprovementPlan(tier: target, reachable: false, changes: [], blockers: blockers + [unreachable(target)],
                                   provenMinimal: true)
        }
        let deadline = ContinuousClock.now + options.timeLimit
        let requirements = Requirements(target: target, rubric: rubric, result: result)
        let ordered = candidates.sorted { $0.totalGain > $1.totalGain || ($0.totalGain == $1.totalGain && $0.indicator.id < $1.indicator.id) }
        var best: [Move]?
        var timedOut = false
        search: for size in 1...min(options.maxChanges, ordered.count) {
            var chosen: [Int] = []
            var bestEffort = Int.max
            var bestForSize: [Move]?
            func visit(_ start: Int) -> Bool {  // false: out of time
                if chosen.count == size {
                    let subset = chosen.map { ordered[$0] }
                    guard requirements.mayHold(subset) else { return true }
                    if ContinuousClock.now > deadline { return false }
                    let atBest = Dictionary(uniqueKeysWithValues: subset.map { ($0.indicator.id, Answer(value: $0.moves.last!.to)) })
                    guard satisfied(assessment.replacingAnswers(atBest)) else { return true }
                    if let moves = cheapestLevels(subset, assessment, satisfied, below: bestEffort, deadline: deadline) {
                        let effort = moves.reduce(0) { $0 + $1.effort }
                        if effort < bestEffort { bestEffort = effort; bestForSize = moves }
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
            timedOut = !visit(0)
            if let found = bestForSize {
                best = found
                break search
            }
            if timedOut { break search }
        }
        if best == nil {
            // Out of time before a plan of any size was found: take everything at its best,
            // then drop what is not needed.
            best = candidates.map { $0.moves.last! }
            timedOut = true
        }
        let moves = irreducible(best!, assessment, satisfied)
        let changes = moves.map { move in
            PlanChange(indicator: move.indicator.id, from: assessment.answers[move.indicator.id]?.value, to: move.to,
                       adds: gain(of: move, in: assessment, result: result), effort: move.effort)
        }
        return ImprovementPlan(tier: target, reachable: blockers.isEmpty, changes: changes, blockers: blockers, provenMinimal: !timedOut)
    }

    /// The next tier above the result, or the applied-for tier if that is higher.
    private func targetTier(_ result: ScoreResult) -> String? {
        let ids = rubric.tiers.map(\.id)
        let achievedIndex = result.tier.flatMap { ids.firstIndex(of: $0) } ?? -1
        var targetIndex = achievedIndex + 1
        if let applying = result.assessment.applyingFor, let index = ids.firstIndex(of: applying), index > targetIndex {
            targetIndex = index
        }
        return targetIndex < ids.count ? ids[targetIndex] : nil
    }

    /// The tier and every tier it requires, transitively.
    private func requiredTiers(_ target: String) -> [String] {
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
                blockers.append(PlanBlocker(kind: .gate, id: gate.id, message: LocalizedMessage(
                    zh: "申报条件未满足：\(rubric.text(gate.title, "zh"))", en: "eligibility condition not met: \(rubric.text(gate.title, "en"))")))
            }
            for (rule, outcome) in zip(tier.rules, verdict.rules)
            where outcome.status != .pass && answerIndependent(rule.expression) && seen.insert(rule.id).inserted {
                blockers.append(PlanBlocker(kind: .rule, id: rule.id, message: LocalizedMessage(
                    zh: "\(rubric.text(tier.title, "zh"))的条件无法通过改答卷达到：\(rubric.text(rule.title, "zh"))",
                    en: "\(rubric.text(tier.title, "en")) needs what answers cannot change: \(rubric.text(rule.title, "en"))")))
            }
        }
        return blockers
    }

    private func unreachable(_ target: String) -> PlanBlocker {
        let title = rubric.tier(target).map { rubric.text($0.title, "zh") } ?? target
        let titleEn = rubric.tier(target).map { rubric.text($0.title, "en") } ?? target
        return PlanBlocker(kind: .rule, id: target, message: LocalizedMessage(
            zh: "即使所有指标都改到最高，也达不到\(title)", en: "\(titleEn) is out of reach even with every answer at its best"))
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

    private func candidates(_ assessment: Assessment, result: ScoreResult) -> [Candidate] {
        rubric.indicators.compactMap { indicator in
            let answer = assessment.answers[indicator.id]
            if answer?.notApplicable != nil { return nil }  // an N/A is a fact, not something to improve
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
            Move(indicator: indicator, to: to, score: indicator.score(of: to), effort: indicator.effort * max(steps, 1))
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

    /// The cheapest combination of levels for these indicators that satisfies, if any is
    /// cheaper than `bound`.
    private func cheapestLevels(_ subset: [Candidate], _ assessment: Assessment, _ satisfied: (Assessment) -> Bool,
                                below bound: Int, deadline: ContinuousClock.Instant) -> [Move]? {
        var combinations: [[Move]] = [[]]
        for candidate in subset {
            combinations = combinations.flatMap { prefix in candidate.moves.map { prefix + [$0] } }
            if combinations.count > 4_096 { break }
        }
        combinations = combinations.filter { $0.count == subset.count }
        combinations.sort { a, b in
            let x = a.reduce(0) { $0 + $1.effort }
            let y = b.reduce(0) { $0 + $1.effort }
            return x != y ? x < y : a.map(\.indicator.id).joined() < b.map(\.indicator.id).joined()
        }
        for moves in combinations {
            let effort = moves.reduce(0) { $0 + $1.effort }
            if effort >= bound { return nil }
            if ContinuousClock.now > deadline { return nil }
            let changes = Dictionary(uniqueKeysWithValues: moves.map { ($0.indicator.id, Answer(value: $0.to)) })
            if satisfied(assessment.replacingAnswers(changes)) { return moves }
        }
        return nil
    }

    /// Drops any change the plan does not need, and lowers each remaining change to the
    /// cheapest level that still works.
    private func irreducible(_ moves: [Move], _ assessment: Assessment, _ satisfied: (Assessment) -> Bool) -> [Move] {
        var kept = moves
        func works(_ candidate: [Move]) -> Bool {
            satisfied(assessment.replacingAnswers(Dictionary(uniqueKeysWithValues: candidate.map { ($0.indicator.id, Answer(value: $0.to)) })))
        }
        for move in moves.sorted(by: { $0.effort > $1.effort }) {
            let without = kept.filter { $0.indicator.id != move.indicator.id }
            if works(without) { kept = without }
        }
        return kept.sorted { $0.indicator.id < $1.indicator.id }.sorted { a, b in
            rubric.indicators.firstIndex { $0.id == a.indicator.id }! < rubric.indicators.firstIndex { $0.id == b.indicator.id }!
        }
    }

    /// Necessary conditions read from the target's rules (`total >= X`, `domain.d >= Y`):
    /// a subset whose best moves cannot add enough is skipped without re-scoring. Gains on T
    /// and on each D add up across indicators, so the bound is exact, not a guess.
    struct Requirements {
        var totalNeeded: Double?
        var domainNeeded: [String: Double] = [:]

        init(target: String, rubric: Rubric, result: ScoreResult) {
            var tiers = [target]
            var index = 0
            while index < tiers.count {
                for required in rubric.tier(tiers[index])?.requires ?? [] where !tiers.contains(required) { tiers.append(required) }
                index += 1
            }
            let current = result.total.doubleValue
            for tier in tiers.compactMap({ rubric.tier($0) }) {
                for comparison in tier.rules.flatMap({ $0.expression.program.comparisons })
                where comparison.op == .greaterEqual || comparison.op == .greater {
                    // T and D are rounded to one decimal before comparing: 0.05 of slack.
                    let needed = comparison.value - 0.05
                    if comparison.reference.variable == "total", comparison.reference.path.isEmpty {
                        totalNeeded = max(totalNeeded ?? -.infinity, needed - current)
                    } else if comparison.reference.variable == "domain", let domain = comparison.reference.path.first,
                              comparison.reference.path.count == 1 {
                        let have = result.domains[domain]?.doubleValue ?? 0
                        domainNeeded[domain] = max(domainNeeded[domain] ?? -.infinity, needed - have)
                    }
                }
            }
        }

        func mayHold(_ subset: [Candidate]) -> Bool {
            let slack = 1e-9
            if let totalNeeded, totalNeeded > 0, subset.reduce(0, { $0 + $1.totalGain }) + slack < totalNeeded { return false }
            for (domain, needed) in domainNeeded where needed > 0 {
                let gain = subset.filter { $0.indicator.domain == domain }.reduce(0) { $0 + $1.domainGain }
                if gain + slack < needed { return false }
            }
            return true
        }
    }
}

