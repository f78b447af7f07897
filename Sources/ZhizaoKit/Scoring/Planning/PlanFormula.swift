/// A `PlanCondition` laid out flat for the search's inner loop: nodes, sums and tables in
/// plain buffers indexed by integers, the partial sums kept up to date as variables are
/// decided, and three-valued evaluation without reference counting (it runs at every node
/// of the search, twice).
/// The search owns its formula alone, on one thread: access is never overlapping, so the
/// run-time exclusivity checks (which cost more than the evaluation) are off for its state.
final class PlanFormula {
    private enum Kind: UInt8 {
        case yes, no, unknown, compare, table, and, or, not
    }

    // Nodes.
    @exclusivity(unchecked) private var kind: [Kind] = []
    /// compare: sum; table: variable; and/or/not: first child in `children`.
    @exclusivity(unchecked) private var first: [Int] = []
    /// compare: comparison; table: first truth in `truths`; and/or: child count.
    @exclusivity(unchecked) private var second: [Int] = []
    @exclusivity(unchecked) private var bound: [Double] = []
    @exclusivity(unchecked) private var freeTruth: [Truth] = []
    @exclusivity(unchecked) private var children: [Int] = []
    @exclusivity(unchecked) private var truths: [Truth] = []
    @exclusivity(unchecked) private var comparisons: [PlanComparison] = []

    // Sums.
    @exclusivity(unchecked) private(set) var constant: [Double] = []
    @exclusivity(unchecked) private(set) var decided: [Double] = []
    @exclusivity(unchecked) private var freeLow: [Double] = []
    @exclusivity(unchecked) private var freeHigh: [Double] = []
    @exclusivity(unchecked) private var slack: [Double] = []
    /// NaN when the sum is not a rounded score.
    @exclusivity(unchecked) private var lowering: [Double] = []
    @exclusivity(unchecked) private var integral: [Bool] = []
    @exclusivity(unchecked) private(set) var rounded: [Bool] = []
    @exclusivity(unchecked) private var floors: [Double] = []
    @exclusivity(unchecked) private var ceilings: [Double] = []
    @exclusivity(unchecked) private var conditionStart: [Int] = []
    @exclusivity(unchecked) private var conditionCount: [Int] = []
    @exclusivity(unchecked) private var conditionCoefficient: [Double] = []
    @exclusivity(unchecked) private var conditionNode: [Int] = []
    @exclusivity(unchecked) private var sumIndex: [SumKey: Int] = [:]

    // Variables.
    /// Option per variable; -1 while undecided.
    @exclusivity(unchecked) private(set) var options: [Int]
    /// Per variable: (sum, first value in `values`, least, greatest).
    @exclusivity(unchecked) private var occurrences: [[(sum: Int, start: Int, low: Double, high: Double)]]
    @exclusivity(unchecked) private var values: [Double] = []
    @exclusivity(unchecked) private(set) var atoms = Set<Int>()
    @exclusivity(unchecked) private(set) var root = 0
    /// Where each node sits (its parent node, or the sum it is counted in): what makes two
    /// variables' conditions interchangeable.
    private var parents: [Int: (node: Int, coefficient: Double)] = [:]
    /// Per variable, its table nodes (found when first asked).
    private var tablesOf: [[Int]] = []

    init(_ condition: PlanCondition, variables: Int) {
        options = [Int](repeating: -1, count: variables)
        occurrences = [[(sum: Int, start: Int, low: Double, high: Double)]](repeating: [], count: variables)
        root = add(condition)
        floors = [Double](repeating: -.infinity, count: constant.count)
        ceilings = [Double](repeating: .infinity, count: constant.count)
        decided = [Double](repeating: 0, count: constant.count)
        freeLow = [Double](repeating: 0, count: constant.count)
        freeHigh = [Double](repeating: 0, count: constant.count)
        for list in occurrences {
            for entry in list {
                freeLow[entry.sum] += entry.low
                freeHigh[entry.sum] += entry.high
            }
        }
    }

    private func node(_ kind: Kind, _ first: Int = 0, _ second: Int = 0, bound: Double = 0, free: Truth = .maybe,
                      comparison: PlanComparison = .equal) -> Int {
        self.kind.append(kind)
        self.first.append(first)
        self.second.append(second)
        self.bound.append(bound)
        self.freeTruth.append(free)
        self.comparisons.append(comparison)
        return self.kind.count - 1
    }

