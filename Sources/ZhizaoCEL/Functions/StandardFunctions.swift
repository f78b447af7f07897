/// The functions rubric expressions may call: CEL's standard `size contains startsWith
/// endsWith matches int uint double string bool dyn`, and the list aggregates `sum avg
/// min max` that SPEC allows rubrics to use (documented in docs/expressions.md).
enum StandardFunctions {
    static let all: [FunctionDefinition] = [
        size, contains, startsWith, endsWith, matches,
        toInt, toUint, toDouble, toString, toBool, dyn,
        sum, avg, minimum, maximum,
    ]

    static let byName: [String: FunctionDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    // MARK: Strings and collections

    static let size = FunctionDefinition(
        name: "size", global: true, receiver: true, arity: 1...1, arityText: "1",
        resultType: { types in
            switch types[0] {
            case .string, .list, .map, .dyn: return .int
            default: return nil
            }
        },
        implementation: .unary { value throws(CELProblem) in
            switch value {
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            case .list(let l): return .int(Int64(l.count))
            case .map(let m): return .int(Int64(m.count))
            default: throw .noSuchOverload(function: "size", argumentTypes: [value.typeName])
            }
        })

    static let contains = stringPredicate("contains") { s, t in
        t.isEmpty || s.utf8.firstRange(of: t.utf8) != nil
    }
    static let startsWith = stringPredicate("startsWith") { s, t in s.utf8.starts(with: t.utf8) }
    static let endsWith = stringPredicate("endsWith") { s, t in s.utf8.reversed().starts(with: t.utf8.reversed()) }

    static let matches = FunctionDefinition(
        name: "matches", global: true, receiver: true, arity: 2...2, arityText: "2",
        resultType: stringPairType(.bool),
        implementation: .binary { text, pattern throws(CELProblem) in
            guard case .string(let s) = text, case .string(let p) = pattern else {
                throw .noSuchOverload(function: "matches", argumentTypes: [text.typeName, pattern.typeName])
            }
            do throws(RegexSyntaxError) {
                return .bool(try RE2Regex(p).matches(s))
            } catch {
                throw .invalidRegex(pattern: p, reason: error.reason)
            }
        })

    private static func stringPredicate(_ name: String, _ test: @escaping @Sendable (String, String) -> Bool) -> FunctionDefinition {
        FunctionDefinition(
            name: name, global: false, receiver: true, arity: 2...2, arityText: "2",
            resultType: stringPairType(.bool),
            implementation: .binary { a, b throws(CELProblem) in
                guard case .string(let s) = a, case .string(let t) = b else {
                    throw .noSuchOverload(function: name, argumentTypes: [a.typeName, b.typeName])
                }
                return .bool(test(s, t))
            })
    }

    private static func stringPairType(_ result: CELType) -> @Sendable ([CELType]) -> CELType? {
        { types in
            types.allSatisfy { $0 == .string || $0 == .dyn } ? result : nil
        }
    }

    // MARK: Conversions

    static let toInt = conversion("int", accepts: [.int, .uint, .double, .string], result: .int) { value throws(CELProblem) in
        switch value {
        case .int: return value
        case .uint(let u):
            guard u <= UInt64(Int64.max) else { throw .conversionOutOfRange(value: "\(u)u", type: "int") }
            return .int(Int64(u))
        case .double(let d):
            // Strictly inside (-2^63, 2^63), as CEL implementations require.
            guard d.isFinite, d > -9_223_372_036_854_775_808.0, d < 9_223_372_036_854_775_808.0 else {
                throw .conversionOutOfRange(value: CELValueFormatter.doubleLiteral(d), type: "int")
            }
            return .int(Int64(d.rounded(.towardZero)))
        case .string(let s):
            guard let i = Int64(s) else { throw .conversionFailed(value: CELValueFormatter.quoted(s), type: "int") }
            return .int(i)
        default: throw .noSuchOverload(function: "int", argumentTypes: [value.typeName])
        }
    }

    static let toUint = conversion("uint", accepts: [.int, .uint, .double, .string], result: .uint) { value throws(CELProblem) in
        switch value {
        case .uint: return value
        case .int(let i):
            guard i >= 0 else { throw .conversionOutOfRange(value: String(i), type: "uint") }
            return .uint(UInt64(i))
        case .double(let d):
            guard d.isFinite, d >= 0, d < 18_446_744_073_709_551_616.0 else {
                throw .conversionOutOfRange(value: CELValueFormatter.doubleLiteral(d), type: "uint")
            }
            return .uint(UInt64(d.rounded(.towardZero)))
        case .string(let s):
            guard let u = UInt64(s) else { throw .conversionFailed(value: CELValueFormatter.quoted(s), type: "uint") }
            return .uint(u)
        default: throw .noSuchOverload(function: "uint", argumentTypes: [value.typeName])
        }
    }

    static let toDouble = conversion("double", accepts: [.int, .uint, .double, .string], result: .double) { value throws(CELProblem) in
        switch value {
        case .double: return value
        case .int(let i): return .double(Double(i))
        case .uint(let u): return .double(Double(u))
        case .string(let s):
            guard let d = Double(s) else { throw .conversionFailed(value: CELValueFormatter.quoted(s), type: "double") }
            return .double(d)
        default: throw .noSuchOverload(function: "double", argumentTypes: [value.typeName])
        }
    }

    static let toString = conversion("string", accepts: [.int, .uint, .double, .string, .bool], result: .string) { value throws(CELProblem) in
        switch value {
        case .string: return value
        case .int(let i): return .string(String(i))
        case .uint(let u): return .string(String(u))
        case .double(let d): return .string(CELValueFormatter.goStyle(d))
        case .bool(let b): return .string(b ? "true" : "false")
        default: throw .noSuchOverload(function: "string", argumentTypes: [value.typeName])
        }
    }

    static let toBool = conversion("bool", accepts: [.bool, .string], result: .bool) { value throws(CELProblem) in
        switch value {
        case .bool: return value
        case .string(let s):
            // The spellings Go's strconv.ParseBool accepts, as CEL implementations do.
            switch s {
            case "1", "t", "T", "true", "TRUE", "True": return .bool(true)
            case "0", "f", "F", "false", "FALSE", "False": return .bool(false)
            default: throw .conversionFailed(value: CELValueFormatter.quoted(s), type: "bool")
            }
        default: throw .noSuchOverload(function: "bool", argumentTypes: [value.typeName])
        }
    }

    static let dyn = FunctionDefinition(
        name: "dyn", global: true, receiver: false, arity: 1...1, arityText: "1",
        resultType: { _ in .dyn },
        implementation: .unary { $0 })

    private static func conversion(
        _ name: String, accepts: Set<CELType>, result: CELType,
        _ body: @escaping @Sendable (CELValue) throws(CELProblem) -> CELValue
    ) -> FunctionDefinition {
        FunctionDefinition(
            name: name, global: true, receiver: false, arity: 1...1, arityText: "1",
            resultType: { types in accepts.contains(types[0]) || types[0] == .dyn ? result : nil },
            implementation: .unary(body))
    }

    // MARK: Aggregates over numbers (an extension for rubrics; see docs/expressions.md)

    /// `sum(list)`: int for ints (overflow is an error), uint for uints, double for doubles;
    /// 0 for an empty list. Mixing number types is an error, as in CEL's arithmetic.
    static let sum = FunctionDefinition(
        name: "sum", global: true, receiver: true, arity: 1...1, arityText: "1",
        resultType: { types in numericListElement(types[0]) },
        implementation: .unary { value throws(CELProblem) in
            let elements = try numbers(value, function: "sum")
            guard var total = elements.first else { return .int(0) }
            for element in elements.dropFirst() {
                total = try CELValue.add(total, element)
            }
            return total
        })

    /// `avg(list)`: the mean as a double; an error for an empty list.
    static let avg = FunctionDefinition(
        name: "avg", global: true, receiver: true, arity: 1...1, arityText: "1",
        resultType: { types in numericListElement(types[0]).map { _ in .double } },
        implementation: .unary { value throws(CELProblem) in
            let elements = try numbers(value, function: "avg")
            guard !elements.isEmpty else { throw .emptyList(function: "avg") }
            var total = 0.0
            for element in elements { total += asDouble(element) }
            return .double(total / Double(elements.count))
        })

    static let minimum = extremum("min", pick: { $0 < 0 })
    static let maximum = extremum("max", pick: { $0 > 0 })

    /// `min(list)` / `min(a, b, …)`: the smallest number (compared across number types),
    /// returned as it is; an error for an empty list; NaN if any element is NaN.
    private static func extremum(_ name: String, pick: @escaping @Sendable (Int) -> Bool) -> FunctionDefinition {
        FunctionDefinition(
            name: name, global: true, receiver: true, arity: 1...Int.max, arityText: "1+",
            resultType: { types in
                if types.count == 1 { return numericListElement(types[0]) }
                guard types.allSatisfy({ $0.isNumeric || $0 == .dyn }) else { return nil }
                return CELType.join(types)
            },
            implementation: .variadic { arguments throws(CELProblem) in
                let elements = arguments.count == 1 ? try numbers(arguments[0], function: name) : arguments
                guard var best = elements.first else { throw .emptyList(function: name) }
                for element in elements {
                    guard let order = NumericComparison.compare(element, best) else {
                        if case .double(let d) = element, d.isNaN { return element }
                        if case .double(let d) = best, d.isNaN { return best }
                        throw .noSuchOverload(function: name, argumentTypes: [element.typeName])
                    }
                    if pick(order) { best = element }
                }
                return best
            })
    }

    private static func numericListElement(_ type: CELType) -> CELType? {
        switch type {
        case .dyn, .list(.dyn): return .dyn
        case .list(let element) where element.isNumeric: return element
        default: return nil
        }
    }

    private static func numbers(_ value: CELValue, function: String) throws(CELProblem) -> [CELValue] {
        guard case .list(let elements) = value else {
            throw .noSuchOverload(function: function, argumentTypes: [value.typeName])
        }
        for element in elements {
            switch element {
            case .int, .uint, .double: continue
            default: throw .noSuchOverload(function: function, argumentTypes: ["list(\(element.typeName))"])
            }
        }
        return elements
    }

    private static func asDouble(_ value: CELValue) -> Double {
        switch value {
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        case .double(let d): return d
        default: return .nan
        }
    }
}
