/// The least-cost assignment of options to variables that satisfies a `PlanCondition` and
/// that the real evaluator confirms (SPEC §3): a depth-first branch and bound over the
/// variables, option 0 (no raise) first. At each node:
/// - the condition is evaluated three-valued over every completion (partial sums are kept
///   incrementally: deciding a variable adds its table entries); "no" prunes;
/// - lower bounds on the remaining cost and on the number of raises prune: for each linear
///   constraint `Σ ≥ b` the condition implies, an exact knapsack table over the variables
///   not yet decided gives the least cost (and fewest raises) that can still reach b;
/// - leaving every remaining variable where it is is the cheapest completion: when the
///   condition may hold there, that plan is verified and the subtree is closed.
/// Ties go to fewer raises, then to raising indicators earlier in the rubric, then to lower
/// options. Work is counted in nodes and verifications, never in time.
struct PlanSearch {
    struct Plan: Equatable {
        /// Option per variable.
        var options: [Int]
        var cost: Int
        var raised: Int
    }

    enum Outcome {
        /// The best plan, and whether the search ran to the end (then it is the least-cost one).
        case found(Plan, proven: Bool)
        /// None exists (proven) or none was found before the budget ran out.
        case none(proven: Bool)
    }

    /// A linear constraint Σ gains ≥ need the condition implies, with its knapsack tables.
    private struct Bound {
        /// Σ weight × sum ≥ threshold (a negative weight turns `≤` around). A single
        /// constraint has one term; a surrogate adds two with positive weights, which every
        /// plan meeting both meets too, and bounds their joint cost better than either alone.
        let terms: [(sum: Int, weight: Double)]
        let threshold: Double
        /// best[k * (cap + 1) + c]: the most the variables from depth k on can add for cost ≤ c.
        var best: [Double] = []
        /// fewest[k * (V + 1) + n]: the most they can add with at most n raises.
        var fewest: [Double] = []
    }

    let ladders: [PlanLadder]
    /// Rubric position of each variable (for the tie-break).
    private var order: [Int] = []
    private let formula: PlanFormula
    private var bounds: [Bound] = []
    /// Width of the knapsack tables.
    private var cap = 0
    /// The most a plan may cost in this round.
    private var limit = 0
    private var work = 0
    private let budget: Int
    private var exhausted = false
    private var best: Plan?
    private var failed = Set<[Int]>()
    private let verify: ([Int]) -> Bool
    /// False once a plan the reading said holds failed its verification: from then on every
    /// candidate is verified.
    private var trusted = true

    /// `verify` re-scores a plan with the real evaluator.
    init(ladders: [PlanLadder], condition: PlanCondition, budget: Int, verify: @escaping ([Int]) -> Bool) {
        self.ladders = ladders
        self.budget = budget
        self.verify = verify
        formula = PlanFormula(condition, variables: ladders.count)
        // Variables that single conditions read first (a check on the data platform decides
        // early what else is allowed), then the rest, each in rubric order.
        let all = Array(ladders.indices)
        order = all.filter { formula.atoms.contains($0) } + all.filter { !formula.atoms.contains($0) }
        // The linear constraints every satisfying plan meets, as Σ ≥ b (a rounded score by
        // its exact threshold); a disjunct that contradicts one cannot hold.
        for (sum, op, value) in formula.conjunctComparisons() {
            switch op {
            case .greaterEqual, .greater:
                if let lowering = formula.lowering(of: sum) {
                    // round(x) − lowering ≥ b ⇔ x ≥ (b + lowering, rounded up to 0.1) − 0.05.
                    let target = ((value + lowering) * 10 - 1e-9).rounded(.up) / 10
                    bounds.append(Bound(terms: [(sum, 1)], threshold: target - 0.05 - 1e-7))
                } else {
                    bounds.append(Bound(terms: [(sum, 1)], threshold: value - formula.slack(of: sum) - 1e-7))
                    formula.setFloor(sum, value - formula.slack(of: sum) - 1e-7)
                }
            case .lessEqual, .less:
                guard formula.lowering(of: sum) == nil else { continue }
                bounds.append(Bound(terms: [(sum, -1)], threshold: -value - formula.slack(of: sum) - 1e-7))
                formula.setCeiling(sum, value + formula.slack(of: sum) + 1e-7)
            case .equal, .notEqual:
                continue
            }
        }
        // Surrogates: the constraint furthest from holding (usually the total) with each other
        // one, weighted so that both needs count alike at the start.
        let needs = bounds.map { need(of: $0) }
        if let main = needs.indices.max(by: { needs[$0] < needs[$1] }), needs[main] > 0 {
            for other in bounds.indices where other != main && needs[other] > 0 {
                let weight = needs[main] / needs[other]
                bounds.append(Bound(terms: bounds[main].terms + bounds[other].terms.map { ($0.sum, $0.weight * weight) },
                                    threshold: bounds[main].threshold + weight * bounds[other].threshold))
            }
        }
    }