    private func add(_ condition: PlanCondition) -> Int {
        switch condition {
        case .constant(let b): return node(b ? .yes : .no)
        case .unknown: return node(.unknown)
        case .table(let variable, let list):
            atoms.insert(variable)
            let start = truths.count
            truths += list
            return node(.table, variable, start, free: list.dropFirst().reduce(list[0]) { $0.joined($1) })
        case .and(let parts), .or(let parts):
            let indices = parts.map(add)
            let start = children.count
            children += indices
            let parent = condition.isAnd ? node(.and, start, indices.count) : node(.or, start, indices.count)
            for index in indices { parents[index] = (parent, 0) }
            return parent
        case .not(let part):
            let index = add(part)
            children.append(index)
            let parent = node(.not, children.count - 1, 1)
            parents[index] = (parent, 0)
            return parent
        case .compare(let sum, let op, let value):
            return node(.compare, addSum(sum), 0, bound: value, comparison: op)
        }
    }

    private func addSum(_ sum: PlanSum) -> Int {
        let key = SumKey(sum)
        if let key, let known = sumIndex[key] { return known }
        let index = constant.count
        if let key { sumIndex[key] = index }
        constant.append(sum.constant)
        slack.append(sum.slack)
        lowering.append(sum.rounding?.lowering ?? .nan)
        rounded.append(sum.rounding != nil)
        integral.append(sum.slack == 0 && sum.rounding == nil && sum.constant == sum.constant.rounded()
            && sum.tables.allSatisfy { $0.values.allSatisfy { $0 == $0.rounded() } }
            && sum.conditions.allSatisfy { $0.coefficient == $0.coefficient.rounded() })
        conditionStart.append(0)
        conditionCount.append(0)
        let nodes = sum.conditions.map { ($0.coefficient, add($0.condition)) }
        conditionStart[index] = conditionCoefficient.count
        conditionCount[index] = nodes.count
        for (coefficient, node) in nodes {
            conditionCoefficient.append(coefficient)
            conditionNode.append(node)
            parents[node] = (-1 - index, coefficient)
        }
        for table in sum.tables {
            occurrences[table.variable].append((index, values.count, table.values.min() ?? 0, table.values.max() ?? 0))
            values += table.values
        }
        return index
    }

    // MARK: Reading the structure

    /// The top-level conjuncts `Σ op b` on sums without conditions.
    func conjunctComparisons() -> [(sum: Int, op: PlanComparison, bound: Double)] {
        var result: [(sum: Int, op: PlanComparison, bound: Double)] = []
        func walk(_ index: Int) {
            switch kind[index] {
            case .and:
                for child in children[first[index]..<first[index] + second[index]] { walk(child) }
            case .compare where conditionCount[first[index]] == 0:
                result.append((first[index], comparisons[index], bound[index]))
            default:
                break
            }
        }
        walk(root)
        return result
    }

    /// Whether every part of the rules was read (no `unknown` anywhere).
    var isComplete: Bool { !kind.contains(.unknown) }

