/// What the planner knows of a tier's conditions, read from their expressions
/// (`PlanModelBuilder`): sums over the plan's variables compared with numbers, conditions on
/// one indicator's answer, and `unknown` where an expression is beyond this reading. It is a
/// relaxation: whenever the real rule holds, the condition is true or `maybe`; so the search
/// may prune with it, and verifies every plan it keeps with the real evaluator.
indirect enum PlanCondition: Sendable {
    case constant(Bool)
    case unknown
    /// `sum op bound`
    case compare(PlanSum, PlanComparison, Double)
    /// A condition on one variable: its truth at each option.
    case table(variable: Int, [Truth])
    case and([PlanCondition])
    case or([PlanCondition])
    case not(PlanCondition)

    var isAnd: Bool {
        if case .and = self { return true }
        return false
    }

    /// `sum op bound`, decided at once when the sum is a constant.
    static func comparison(_ sum: PlanSum, _ op: PlanComparison, _ bound: Double) -> PlanCondition {
        guard sum.tables.isEmpty, sum.conditions.isEmpty, sum.slack == 0 else { return .compare(sum, op, bound) }
        var value = sum.constant
        if let rounding = sum.rounding { value = PlanFormula.rounded(value) - rounding.lowering }
        return op.truth(low: value, high: value, bound: bound) == .yes ? .constant(true) : .constant(false)
    }

    static func all(_ parts: [PlanCondition]) -> PlanCondition {
        var kept: [PlanCondition] = []
        for part in parts {
            switch part {
            case .constant(true): continue
            case .constant(false): return .constant(false)
            case .and(let inner): kept += inner
            default: kept.append(part)
            }
        }
        return kept.isEmpty ? .constant(true) : kept.count == 1 ? kept[0] : .and(kept)
    }

    static func any(_ parts: [PlanCondition]) -> PlanCondition {
        var kept: [PlanCondition] = []
        for part in parts {
            switch part {
            case .constant(false): continue
            case .constant(true): return .constant(true)
            case .or(let inner): kept += inner
            default: kept.append(part)
            }
        }
        return kept.isEmpty ? .constant(false) : kept.count == 1 ? kept[0] : .or(kept)
    }

    static func negation(_ part: PlanCondition) -> PlanCondition {
        switch part {
        case .constant(let b): return .constant(!b)
        case .unknown: return .unknown
        case .not(let inner): return inner
        case .table(let variable, let truths): return .table(variable: variable, truths.map(\.negated))
        case .compare(let sum, let op, let bound): return .comparison(sum, op.negated, bound)
        default: return .not(part)
        }
    }
}

/// Three-valued truth: what a condition is known to be for every completion of a partial plan.
enum Truth: Sendable, Equatable {
    case yes, no, maybe

    init(_ b: Bool) { self = b ? .yes : .no }

    var negated: Truth {
        switch self {
        case .yes: return .no
        case .no: return .yes
        case .maybe: return .maybe
        }
    }

    /// The truth over a set of cases: known only when they all agree.
    func joined(_ other: Truth) -> Truth { self == other ? self : .maybe }
}

enum PlanComparison: String, Sendable {
    case greaterEqual = ">=", greater = ">", lessEqual = "<=", less = "<", equal = "==", notEqual = "!="

    var negated: PlanComparison {
        switch self {
        case .greaterEqual: return .less
        case .greater: return .lessEqual
        case .lessEqual: return .greater
        case .less: return .greaterEqual
        case .equal: return .notEqual
        case .notEqual: return .equal
        }
    }

    /// `b op a` ⇔ `a flipped b`.
    var flipped: PlanComparison {
        switch self {
        case .greaterEqual: return .lessEqual
        case .greater: return .less
        case .lessEqual: return .greaterEqual
        case .less: return .greater
        case .equal, .notEqual: return self
        }
    }

    /// Whether `value op bound` holds for every value in [low, high], for none, or some.
    func truth(low: Double, high: Double, bound: Double) -> Truth {
        switch self {
        case .greaterEqual: return low >= bound ? .yes : high < bound ? .no : .maybe
        case .greater: return low > bound ? .yes : high <= bound ? .no : .maybe
        case .lessEqual: return high <= bound ? .yes : low > bound ? .no : .maybe
        case .less: return high < bound ? .yes : low >= bound ? .no : .maybe
        case .equal: return (low == bound && high == bound) ? .yes : (bound < low || bound > high) ? .no : .maybe
        case .notEqual: return PlanComparison.equal.truth(low: low, high: high, bound: bound).negated
        }
    }
}

/// constant + Σ tables[v][option of v] + Σ coefficient × [condition], in doubles. `slack`
/// widens every interval (values that were rounded before being added); `rounding` marks a
/// sum that is one score as the rules read it: rounded to one decimal, then lowered by the
/// margin.
struct PlanSum: Sendable {
    struct Table: Sendable {
        let variable: Int
        var values: [Double]
    }

    struct Rounding: Sendable, Equatable {
        /// What the margin takes off the rounded value.
        let lowering: Double
    }

    var constant: Double
    /// Sorted by variable, one table per variable.
    var tables: [Table]
    var conditions: [(coefficient: Double, condition: PlanCondition)]
    var slack: Double
    var rounding: Rounding?

    init(constant: Double, tables: [Table] = [], conditions: [(coefficient: Double, condition: PlanCondition)] = [],
         slack: Double = 0, rounding: Rounding? = nil) {
        self.constant = constant
        self.tables = tables
        self.conditions = conditions
        self.slack = slack
        self.rounding = rounding
    }

    /// The exact value a rounded sum stands for may differ from what the rules read by 0.05.
    private var unrounded: PlanSum {
        guard let rounding else { return self }
        var copy = self
        copy.rounding = nil
        copy.constant -= rounding.lowering
        copy.slack += 0.05
        return copy
    }

    static func + (a: PlanSum, b: PlanSum) -> PlanSum {
        let a = a.unrounded, b = b.unrounded
        var merged: [Table] = []
        var i = 0, j = 0
        while i < a.tables.count || j < b.tables.count {
            if j == b.tables.count || (i < a.tables.count && a.tables[i].variable < b.tables[j].variable) {
                merged.append(a.tables[i]); i += 1
            } else if i == a.tables.count || b.tables[j].variable < a.tables[i].variable {
                merged.append(b.tables[j]); j += 1
            } else {
                merged.append(Table(variable: a.tables[i].variable, values: zip(a.tables[i].values, b.tables[j].values).map(+)))
                i += 1; j += 1
            }
        }
        return PlanSum(constant: a.constant + b.constant, tables: merged, conditions: a.conditions + b.conditions,
                       slack: a.slack + b.slack)
    }

    static func * (a: PlanSum, factor: Double) -> PlanSum {
        let a = a.unrounded
        return PlanSum(constant: a.constant * factor,
                       tables: a.tables.map { Table(variable: $0.variable, values: $0.values.map { $0 * factor }) },
                       conditions: a.conditions.map { ($0.coefficient * factor, $0.condition) }, slack: a.slack * abs(factor))
    }

    static prefix func - (a: PlanSum) -> PlanSum { a * -1 }

    static func - (a: PlanSum, b: PlanSum) -> PlanSum { a + (-b) }

    /// Whether the sum is a plain linear form (no conditions, no rounding): what the search
    /// bounds exactly.
    var isLinear: Bool { conditions.isEmpty && rounding == nil }
}