    /// How far a bound is from holding with every undecided variable left where it is.
    private func need(of bound: Bound) -> Double {
        bound.threshold - bound.terms.reduce(0) { $0 + $1.weight * formula.current($1.sum) }
    }

    /// Iterative deepening on cost: a first limit at the root's lower bound, then a little
    /// higher each round (+1, +2, +4, …) until a plan turns up; within a round, plain branch
    /// and bound. With tight bounds the first rounds close at once and the last one finds
    /// the least-cost plan without wandering through dear ones first.
    mutating func run(firstCap: Int) -> Outcome {
        let ceiling = ladders.reduce(0) { $0 + ($1.costs.last ?? 0) }
        cap = max(1, min(firstCap, ceiling))
        buildTables()
        var start: Int
        while true {
            if let root = lowerBound(depth: 0) {
                start = root.cost
                break
            }
            if cap >= ceiling { return .none(proven: true) }
            cap = min(ceiling, cap * 2)
            buildTables()
        }
        var step = 1
        limit = start
        while true {
            if limit > cap {
                cap = min(ceiling, max(limit, cap * 2))
                buildTables()
            }
            visit(depth: 0, cost: 0, raised: 0)
            if trusted, let found = best, !verify(found.options) {
                // The reading was wrong somewhere: search again, verifying every candidate.
                trusted = false
                best = nil
                work = 0
                exhausted = false
                continue
            }
            if exhausted {
                if let best { return .found(best, proven: false) }
                return fallback(ceiling: ceiling)
            }
            if let best { return .found(best, proven: true) }
            if limit >= ceiling { return .none(proven: true) }
            limit = min(ceiling, start + step)
            step *= 2
        }
    }

    /// When the rounds ran out of work before any plan turned up: one more pass with no cost
    /// limit but the plan found, on a fresh half budget. Raising first, it finds some plan
    /// soon and then improves it as far as the budget goes; such a plan is not proven.
    private mutating func fallback(ceiling: Int) -> Outcome {
        // Twice the last limit is room enough for a first plan; the tables stay small.
        limit = min(ceiling, max(2 * limit, 64))
        cap = max(cap, limit)
        buildTables()
        work = budget / 2
        exhausted = false
        visit(depth: 0, cost: 0, raised: 0)
        if trusted, let found = best, !verify(found.options) {
            best = nil
        }
        return best.map { .found($0, proven: false) } ?? .none(proven: !exhausted && limit >= ceiling)
    }

    // MARK: Tables

    private mutating func buildTables() {
        let count = ladders.count
        for index in bounds.indices {
            let gains: [[Double]?] = ladders.indices.map { variable in
                var total: [Double]?
                for (sum, weight) in bounds[index].terms {
                    guard let entries = formula.gains(of: variable, in: sum, options: ladders[variable].count) else { continue }
                    total = zip(total ?? [Double](repeating: 0, count: entries.count), entries).map { $0 + weight * $1 }
                }
                return total
            }
            var best = [Double](repeating: 0, count: (count + 1) * (cap + 1))
            var fewest = [Double](repeating: 0, count: (count + 1) * (count + 1))
            for depth in stride(from: count - 1, through: 0, by: -1) {
                let variable = order[depth]
                let row = depth * (cap + 1), next = (depth + 1) * (cap + 1)
                let rowN = depth * (count + 1), nextN = (depth + 1) * (count + 1)
                guard let gain = gains[variable] else {
                    for c in 0...cap { best[row + c] = best[next + c] }
                    for n in 0...count { fewest[rowN + n] = fewest[nextN + n] }
                    continue
                }
                let costs = ladders[variable].costs
                for c in 0...cap {
                    var value = best[next + c]
                    for option in 1..<costs.count where costs[option] <= c {
                        value = max(value, gain[option] + best[next + c - costs[option]])
                    }
                    best[row + c] = value
                }
                let top = gain.dropFirst().max() ?? 0
                fewest[rowN] = fewest[nextN]
                for n in 1...max(1, count) where n <= count {
                    fewest[rowN + n] = max(fewest[nextN + n], top + fewest[nextN + n - 1])
                }
            }
            bounds[index].best = best
            bounds[index].fewest = fewest
        }
    }

