import OrderedCollections
import ZhizaoCEL

/// Reads a rubric expression as a `PlanCondition` over the plan's variables (the raisable
/// indicators), by evaluating it symbolically: `total` and `domain.d` are linear sums of the
/// variables' scores; `score.x` and `answer.x` of a raisable indicator are known per option;
/// counts over `indicators` are sums of per-indicator tables (each row's predicate evaluated
/// alone, with the real evaluator); whatever reads nothing a plan changes is evaluated once,
/// as it is. What this reading cannot follow becomes `unknown`, never a guess.
struct PlanModelBuilder {
    /// A value as the symbolic evaluation knows it.
    indirect enum Symbol {
        /// The same for every plan.
        case value(CELValue)
        /// An evaluation error for every plan.
        case error
        case number(PlanSum, integer: Bool)
        case condition(PlanCondition)
        /// Depends on one variable only: its value at each option (nil: an error there).
        case perOption(variable: Int, [CELValue?])
        /// numerator / denominator, in doubles.
        case ratio(PlanSum, PlanSum)
        /// condition ? a : b, for numbers.
        case choice(PlanCondition, Symbol, Symbol)
        /// The elements a `filter` keeps: each one's membership.
        case selection([PlanCondition])
        case unknown
    }

    let scorer: Scorer
    let ladders: [PlanLadder]
    /// Rubric position → variable.
    let variableAt: [Int?]
    /// The assessment's own bindings, after its metrics and tiers: what constants read.
    let bindings: CELBindings
    let assessment: Assessment
    /// T and each applicable D as the rules read them (rounded, lowered by the margin).
    let total: PlanSum
    let domains: [String: PlanSum]
    /// What one point of each variable's indicator score adds to the exact T.
    let totalCoefficients: [ExactNumber]
    private var metrics: [String: Symbol] = [:]

    private var rubric: Rubric { scorer.rubric }
    private var cache: PlanProgramCache { scorer.planPrograms }

    init(scorer: Scorer, assessment: Assessment, scores: Scorer.Scores, ladders: [PlanLadder], bindings: CELBindings,
         lowering: Double) {
        self.scorer = scorer
        self.assessment = assessment
        self.ladders = ladders
        self.bindings = bindings
        var variableAt = [Int?](repeating: nil, count: scorer.rubric.indicators.count)
        for (variable, ladder) in ladders.enumerated() { variableAt[ladder.position] = variable }
        self.variableAt = variableAt
        // D = 100 · Σ w·s / Σ w over the domain's indicators left in; T = Σ W·D / Σ W over
        // applicable domains: both linear in each variable's score.
        let rubric = scorer.rubric
        var domainSums: [String: PlanSum] = [:]
        var coefficients = [ExactNumber](repeating: .zero, count: ladders.count)
        var totalSum = PlanSum(constant: scores.exactTotal.doubleValue, rounding: .init(lowering: lowering))
        let applicableWeight = rubric.domains.filter { scores.exactDomains[$0.id] != nil }
            .reduce(ExactNumber.zero) { $0 + $1.weight }
        for (domainID, domainWeight, positions) in scorer.domainIndicators {
            guard let exact = scores.exactDomains[domainID] else { continue }
            let weights = positions.filter { scores.indicators[$0].status != .naExcluded }
                .reduce(ExactNumber.zero) { $0 + rubric.indicators[$1].weight }
            var domain = PlanSum(constant: exact.doubleValue, rounding: .init(lowering: lowering))
            for position in positions {
                guard let variable = variableAt[position] else { continue }
                let ladder = ladders[variable]
                let perScore = ExactNumber.hundred * rubric.indicators[position].weight / weights
                let domainValues = ladder.scores.map { (perScore * $0).doubleValue }
                domain.tables.append(PlanSum.Table(variable: variable, values: domainValues.map { $0 - domainValues[0] }))
                coefficients[variable] = domainWeight * perScore / applicableWeight
                let totalValues = ladder.scores.map { (coefficients[variable] * $0).doubleValue }
                totalSum.tables.append(PlanSum.Table(variable: variable, values: totalValues.map { $0 - totalValues[0] }))
            }
            domainSums[domainID] = domain
        }
        totalSum.tables.sort { $0.variable < $1.variable }
        self.total = totalSum
        self.domains = domainSums
        self.totalCoefficients = coefficients
    }