    /// Whether swapping two variables' options leaves the formula as it is: the same entries
    /// in the same sums, and conditions on them alike and in the same places (the same parent
    /// node, or counted in the same sum with the same coefficient).
    func interchangeable(_ a: Int, _ b: Int, options count: Int) -> Bool {
        let x = occurrences[a], y = occurrences[b]
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) {
            guard p.sum == q.sum, values[p.start..<p.start + count].elementsEqual(values[q.start..<q.start + count]) else { return false }
        }
        if tablesOf.isEmpty {
            tablesOf = [[Int]](repeating: [], count: options.count)
            for index in kind.indices where kind[index] == .table { tablesOf[first[index]].append(index) }
        }
        func footprint(_ variable: Int) -> [(node: Int, coefficient: Double, truths: [Truth])] {
            tablesOf[variable].map { index in
                let place = parents[index] ?? (node: Int.min, coefficient: 0)
                return (place.node, place.coefficient, Array(truths[second[index]..<second[index] + count]))
            }.sorted { ($0.node, $0.coefficient) < ($1.node, $1.coefficient) }
        }
        let f = footprint(a), g = footprint(b)
        return f.count == g.count && zip(f, g).allSatisfy { $0.node == $1.node && $0.coefficient == $1.coefficient && $0.truths == $1.truths }
    }

    func slack(of sum: Int) -> Double { slack[sum] }
    func lowering(of sum: Int) -> Double? { rounded[sum] ? lowering[sum] : nil }

    /// The variable's entries in a sum (zeros when it does not appear).
    func gains(of variable: Int, in sum: Int, options count: Int) -> [Double]? {
        guard let entry = occurrences[variable].first(where: { $0.sum == sum }) else { return nil }
        return Array(values[entry.start..<entry.start + count])
    }

    func setFloor(_ sum: Int, _ value: Double) { floors[sum] = max(floors[sum], value) }
    func setCeiling(_ sum: Int, _ value: Double) { ceilings[sum] = min(ceilings[sum], value) }

    /// The sum with every undecided variable at option 0.
    func current(_ sum: Int) -> Double { constant[sum] + decided[sum] }

    // MARK: Deciding

    func decide(_ variable: Int, _ option: Int) {
        options[variable] = option
        for entry in occurrences[variable] {
            decided[entry.sum] += values[entry.start + option]
            freeLow[entry.sum] -= entry.low
            freeHigh[entry.sum] -= entry.high
        }
    }

    func undecide(_ variable: Int, _ option: Int) {
        options[variable] = -1
        for entry in occurrences[variable] {
            decided[entry.sum] -= values[entry.start + option]
            freeLow[entry.sum] += entry.low
            freeHigh[entry.sum] += entry.high
        }
    }

    // MARK: Three-valued evaluation

    /// The condition's truth for every completion (`free`), or with every undecided variable
    /// left at option 0.
    func truth(free: Bool) -> Truth { truth(root, free: free) }

    private func truth(_ index: Int, free: Bool) -> Truth {
        switch kind[index] {
        case .yes: return .yes
        case .no: return .no
        case .unknown: return .maybe
        case .table:
            let option = options[first[index]]
            return option >= 0 ? truths[second[index] + option] : free ? freeTruth[index] : truths[second[index]]
        case .not:
            return truth(children[first[index]], free: free).negated
        case .and:
            var result = Truth.yes
            let start = first[index]
            for position in start..<start + second[index] {
                switch truth(children[position], free: free) {
                case .no: return .no
                case .maybe: result = .maybe
                case .yes: break
                }
            }
            return result
        case .or:
            var result = Truth.no
            let start = first[index]
            for position in start..<start + second[index] {
                switch truth(children[position], free: free) {
                case .yes: return .yes
                case .maybe: result = .maybe
                case .no: break
                }
            }
            return result
        case .compare:
            let sum = first[index]
            var low = constant[sum] + decided[sum]
            var high = low
            if free {
                low += freeLow[sum]
                high += freeHigh[sum]
            }
            let count = conditionCount[sum]
            if count > 0 {
                let start = conditionStart[sum]
                for position in start..<start + count {
                    let coefficient = conditionCoefficient[position]
                    switch truth(conditionNode[position], free: free) {
                    case .yes: low += coefficient; high += coefficient
                    case .no: break
                    case .maybe: low += min(0, coefficient); high += max(0, coefficient)
                    }
                }
            }
            if free {
                // Every satisfying plan meets the necessary bounds: assume them.
                low = max(low, floors[sum])
                high = min(high, ceilings[sum])
                if low > high + 1e-9 { return .no }
            }
            if rounded[sum] {
                low = Self.rounded(low - 1e-7) - lowering[sum]
                high = Self.rounded(high + 1e-7) - lowering[sum]
            } else if !integral[sum] {
                low -= slack[sum] + 1e-7
                high += slack[sum] + 1e-7
            }
            return comparisons[index].truth(low: low, high: high, bound: bound[index])
        }
    }

    /// To one decimal, half away from zero, as scores are rounded (SPEC §3.5).
    static func rounded(_ x: Double) -> Double {
        (x * 10).rounded(.toNearestOrAwayFromZero) / 10
    }
}

/// What makes two linear sums the same: constant and tables (nil for sums with conditions,
/// slack or rounding, which are kept apart).
private struct SumKey: Hashable {
    let constant: Double
    let variables: [Int]
    let values: [Double]

    init?(_ sum: PlanSum) {
        guard sum.isLinear, sum.slack == 0 else { return nil }
        constant = sum.constant
        variables = sum.tables.map(\.variable)
        values = sum.tables.flatMap(\.values)
    }
}