    /// Least further cost and raises that every bound allows from `depth` on; nil when some
    /// bound cannot be met within the cap.
    private func lowerBound(depth: Int) -> (cost: Int, raised: Int)? {
        var cost = 0, raised = 0
        let count = ladders.count
        for bound in bounds {
            let need = need(of: bound)
            guard need > 0 else { continue }
            let row = depth * (cap + 1)
            guard bound.best[row + cap] >= need else { return nil }
            var low = 0, high = cap
            while low < high {
                let middle = (low + high) / 2
                if bound.best[row + middle] >= need { high = middle } else { low = middle + 1 }
            }
            cost = max(cost, low)
            let rowN = depth * (count + 1)
            var n = 0
            while n < count && bound.fewest[rowN + n] < need { n += 1 }
            raised = max(raised, n)
        }
        return (cost, raised)
    }

    // MARK: Search

    private mutating func visit(depth: Int, cost: Int, raised: Int) {
        guard !exhausted else { return }
        work += 1
        if work > budget {
            exhausted = true
            return
        }
        if formula.truth(free: true) == .no { return }
        guard let bound = lowerBound(depth: depth) else { return }
        let least = (cost: cost + bound.cost, raised: raised + bound.raised)
        if least.cost > limit { return }
        if let best, !mayBeat(best, cost: least.cost, raised: least.raised) { return }
        // Every remaining variable left where it is: the cheapest completion.
        if formula.truth(free: false) != .no {
            let candidate = Plan(options: formula.options.map { max($0, 0) }, cost: cost, raised: raised)
            if best.map({ isBetter(candidate, than: $0) }) ?? true {
                if !failed.contains(candidate.options) {
                    // A plan the reading says holds for sure is taken now and verified at the
                    // end (`run`); one it is unsure of is verified at once.
                    let sure = formula.truth(free: false) == .yes && trusted
                    if !sure { work += 20 }
                    if sure || verify(candidate.options) {
                        best = candidate
                        return
                    }
                    failed.insert(candidate.options)
                }
            } else {
                return  // every other completion costs more than this one, which loses already
            }
        }
        guard depth < order.count else { return }
        let variable = order[depth]
        let ladder = ladders[variable]
        // Raises first, the smallest first, then none: the order of the tie-break (raising an
        // earlier indicator wins, by less rather than more), so among equally cheap plans the
        // winner tends to come first and closes the rest.
        for index in 1...ladder.count {
            let option = index == ladder.count ? 0 : index
            formula.decide(variable, option)
            visit(depth: depth + 1, cost: cost + ladder.costs[option], raised: raised + (option > 0 ? 1 : 0))
            formula.undecide(variable, option)
            if exhausted { return }
        }
    }

    /// Could a plan with at least this cost and these raises still win against `best`?
    private func mayBeat(_ best: Plan, cost: Int, raised: Int) -> Bool {
        if cost != best.cost { return cost < best.cost }
        if raised != best.raised { return raised < best.raised }
        // Same cost and count: the earlier indicator raised wins, as far as decided.
        for variable in ladders.indices {  // variables are in rubric order
            let option = formula.options[variable]
            if option < 0 { return true }
            let mine = option > 0, theirs = best.options[variable] > 0
            if mine != theirs { return mine }
        }
        return true
    }

    private func isBetter(_ a: Plan, than b: Plan) -> Bool {
        if a.cost != b.cost { return a.cost < b.cost }
        if a.raised != b.raised { return a.raised < b.raised }
        for variable in ladders.indices {
            let x = a.options[variable] > 0, y = b.options[variable] > 0
            if x != y { return x }
        }
        for variable in ladders.indices where a.options[variable] != b.options[variable] {
            return a.options[variable] < b.options[variable]
        }
        return false
    }
}