    /// A gate, rule or check as a condition.
    mutating func condition(_ expression: RubricExpression) -> PlanCondition {
        guard let syntax = cache.syntax(of: expression.program) else { return .unknown }
        return condition(of: symbol(syntax, locals: [:]))
    }

    // MARK: Symbols

    mutating func symbol(_ node: CELSyntax, locals: [String: CELValue]) -> Symbol {
        if isConstant(node, locals: locals) { return constant(node, locals: locals) }
        switch node {
        case .identifier("total"):
            return .number(total, integer: false)
        case .select(.identifier(let root), let field):
            return member(root, field)
        case .index(.identifier(let root), .literal(.string(let field))):
            return member(root, field)
        case .presenceTest(.identifier(let root), let field):
            switch root {
            case "answer", "score": return variable(named: field) != nil ? .value(.bool(true)) : .unknown
            case "domain": return .value(.bool(domains[field] != nil))
            case "metric":
                switch metric(field) {
                case .error: return .value(.bool(false))
                case .unknown: return .unknown
                default: return .value(.bool(true))
                }
            default: return .unknown
            }
        case .unary(let op, let operand):
            let inner = symbol(operand, locals: locals)
            if op == "!" {
                if case .perOption = inner { return apply("!_a", [inner]) }
                return .condition(.negation(condition(of: inner)))
            }
            switch inner {
            case .number(let sum, let integer): return .number(-sum, integer: integer)
            case .perOption: return apply("-_a", [inner])
            default: return .unknown
            }
        case .logical(let op, let a, let b):
            let left = condition(of: symbol(a, locals: locals))
            let right = condition(of: symbol(b, locals: locals))
            return .condition(op == "&&" ? .all([left, right]) : .any([left, right]))
        case .conditional(let test, let a, let b):
            let condition = self.condition(of: symbol(test, locals: locals))
            if case .constant(let holds) = condition { return symbol(holds ? a : b, locals: locals) }
            let left = symbol(a, locals: locals), right = symbol(b, locals: locals)
            if isBoolean(left) || isBoolean(right) {
                return .condition(.any([.all([condition, self.condition(of: left)]),
                                        .all([.negation(condition), self.condition(of: right)])]))
            }
            return .choice(condition, left, right)
        case .binary(let op, let a, let b):
            return binary(op, symbol(a, locals: locals), symbol(b, locals: locals))
        case .call(let name, let target, let arguments):
            return call(name, target: target, arguments: arguments, locals: locals)
        case .comprehension(let macro, let range, let name, let filter, let body):
            guard filter == nil else { return .unknown }
            return comprehension(macro, range: range, variable: name, body: body, locals: locals)
        default:
            return .unknown
        }
    }

    private mutating func member(_ root: String, _ field: String) -> Symbol {
        switch root {
        case "domain":
            return domains[field].map { .number($0, integer: false) } ?? .error
        case "score":
            guard let variable = variable(named: field) else { return .unknown }
            return .perOption(variable: variable, ladders[variable].scores.map { .double($0.doubleValue) })
        case "answer":
            guard let variable = variable(named: field) else { return .unknown }
            return .perOption(variable: variable, ladders[variable].values.map(\.celValue))
        case "metric":
            return metric(field)
        default:
            return .unknown
        }
    }

    private func variable(named id: String) -> Int? {
        rubric.indicatorIndex[id].flatMap { variableAt[$0] }
    }

    /// A metric's symbol, read from its expression once (metrics may read earlier ones).
    private mutating func metric(_ id: String) -> Symbol {
        if let known = metrics[id] { return known }
        metrics[id] = .unknown  // a metric reading itself stays unknown
        guard let metric = rubric.metrics.first(where: { $0.id == id }),
              let syntax = cache.syntax(of: metric.expression.program) else { return .unknown }
        let result = symbol(syntax, locals: [:])
        metrics[id] = result
        return result
    }

