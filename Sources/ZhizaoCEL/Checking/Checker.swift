/// Infers the static type of an expression against declared variables and reports every
/// problem it can see before any data does: unknown names (with a suggestion), unknown
/// functions, wrong argument counts and types, arithmetic that mixes number types,
/// comparisons that can never hold, invalid constant regular expressions.
///
/// Where a type is only known at run time (`dyn`), the checker accepts and evaluation
/// decides, so it never rejects an expression CEL would evaluate successfully.
struct Checker {
    let environment: CELEnvironment
    let lineMap: LineMap
    private(set) var diagnostics: [CELDiagnostic] = []
    private var scopes: [(name: String, type: CELType)] = []

    init(environment: CELEnvironment, lineMap: LineMap) {
        self.environment = environment
        self.lineMap = lineMap
    }

    private mutating func report(_ problem: CELProblem, at offset: Int) {
        diagnostics.append(CELDiagnostic(problem, at: lineMap.location(of: offset)))
    }

    mutating func check(_ expr: Expr) -> CELType {
        switch expr.kind {
        case .literal(let value):
            return value.type
        case .identifier(let name):
            return identifierType(name, at: expr.offset)
        case .select(let operand, _):
            return fieldType(of: check(operand), at: expr.offset)
        case .presenceTest(let operand, _):
            _ = fieldType(of: check(operand), at: expr.offset)
            return .bool
        case .index(let operand, let index):
            return indexType(check(operand), check(index), at: expr.offset)
        case .unary(let op, let operand):
            return unaryType(op, check(operand), at: expr.offset)
        case .binary(let op, let left, let right):
            return binaryType(op, check(left), check(right), at: expr.offset)
        case .logical(let op, let left, let right):
            let types = [check(left), check(right)]
            if types.contains(where: { $0 != .bool && $0 != .dyn }) {
                report(.noMatchingOverload(function: op.rawValue, argumentTypes: types.map(\.description)), at: expr.offset)
            }
            return .bool
        case .conditional(let condition, let then, let otherwise):
            let c = check(condition)
            if c != .bool && c != .dyn {
                report(.noMatchingOverload(function: "_?_:_", argumentTypes: [c.description]), at: condition.offset)
            }
            return CELType.join([check(then), check(otherwise)])!
        case .call(let name, let target, let arguments):
            return callType(name, target: target, arguments: arguments, at: expr.offset)
        case .list(let elements):
            return .list(CELType.join(elements.map { check($0) }) ?? .dyn)
        case .map(let entries):
            var keyTypes: [CELType] = []
            var valueTypes: [CELType] = []
            for entry in entries {
                let keyType = check(entry.key)
                switch keyType {
                case .int, .uint, .bool, .string, .dyn: break
                default: report(.unsupportedMapKeyType(keyType.description), at: entry.key.offset)
                }
                keyTypes.append(keyType)
                valueTypes.append(check(entry.value))
            }
            return .map(CELType.join(keyTypes) ?? .dyn, CELType.join(valueTypes) ?? .dyn)
        case .comprehension(let macro, let range, let variable, let filter, let body):
            return comprehensionType(macro, range: range, variable: variable, filter: filter, body: body, at: expr.offset)
        }
    }

    // MARK: Names and access

    private mutating func identifierType(_ name: String, at offset: Int) -> CELType {
        if let local = scopes.last(where: { $0.name == name }) { return local.type }
        if let type = environment.variables[name] { return type }
        let candidates = scopes.map(\.name) + Array(environment.variables.keys)
        report(.undeclaredReference(name: name, suggestion: Suggestion.closest(to: name, among: candidates)), at: offset)
        return .dyn
    }

    private mutating func fieldType(of type: CELType, at offset: Int) -> CELType {
        switch type {
        case .dyn: return .dyn
        case .map(.string, let value), .map(.dyn, let value): return value
        default:
            report(.fieldSelectionUnsupported(type: type.description), at: offset)
            return .dyn
        }
    }

    private mutating func indexType(_ container: CELType, _ index: CELType, at offset: Int) -> CELType {
        switch container {
        case .dyn:
            return .dyn
        case .list(let element):
            if index == .int || index == .uint || index == .dyn { return element }
        case .map(let key, let value):
            if index == .dyn || (CELType.comparableForEquality(key, index) && index != .null) { return value }
        default:
            break
        }
        report(.noMatchingOverload(function: "_[_]", argumentTypes: [container.description, index.description]), at: offset)
        return .dyn
    }

    // MARK: Operators

    private mutating func unaryType(_ op: UnaryOperator, _ operand: CELType, at offset: Int) -> CELType {
        switch (op, operand) {
        case (.not, .bool), (.not, .dyn): return .bool
        case (.negate, .int), (.negate, .double), (.negate, .dyn): return operand
        default:
            report(.noMatchingOverload(function: op.rawValue, argumentTypes: [operand.description]), at: offset)
            return op == .not ? .bool : .dyn
        }
    }

