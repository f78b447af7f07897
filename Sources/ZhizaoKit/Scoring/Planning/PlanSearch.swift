/// The least-cost assignment of options to variables that satisfies a `PlanCondition` and
/// that the real evaluator confirms (SPEC §3): a depth-first branch and bound over the
/// variables, option 0 (no raise) first. At each node:
/// - the condition is evaluated three-valued over every completion (partial sums are kept
///   incrementally: deciding a variable adds its table entries); "no" prunes;
/// - lower bounds on the remaining cost and on the number of raises prune: for each linear
///   constraint `Σ ≥ b` the condition implies, and for surrogate sums of them (pairs, and all
///   of them weighted by Lagrangian multipliers optimised at the root), an exact knapsack
///   table over the variables not yet decided gives the least cost (and fewest raises) that
///   can still reach b;
/// - leaving every remaining variable where it is is the cheapest completion: when the
///   condition may hold there, that plan is verified and the subtree is closed;
/// - of interchangeable variables (`findTwins`) only the tie-break's canonical assignments
///   are tried.
/// Ties go to fewer raises, then to raising indicators earlier in the rubric, then to lower
/// options. Variable and option order (by the multipliers) only decide how soon good plans
/// turn up. Work is counted in nodes and verifications, never in time.
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
    }

    let ladders: [PlanLadder]
    /// Rubric position of each variable (for the tie-break).
    private var order: [Int] = []
    private let formula: PlanFormula
    private var bounds: [Bound] = []
    /// Per bound, flat: best[(bound · (V + 1) + k) · (cap + 1) + c], the most the variables
    /// from depth k on can add for cost ≤ c; fewest[(bound · (V + 1) + k) · (V + 1) + n], the
    /// most they can add with at most n raises.
    private var bestTables: [Double] = []
    private var fewestTables: [Double] = []
    private var thresholds: [Double] = []
    private var termStart: [Int] = []
    private var termSum: [Int] = []
    private var termWeight: [Double] = []
    /// Per bound and variable, what each option adds to the bound's left side (nil: nothing).
    private var boundGains: [[[Double]?]] = []
    /// The Lagrangian bound at the root (0 without one): where the cost tables start.
    private var rootEstimate = 0.0
    /// The nearest earlier variable interchangeable with each one (-1: none), see `findTwins`.
    private var twin: [Int] = []
    /// Per variable, the second-least reduced cost at the root's multipliers less the least.
    private var regret: [Double] = []
    /// The options of each variable in the order the search tries them.
    private var optionOrder: [[Int]] = []
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

    /// `formula` is the condition's, over `ladders`; the search owns it from here on. `verify`
    /// re-scores a plan with the real evaluator.
    init(ladders: [PlanLadder], formula: PlanFormula, budget: Int, verify: @escaping ([Int]) -> Bool) {
        self.ladders = ladders
        self.budget = budget
        self.verify = verify
        self.formula = formula
        // Variables that single conditions read first (a check on the data platform decides
        // early what else is allowed), then the rest, each in rubric order (reordered by the
        // multipliers below).
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
        optionOrder = ladders.map { Array(1..<$0.count) + [0] }
        if let surrogate = lagrangianSurrogate() { bounds.append(surrogate) }
        if !regret.isEmpty {
            // Within each group, the variables whose best option is clearest at the multipliers
            // (the largest regret: the gap between the best and the second-best reduced cost)
            // first: deciding them costs little branching, and the bounds tighten before the
            // close calls. Ties keep rubric order.
            let atoms = formula.atoms
            order = ladders.indices.sorted {
                (atoms.contains($0) ? 0 : 1, -regret[$0], $0) < (atoms.contains($1) ? 0 : 1, -regret[$1], $1)
            }
        }
        findTwins()
    }

    /// Interchangeable variables: the same options at the same costs, and the same footprint in
    /// a formula that reads every part of the rules, so that swapping their options changes
    /// neither the cost nor whether the rules hold. Of two such plans the tie-break prefers the
    /// one that raises the earlier indicator, and when both are raised the lower option on the
    /// earlier one; so the winner raises a twin only if its earlier twin is raised, and not
    /// above it. The search skips the other options (`visit`).
    private mutating func findTwins() {
        twin = [Int](repeating: -1, count: ladders.count)
        guard formula.isComplete else { return }
        var position = [Int](repeating: 0, count: ladders.count)
        for (index, variable) in order.enumerated() { position[variable] = index }
        for variable in ladders.indices {
            let ladder = ladders[variable]
            for earlier in stride(from: variable - 1, through: 0, by: -1) {
                let other = ladders[earlier]
                guard other.costs == ladder.costs, other.levels == ladder.levels, other.values == ladder.values,
                      other.scores == ladder.scores, position[earlier] < position[variable],
                      formula.interchangeable(earlier, variable, options: ladder.count) else { continue }
                twin[variable] = earlier
                break
            }
        }
    }

    /// Every single linear constraint at once: multipliers λ ≥ 0 for which the Lagrangian bound
    /// Σ_variables min_option (cost − Σ λ·gain) + Σ λ·need is greatest at the root (a
    /// subgradient ascent, a fixed number of steps), and the constraint Σ λ·(sum − threshold) ≥ 0
    /// they weigh together, which every plan meeting all of them meets too. Its knapsack table
    /// bounds at least as well as the Lagrangian at those multipliers, at every node.
    private mutating func lagrangianSurrogate() -> Bound? {
        let singles = bounds.filter { $0.terms.count == 1 }
        guard singles.count >= 2 else { return nil }
        let count = ladders.count
        // Each constraint scaled so that its largest gain is 1.
        var gains: [[[Double]?]] = []
        var needs: [Double] = []
        var scales: [Double] = []
        for bound in singles {
            let (sum, weight) = bound.terms[0]
            let rows: [[Double]?] = (0..<count).map { variable in
                formula.gains(of: variable, in: sum, options: ladders[variable].count)?.map { $0 * weight }
            }
            let largest = rows.reduce(0.0) { max($0, $1?.reduce(0.0) { max($0, abs($1)) } ?? 0) }
            guard largest > 0 else { return nil }
            gains.append(rows.map { $0?.map { $0 / largest } })
            needs.append(need(of: bound) / largest)
            scales.append(largest)
        }
        let constraints = singles.count
        // Copies for the inner loop: per (variable, option ≥ 1) its cost
        var firstOption = [Int](repeating: 0, count: count + 1)
        for variable in 0..<count { firstOption[variable + 1] = firstOption[variable] + ladders[variable].count - 1 }
        let columns = firstOption[count]
        // and, sparse (a variable counts in few constraints), its nonzero gains: entries
        // gainStart[column]..<gainStart[column + 1] of gainConstraint and gainValue.
        var denseCost = [Double](repeating: 0, count: columns)
        var gainStart = [Int](repeating: 0, count: columns + 1)
        var gainConstraint: [Int] = []
        var gainValue: [Double] = []
        for variable in 0..<count {
            for option in 1..<ladders[variable].count {
                let column = firstOption[variable] + option - 1
                denseCost[column] = Double(ladders[variable].costs[option])
                for k in 0..<constraints {
                    if let row = gains[k][variable], row[option] != 0 {
                        gainConstraint.append(k)
                        gainValue.append(row[option])
                    }
                }
                gainStart[column + 1] = gainValue.count
            }
        }
        // The Lagrangian and a subgradient at λ.
        func evaluate(_ lambda: [Double]) -> (value: Double, slope: [Double]) {
            var value = 0.0
            var slope = needs
            lambda.withUnsafeBufferPointer { lambda in
                gainConstraint.withUnsafeBufferPointer { constraint in
                    gainValue.withUnsafeBufferPointer { gain in
                        for variable in 0..<count {
                            var least = 0.0, pick = -1
                            for column in firstOption[variable]..<firstOption[variable + 1] {
                                var reduced = denseCost[column]
                                for entry in gainStart[column]..<gainStart[column + 1] {
                                    reduced -= lambda[constraint[entry]] * gain[entry]
                                }
                                if reduced < least { least = reduced; pick = column }
                            }
                            value += least
                            if pick >= 0 {
                                for entry in gainStart[pick]..<gainStart[pick + 1] { slope[constraint[entry]] -= gain[entry] }
                            }
                        }
                    }
                }
            }
            for k in 0..<constraints { value += lambda[k] * needs[k] }
            return (value, slope)
        }
        // Polyak steps towards a target a little above the best value yet, the step shrinking
        // when the ascent stalls.
        let typical = Double(ladders.reduce(0) { $0 + ($1.costs.last ?? 0) }) / Double(max(1, count))
        var lambda = [Double](repeating: 0, count: constraints)
        var bestValue = -Double.infinity
        var bestLambda = lambda
        var theta = 1.0
        var stalled = 0
        for _ in 0..<200 {
            let (value, slope) = evaluate(lambda)
            if value > bestValue + 1e-9 {
                bestValue = value
                bestLambda = lambda
                stalled = 0
            } else {
                stalled += 1
                if stalled >= 8 {
                    theta /= 2
                    stalled = 0
                    if theta < 1e-3 { break }
                }
            }
            var norm = 0.0
            for k in 0..<constraints where lambda[k] > 0 || slope[k] > 0 { norm += slope[k] * slope[k] }
            guard norm > 1e-12 else { break }  // λ is optimal
            let target = max(bestValue * 1.05, bestValue + typical)
            let step = theta * (target - value) / norm
            for k in 0..<constraints { lambda[k] = max(0, lambda[k] + step * slope[k]) }
        }
        // Options by reduced cost at those multipliers, the most promising first.
        regret = [Double](repeating: 0, count: count)
        for variable in 0..<count {
            let costs = ladders[variable].costs
            let reduced = (0..<costs.count).map { option -> Double in
                var value = Double(costs[option])
                for k in 0..<constraints {
                    if let row = gains[k][variable] { value -= bestLambda[k] * row[option] }
                }
                return value
            }
            let sortedReduced = reduced.sorted()
            regret[variable] = sortedReduced.count > 1 ? sortedReduced[1] - sortedReduced[0] : 0
            optionOrder[variable] = optionOrder[variable].enumerated()
                .sorted { (reduced[$0.element], $0.offset) < (reduced[$1.element], $1.offset) }.map(\.element)
        }
        rootEstimate = max(0, bestValue)
        guard bestLambda.filter({ $0 > 0 }).count >= 2 else { return nil }
        var terms: [(sum: Int, weight: Double)] = []
        var threshold = 0.0
        for k in 0..<constraints where bestLambda[k] > 0 {
            let factor = bestLambda[k] / scales[k]
            terms += singles[k].terms.map { ($0.sum, $0.weight * factor) }
            threshold += (singles[k].threshold - 1e-7) * factor
        }
        return Bound(terms: terms, threshold: threshold)
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
        // Tables wide enough for the first rounds: a little above the root's Lagrangian bound.
        cap = max(1, min(ceiling, max(firstCap, Int(rootEstimate * 1.25) + 16)))
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

    /// What each bound's tables are made of, the same for every width: its terms, flat, and
    /// what each option of each variable adds to its left side.
    private mutating func prepareBounds() {
        thresholds = bounds.map(\.threshold)
        termStart = []
        termSum = []
        termWeight = []
        for bound in bounds {
            termStart.append(termSum.count)
            termSum += bound.terms.map(\.sum)
            termWeight += bound.terms.map(\.weight)
        }
        termStart.append(termSum.count)
        boundGains = bounds.map { bound in
            ladders.indices.map { variable in
                var total: [Double]?
                for (sum, weight) in bound.terms {
                    guard let entries = formula.gains(of: variable, in: sum, options: ladders[variable].count) else { continue }
                    total = zip(total ?? [Double](repeating: 0, count: entries.count), entries).map { $0 + weight * $1 }
                }
                return total
            }
        }
    }

    private mutating func buildTables() {
        let count = ladders.count
        let width = cap + 1, rows = count + 1
        // Every row is written below but the last of each bound (nothing left to decide: 0).
        bestTables = Self.table(bounds: bounds.count, rows: rows, width: width)
        fewestTables = Self.table(bounds: bounds.count, rows: rows, width: rows)
        if boundGains.count != bounds.count { prepareBounds() }
        for index in bounds.indices {
            let gains = boundGains[index]
            let bestBase = index * rows * width, fewestBase = index * rows * rows
            bestTables.withUnsafeMutableBufferPointer { best in
                fewestTables.withUnsafeMutableBufferPointer { fewest in
                    for depth in stride(from: count - 1, through: 0, by: -1) {
                        let variable = order[depth]
                        let row = bestBase + depth * width, next = row + width
                        let rowN = fewestBase + depth * rows, nextN = rowN + rows
                        (best.baseAddress! + row).update(from: best.baseAddress! + next, count: width)
                        guard let gain = gains[variable] else {
                            (fewest.baseAddress! + rowN).update(from: fewest.baseAddress! + nextN, count: rows)
                            continue
                        }
                        let costs = ladders[variable].costs
                        for option in 1..<costs.count {
                            let price = costs[option], value = gain[option]
                            guard price < width else { continue }
                            // max, not a comparison and a store: the loop vectorises.
                            let target = best.baseAddress! + row, source = best.baseAddress! + next - price
                            for c in price..<width {
                                target[c] = Swift.max(target[c], value + source[c])
                            }
                        }
                        let top = gain.dropFirst().max() ?? 0
                        fewest[rowN] = fewest[nextN]
                        if count >= 1 {
                            for n in 1...count {
                                fewest[rowN + n] = max(fewest[nextN + n], top + fewest[nextN + n - 1])
                            }
                        }
                    }
                }
            }
        }
    }

    /// A flat table of `bounds` blocks of `rows` × `width`, the last row of each block zero and
    /// the rest left for `buildTables` to write (zeroing it all was a tenth of a plan's time).
    private static func table(bounds: Int, rows: Int, width: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: bounds * rows * width) { buffer, initialized in
            for bound in 0..<bounds {
                // Doubles are trivial: the other rows need no initial value before they are written.
                (buffer.baseAddress! + (bound * rows + rows - 1) * width).initialize(repeating: 0, count: width)
            }
            initialized = bounds * rows * width
        }
    }

    /// Least further cost and raises that every bound allows from `depth` on; nil when some
    /// bound cannot be met within the cap.
    private func lowerBound(depth: Int) -> (cost: Int, raised: Int)? {
        var cost = 0, raised = 0
        let count = ladders.count
        let width = cap + 1, rows = count + 1
        return bestTables.withUnsafeBufferPointer { best in
            fewestTables.withUnsafeBufferPointer { fewest in
                for index in 0..<thresholds.count {
                    var need = thresholds[index]
                    for term in termStart[index]..<termStart[index + 1] {
                        need -= termWeight[term] * formula.current(termSum[term])
                    }
                    guard need > 0 else { continue }
                    let row = (index * rows + depth) * width
                    guard best[row + cap] >= need else { return nil }
                    if best[row + cost] < need {
                        var low = cost + 1, high = cap
                        while low < high {
                            let middle = (low + high) / 2
                            if best[row + middle] >= need { high = middle } else { low = middle + 1 }
                        }
                        cost = low
                    }
                    let rowN = (index * rows + depth) * rows
                    if fewest[rowN + raised] < need {
                        var lowN = raised + 1, highN = count
                        while lowN < highN {
                            let middle = (lowN + highN) / 2
                            if fewest[rowN + middle] >= need { highN = middle } else { lowN = middle + 1 }
                        }
                        raised = lowN
                    }
                }
                return (cost, raised)
            }
        }
    }

    // MARK: Search

    private mutating func visit(depth: Int, cost: Int, raised: Int) {
        guard !exhausted else { return }
        work += 1
        if work > budget {
            exhausted = true
            return
        }
        guard let bound = lowerBound(depth: depth) else { return }
        let least = (cost: cost + bound.cost, raised: raised + bound.raised)
        if least.cost > limit { return }
        if let best, !mayBeat(best, cost: least.cost, raised: least.raised) { return }
        if formula.truth(free: true) == .no { return }
        // Every remaining variable left where it is: the cheapest completion (it meets every
        // bound only when they ask for nothing more).
        let leftTruth: Truth = bound.cost == 0 ? formula.truth(free: false) : .no
        if leftTruth != .no {
            let candidate = Plan(options: formula.options.map { max($0, 0) }, cost: cost, raised: raised)
            if best.map({ isBetter(candidate, than: $0) }) ?? true {
                if !failed.contains(candidate.options) {
                    // A plan the reading says holds for sure is taken now and verified at the
                    // end (`run`); one it is unsure of is verified at once.
                    let sure = leftTruth == .yes && trusted
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
        // The options by their reduced cost at the root's multipliers, the most promising first
        // (without multipliers: raises, the smallest first, then none). The order only decides
        // how soon good plans turn up: every plan found is compared with `isBetter`.
        let twinOption = trusted && twin[variable] >= 0 ? formula.options[twin[variable]] : -1
        for option in optionOrder[variable] {
            // An interchangeable earlier variable not raised, or raised higher: a swap wins.
            if option > 0 && option < twinOption || option > 0 && twinOption == 0 { continue }
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