    private mutating func binary(_ op: String, _ a: Symbol, _ b: Symbol) -> Symbol {
        // One variable on both sides, or one side known: apply the operator per option.
        if case .perOption(let v, _) = a, isValueOrSameVariable(b, v) { return apply("(_a \(op) _b)", [a, b]) }
        if case .perOption(let v, _) = b, isValueOrSameVariable(a, v) { return apply("(_a \(op) _b)", [a, b]) }
        if op == "in" { return .unknown }
        if let comparison = PlanComparison(rawValue: op) {
            return .condition(compare(a, comparison, b))
        }
        switch op {
        case "+", "-":
            guard let x = number(a), let y = number(b) else { return .unknown }
            return .number(op == "+" ? x.sum + y.sum : x.sum - y.sum, integer: x.integer && y.integer)
        case "*":
            guard let x = number(a), let y = number(b) else { return .unknown }
            if let factor = constantNumber(b) { return .number(x.sum * factor, integer: x.integer && y.integer) }
            if let factor = constantNumber(a) { return .number(y.sum * factor, integer: x.integer && y.integer) }
            return .unknown
        case "/":
            guard let x = number(a), let y = number(b), !(x.integer && y.integer) else { return .unknown }
            if let divisor = constantNumber(b), divisor != 0 { return .number(x.sum * (1 / divisor), integer: false) }
            return .ratio(x.sum, y.sum)
        default:
            return .unknown
        }
    }

    private func isValueOrSameVariable(_ symbol: Symbol, _ variable: Int) -> Bool {
        switch symbol {
        case .value: return true
        case .perOption(let other, _): return other == variable
        default: return false
        }
    }

    /// `a op b` as a condition.
    private func compare(_ a: Symbol, _ op: PlanComparison, _ b: Symbol) -> PlanCondition {
        if case .choice(let test, let x, let y) = a {
            return .any([.all([test, compare(x, op, b)]), .all([.negation(test), compare(y, op, b)])])
        }
        if case .choice(let test, let x, let y) = b {
            return .any([.all([test, compare(a, op, x)]), .all([.negation(test), compare(a, op, y)])])
        }
        if case .ratio(let numerator, let denominator) = a, let bound = constantNumber(b) {
            return ratio(numerator, denominator, op, bound)
        }
        if case .ratio(let numerator, let denominator) = b, let bound = constantNumber(a) {
            return ratio(numerator, denominator, op.flipped, bound)
        }
        guard let x = number(a), let y = number(b) else { return .unknown }
        if let bound = constantNumber(b) { return .comparison(x.sum, op, bound) }
        if let bound = constantNumber(a) { return .comparison(y.sum, op.flipped, bound) }
        return .comparison(x.sum - y.sum, op, 0)
    }

    /// n / d op c with d ≥ 0, in CEL's doubles (x / 0 is ±infinity, 0 / 0 is NaN): for `>=`,
    /// n − c·d ≥ 0 and (d > 0 or n > 0); the other orderings alike.
    private func ratio(_ numerator: PlanSum, _ denominator: PlanSum, _ op: PlanComparison, _ bound: Double) -> PlanCondition {
        guard denominator.isLinear, numerator.isLinear,
              denominator.constant + denominator.tables.reduce(0, { $0 + ($1.values.min() ?? 0) }) >= 0 else { return .unknown }
        let linear = numerator - denominator * bound
        switch op {
        case .greaterEqual, .greater:
            return .all([.comparison(linear, op, 0), .any([.comparison(denominator, .greater, 0), .comparison(numerator, .greater, 0)])])
        case .lessEqual, .less:
            return .all([.comparison(linear, op, 0), .any([.comparison(denominator, .greater, 0), .comparison(numerator, .less, 0)])])
        case .equal, .notEqual:
            return .unknown
        }
    }