    private mutating func binaryType(_ op: BinaryOperator, _ left: CELType, _ right: CELType, at offset: Int) -> CELType {
        if op.isArithmetic {
            if let result = arithmeticType(op, left, right) { return result }
            if left.isNumeric && right.isNumeric {
                report(.mixedArithmetic(operator: op.rawValue, left: left.description, right: right.description), at: offset)
            } else {
                report(.noMatchingOverload(function: op.rawValue, argumentTypes: [left.description, right.description]), at: offset)
            }
            return .dyn
        }
        if op.isOrdering {
            if !(isOrderable(left) && isOrderable(right) && orderingCompatible(left, right)) {
                report(.noMatchingOverload(function: op.rawValue, argumentTypes: [left.description, right.description]), at: offset)
            }
            return .bool
        }
        switch op {
        case .equal, .notEqual:
            if !CELType.comparableForEquality(left, right) {
                report(.incomparableTypes(operator: op.rawValue, left: left.description, right: right.description), at: offset)
            }
        case .in:
            let fits: Bool
            switch right {
            case .dyn: fits = true
            case .list(let element): fits = CELType.comparableForEquality(element, left)
            case .map(let key, _): fits = CELType.comparableForEquality(key, left)
            default: fits = false
            }
            if !fits {
                report(.noMatchingOverload(function: "in", argumentTypes: [left.description, right.description]), at: offset)
            }
        default:
            break
        }
        return .bool
    }

    /// The result of `left op right` for + - * / %, or nil when no overload fits.
    /// CEL's arithmetic never mixes number types; `dyn` takes the other side's type.
    private func arithmeticType(_ op: BinaryOperator, _ left: CELType, _ right: CELType) -> CELType? {
        func accepts(_ t: CELType) -> Bool {
            switch (op, t) {
            case (_, .dyn): return true
            case (.modulo, .int), (.modulo, .uint): return true
            case (.modulo, _): return false
            case (_, .int), (_, .uint), (_, .double): return true
            case (.add, .string), (.add, .list): return true
            default: return false
            }
        }
        guard accepts(left), accepts(right) else { return nil }
        switch (left, right) {
        case (.dyn, _): return right
        case (_, .dyn): return left
        case (.list(let a), .list(let b)): return .list(CELType.join([a, b])!)
        default: return left == right ? left : nil
        }
    }

    private func isOrderable(_ t: CELType) -> Bool {
        t.isNumeric || t == .string || t == .bool || t == .dyn
    }

    private func orderingCompatible(_ a: CELType, _ b: CELType) -> Bool {
        a == .dyn || b == .dyn || a == b || (a.isNumeric && b.isNumeric)
    }

    // MARK: Calls and macros

    private mutating func callType(_ name: String, target: Expr?, arguments: [Expr], at offset: Int) -> CELType {
        var types: [CELType] = []
        if let target { types.append(check(target)) }
        for argument in arguments { types.append(check(argument)) }

        guard let function = StandardFunctions.byName[name],
              target == nil ? function.global : function.receiver
        else {
            let known = StandardFunctions.all.filter { target == nil ? $0.global : $0.receiver }.map(\.name)
            report(.unknownFunction(name: name, suggestion: Suggestion.closest(to: name, among: known)), at: offset)
            return .dyn
        }
        guard function.arity.contains(types.count) else {
            report(.wrongArgumentCount(function: name, expected: function.arityText, found: types.count), at: offset)
            return .dyn
        }
        if name == "matches", let patternExpr = (target == nil ? arguments.last : arguments.first),
           case .literal(.string(let pattern)) = patternExpr.kind {
            do throws(RegexSyntaxError) {
                _ = try RE2Regex(pattern)
            } catch {
                report(.invalidRegex(pattern: pattern, reason: error.reason), at: patternExpr.offset)
            }
        }
        guard let result = function.resultType(types) else {
            report(.noMatchingOverload(function: name, argumentTypes: types.map(\.description)), at: offset)
            return .dyn
        }
        return result
    }

    private mutating func comprehensionType(_ macro: ComprehensionMacro, range: Expr, variable: String,
                                            filter: Expr?, body: Expr, at offset: Int) -> CELType {
        let rangeType = check(range)
        let element: CELType
        switch rangeType {
        case .list(let e): element = e
        case .map(let key, _): element = key
        case .dyn: element = .dyn
        default:
            report(.noMatchingOverload(function: macro.rawValue, argumentTypes: [rangeType.description]), at: offset)
            element = .dyn
        }
        scopes.append((variable, element))
        defer { scopes.removeLast() }
        if let filter { expectBool(check(filter), macro: macro, at: filter.offset) }
        let bodyType = check(body)
        switch macro {
        case .all, .exists, .existsOne:
            expectBool(bodyType, macro: macro, at: body.offset)
            return .bool
        case .filter:
            expectBool(bodyType, macro: macro, at: body.offset)
            return .list(element)
        case .map:
            return .list(bodyType)
        }
    }

    private mutating func expectBool(_ type: CELType, macro: ComprehensionMacro, at offset: Int) {
        if type != .bool && type != .dyn {
            report(.wrongResultType(expected: "bool", found: type.description), at: offset)
        }
    }
}