    private mutating func call(_ name: String, target: CELSyntax?, arguments: [CELSyntax], locals: [String: CELValue]) -> Symbol {
        let parts = (target.map { [$0] } ?? []) + arguments
        if name == "size", parts.count == 1 {
            if case .selection(let members) = symbol(parts[0], locals: locals) { return .number(count(members), integer: true) }
        }
        let symbols = parts.map { symbol($0, locals: locals) }
        if (name == "double" || name == "int") && symbols.count == 1 && target == nil {
            switch symbols[0] {
            case .number(let sum, let integer):
                if name == "double" { return .number(sum, integer: false) }
                return integer ? symbols[0] : .unknown
            case .ratio where name == "double", .choice where name == "double":
                return symbols[0]
            default:
                break
            }
        }
        // Known values and one variable: per option.
        var variable: Int?
        for symbol in symbols {
            switch symbol {
            case .value: continue
            case .perOption(let v, _) where variable == nil || variable == v: variable = v
            default: return .unknown
            }
        }
        let names = symbols.indices.map { "_\($0 == 0 ? "a" : $0 == 1 ? "b" : "c\($0)")" }
        let source = target == nil
            ? "\(name)(\(names.joined(separator: ", ")))"
            : "\(names[0]).\(name)(\(names.dropFirst().joined(separator: ", ")))"
        return apply(source, symbols)
    }

    private mutating func comprehension(_ macro: String, range: CELSyntax, variable name: String, body: CELSyntax,
                                        locals: [String: CELValue]) -> Symbol {
        var members: [PlanCondition]
        if case .identifier("indicators") = range {
            guard let rows = rowConditions(body, variable: name, locals: locals) else { return .unknown }
            members = rows
        } else if case .value(.list(let elements)) = symbol(range, locals: locals) {
            members = elements.map { element in
                var inner = locals
                inner[name] = element
                return condition(of: symbol(body, locals: inner))
            }
        } else {
            return .unknown
        }
        switch macro {
        case "filter": return .selection(members)
        case "exists": return .condition(.any(members))
        case "all": return .condition(.all(members))
        case "exists_one": return .condition(.comparison(count(members), .equal, 1))
        default: return .unknown
        }
    }

    /// Σ [member]: tables for members on one variable each, conditions for the rest.
    private func count(_ members: [PlanCondition]) -> PlanSum {
        var sum = PlanSum(constant: 0)
        for member in members {
            switch member {
            case .constant(let b):
                sum.constant += b ? 1 : 0
            case .table(let variable, let truths) where !truths.contains(.maybe):
                let values = truths.map { $0 == .yes ? 1.0 : 0.0 }
                sum = sum + PlanSum(constant: values[0], tables: [.init(variable: variable, values: values.map { $0 - values[0] })])
            default:
                sum.conditions.append((1, member))
            }
        }
        return sum
    }

    /// The body's truth for each indicator row, when it reads only the row (and the row's own
    /// answer as `answer[v.id]` / `v.id in answer`), the profile, the enterprise and locals.
    private func rowConditions(_ body: CELSyntax, variable name: String, locals: [String: CELValue]) -> [PlanCondition]? {
        guard readsOnlyRow(body, row: name, bound: Set(locals.keys).union([name])) else { return nil }
        let localNames = locals.keys.sorted() + [name]
        guard let program = cache.program(body.source, locals: localNames) else { return nil }
        // A row's truth depends on the row's answer alone unless the body reads the profile, the
        // enterprise or a local that is not a plain value: then it is kept per rubric.
        var key: String?
        if !Self.readsFacts(body) {
            var parts: [String] = []
            for local in localNames {
                switch locals[local] {
                case .string(let text)?: parts.append("\(local)=s:\(text)")
                case .int(let i)?: parts.append("\(local)=i:\(i)")
                case .bool(let b)?: parts.append("\(local)=b:\(b)")
                case nil where local == name: parts.append(local)
                default: break
                }
            }
            if parts.count == localNames.count { key = parts.joined(separator: ",") + "|" + body.source }
        }
        let positions = rubric.indicators.count
        let known = key.flatMap { cache.rowTruths($0) }
        var learned = RowTruths(positions: positions)
        var learnedAny = false
        var rowBindings: CELBindings?
        let constants = scorer.constants
        /// `keep`: whether the truth may be kept for other assessments. A number the
        /// assessment gave is not kept (any value may turn up, and the cache lives as long as
        /// the rubric's scorer, a whole ranking); the numbers a ladder climbs to are few.
        func truth(_ position: Int, _ value: Answer.Value?, notApplicable: Bool, keep: Bool,
                   score: () -> ExactNumber?) -> Truth {
            if let truth = known?.truth(at: position, value: value, notApplicable: notApplicable)
                ?? learned.truth(at: position, value: value, notApplicable: notApplicable) {
                return truth
            }
            let indicator = rubric.indicators[position]
            let fixed = constants.indicatorFields[position]
            let excluded = notApplicable && indicator.notApplicable == .exclude
            let answered = value != nil || notApplicable
            let row = CELValue.map(CELMap(shape: constants.indicatorShape, values: [
                fixed.id, fixed.domain, .double(excluded ? 0 : (score() ?? .zero).doubleValue), fixed.weight, fixed.tags,
                .bool(answered), .bool(notApplicable), .bool(!excluded), fixed.scenario,
            ]))
            if rowBindings == nil { rowBindings = bindings(locals: localNames, values: locals) }
            rowBindings![name] = row
            var answers = OrderedDictionary<CELMapKey, CELValue>()
            if let value { answers[.string(indicator.id)] = value.celValue }
            rowBindings!["answer"] = .map(CELMap(answers))
            let result: Truth
            if case .bool(let b)? = try? program.evaluate(rowBindings!) { result = Truth(b) } else { result = .maybe }
            if keep, key != nil {
                learned.learn(at: position, value: value, notApplicable: notApplicable, truth: result)
                learnedAny = true
            }
            return result
        }
        let conditions = rubric.indicators.indices.map { position -> PlanCondition in
            if let variable = variableAt[position] {
                let ladder = ladders[variable]
                let truths = ladder.values.indices.map { option in
                    let value = ladder.values[option]
                    let isNumber = if case .number = value { true } else { false }
                    return truth(position, value, notApplicable: false, keep: option > 0 || !isNumber,
                                 score: { ladder.scores[option] })
                }
                return .table(variable: variable, truths)
            }
            let answer = assessment.answers[rubric.indicators[position].id]
            let score: () -> ExactNumber? = {
                if case .scored(let s, _) = self.rubric.indicators[position].outcome(of: answer) { return s }
                return nil
            }
            let isNumber = if case .number? = answer?.value { true } else { false }
            // As the evaluator's `indicators` list: an answer without a value is N/A.
            switch truth(position, answer?.value, notApplicable: answer != nil && answer?.value == nil, keep: !isNumber, score: score) {
            case .yes: return .constant(true)
            case .no: return .constant(false)
            case .maybe: return .unknown
            }
        }
        if let key, learnedAny { cache.learnRowTruths(key, learned) }
        return conditions
    }

    /// Whether the expression names the profile or the enterprise anywhere.
    private static func readsFacts(_ node: CELSyntax) -> Bool {
        if case .identifier(let name) = node, name == "profile" || name == "enterprise" { return true }
        return node.children.contains { readsFacts($0) }
    }

    /// Whether `node` reads nothing but the row `row` (and `answer` only at the row's id),
    /// the profile, the enterprise and bound names.
    private func readsOnlyRow(_ node: CELSyntax, row: String, bound: Set<String>) -> Bool {
        switch node {
        case .identifier(let name):
            return bound.contains(name) || name == "profile" || name == "enterprise"
        case .index(.identifier("answer"), .select(.identifier(row), "id")):
            return true
        case .binary("in", .select(.identifier(row), "id"), .identifier("answer")):
            return true
        case .comprehension(_, let range, let variable, let filter, let body):
            let inner = bound.union([variable])
            return readsOnlyRow(range, row: row, bound: bound) && (filter.map { readsOnlyRow($0, row: row, bound: inner) } ?? true)
                && readsOnlyRow(body, row: row, bound: inner)
        default:
            return node.children.allSatisfy { readsOnlyRow($0, row: row, bound: bound) }
        }
    }

    // MARK: Constants

    /// Whether the node reads nothing a plan changes.
    private mutating func isConstant(_ node: CELSyntax, locals: [String: CELValue]) -> Bool {
        switch node {
        case .literal: return true
        case .identifier(let name):
            return locals[name] != nil || name == "profile" || name == "enterprise"
        case .select(.identifier(let root), let field), .presenceTest(.identifier(let root), let field),
             .index(.identifier(let root), .literal(.string(let field))):
            if locals[root] != nil { return true }
            switch root {
            case "answer", "score": return variable(named: field) == nil
            case "profile", "enterprise": return true
            case "metric":
                switch metric(field) {
                case .value, .error: return true
                default: return false
                }
            default: return false
            }
        case .comprehension(_, let range, let variable, let filter, let body):
            var inner = locals
            inner[variable] = .null
            return isConstant(range, locals: locals) && (filter.map { isConstant($0, locals: inner) } ?? true)
                && isConstant(body, locals: inner)
        default:
            for child in node.children where !isConstant(child, locals: locals) { return false }
            return true
        }
    }

    private mutating func constant(_ node: CELSyntax, locals: [String: CELValue]) -> Symbol {
        if case .literal(let value) = node { return .value(value) }
        // Metrics are read from the assessment's own values: a constant metric is what it is now.
        let names = locals.keys.sorted()
        guard let program = cache.program(node.source, locals: names) else { return .unknown }
        do {
            return .value(try program.evaluate(bindings(locals: names, values: locals)))
        } catch {
            return .error
        }
    }

    /// The assessment's bindings, in the layout of an environment with `locals` declared.
    private func bindings(locals names: [String], values: [String: CELValue]) -> CELBindings {
        guard !names.isEmpty else { return bindings }
        var result = cache.environment(locals: names).makeBindings()
        for name in rubric.expressionEnvironment.variables.keys {
            result[name] = bindings[name]
        }
        for name in names { result[name] = values[name] ?? .null }
        return result
    }

    /// Applies a template (`(_a + _b)`, `size(_a)`) to known values and one variable's values
    /// per option.
    private func apply(_ source: String, _ symbols: [Symbol]) -> Symbol {
        let names = symbols.indices.map { $0 == 0 ? "_a" : $0 == 1 ? "_b" : "_c\($0)" }
        guard let program = cache.program(source, locals: names) else { return .unknown }
        var variable: Int?
        for case .perOption(let v, _) in symbols { variable = v }
        var base = bindings(locals: names, values: [:])
        let options = variable.map { ladders[$0].count } ?? 1
        var results: [CELValue?] = []
        for option in 0..<options {
            for (name, symbol) in zip(names, symbols) {
                switch symbol {
                case .value(let value): base[name] = value
                case .perOption(_, let values):
                    guard let value = values[option] else { results.append(nil); continue }
                    base[name] = value
                default: return .unknown
                }
            }
            if results.count > option { continue }
            results.append(try? program.evaluate(base))
        }
        guard let variable else {
            return results[0].map { .value($0) } ?? .error
        }
        return .perOption(variable: variable, results)
    }

    // MARK: Conversions

    func condition(of symbol: Symbol) -> PlanCondition {
        switch symbol {
        case .value(.bool(let b)): return .constant(b)
        case .value, .error: return .unknown
        case .condition(let condition): return condition
        case .perOption(let variable, let values):
            return .table(variable: variable, values.map { value in
                if case .bool(let b)? = value { return Truth(b) }
                return .maybe
            })
        default: return .unknown
        }
    }

    private func isBoolean(_ symbol: Symbol) -> Bool {
        switch symbol {
        case .condition, .value(.bool): return true
        default: return false
        }
    }

    private func number(_ symbol: Symbol) -> (sum: PlanSum, integer: Bool)? {
        switch symbol {
        case .value(.int(let i)): return (PlanSum(constant: Double(i)), true)
        case .value(.uint(let u)): return (PlanSum(constant: Double(u)), true)
        case .value(.double(let d)) where d.isFinite: return (PlanSum(constant: d), false)
        case .number(let sum, let integer): return (sum, integer)
        case .perOption(let variable, let values):
            var numbers: [Double] = []
            var integer = true
            for value in values {
                switch value {
                case .int(let i)?: numbers.append(Double(i))
                case .uint(let u)?: numbers.append(Double(u))
                case .double(let d)? where d.isFinite: numbers.append(d); integer = false
                default: return nil
                }
            }
            return (PlanSum(constant: numbers[0], tables: [.init(variable: variable, values: numbers.map { $0 - numbers[0] })]), integer)
        default: return nil
        }
    }

    private func constantNumber(_ symbol: Symbol) -> Double? {
        switch symbol {
        case .value(.int(let i)): return Double(i)
        case .value(.uint(let u)): return Double(u)
        case .value(.double(let d)) where d.isFinite: return d
        default: return nil
        }
    }
}
