/// The operators' run-time behaviour. Each returns a value or throws the `CELProblem` that
/// CEL defines for it (overflow, division by zero, no such overload); none ever traps.
extension CELValue {
    static func add(_ a: CELValue, _ b: CELValue) throws(CELProblem) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw .overflow(operation: "+") }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.addingReportingOverflow(y)
            if o { throw .overflow(operation: "+") }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x + y)
        case (.string(let x), .string(let y)): return .string(x + y)
        case (.list(let x), .list(let y)): return .list(x + y)
        default: throw noOverload("+", a, b)
        }
    }

    static func subtract(_ a: CELValue, _ b: CELValue) throws(CELProblem) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw .overflow(operation: "-") }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.subtractingReportingOverflow(y)
            if o { throw .overflow(operation: "-") }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x - y)
        default: throw noOverload("-", a, b)
        }
    }

    static func multiply(_ a: CELValue, _ b: CELValue) throws(CELProblem) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw .overflow(operation: "*") }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if o { throw .overflow(operation: "*") }
            return .uint(r)
        case (.double(let x), .double(let y)): return .double(x * y)
        default: throw noOverload("*", a, b)
        }
    }

    static func divide(_ a: CELValue, _ b: CELValue) throws(CELProblem) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { throw .divisionByZero }
            let (r, o) = x.dividedReportingOverflow(by: y)
            if o { throw .overflow(operation: "/") }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            if y == 0 { throw .divisionByZero }
            return .uint(x / y)
        case (.double(let x), .double(let y)): return .double(x / y)
        default: throw noOverload("/", a, b)
        }
    }

    static func modulo(_ a: CELValue, _ b: CELValue) throws(CELProblem) -> CELValue {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            if y == 0 { throw .moduloByZero }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y)
            if o { throw .overflow(operation: "%") }
            return .int(r)
        case (.uint(let x), .uint(let y)):
            if y == 0 { throw .moduloByZero }
            return .uint(x % y)
        default: throw noOverload("%", a, b)
        }
    }

    static func negate(_ a: CELValue) throws(CELProblem) -> CELValue {
        switch a {
        case .int(let x):
            if x == .min { throw .overflow(operation: "-") }
            return .int(-x)
        case .double(let x): return .double(-x)
        default: throw .noSuchOverload(function: "-_", argumentTypes: [a.typeName])
        }
    }

    static func not(_ a: CELValue) throws(CELProblem) -> CELValue {
        guard case .bool(let b) = a else { throw .noSuchOverload(function: "!_", argumentTypes: [a.typeName]) }
        return .bool(!b)
    }

    /// Ordering for `< <= > >=`: -1, 0, 1, or nil when a NaN makes the values unordered.
    static func order(_ op: BinaryOperator, _ a: CELValue, _ b: CELValue) throws(CELProblem) -> Int? {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            // Code point order = UTF-8 byte order (Swift's String < is not code point order).
            if stringBytesEqual(x, y) { return 0 }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : 1
        case (.bool(let x), .bool(let y)):
            return x == y ? 0 : (!x ? -1 : 1)
        case (.int, .int), (.int, .uint), (.int, .double), (.uint, .int), (.uint, .uint), (.uint, .double),
            (.double, .int), (.double, .uint), (.double, .double):
            return NumericComparison.compare(a, b)
        default:
            throw noOverload(op.rawValue, a, b)
        }
    }

    static func contains(_ container: CELValue, _ element: CELValue) throws(CELProblem) -> Bool {
        switch container {
        case .list(let elements):
            for candidate in elements where candidate.celEquals(element) { return true }
            return false
        case .map(let map):
            return map[element] != nil
        default:
            throw noOverload("in", element, container)
        }
    }

    static func index(_ container: CELValue, _ key: CELValue) throws(CELProblem) -> CELValue {
        switch container {
        case .list(let elements):
            let position: Int64
            switch key {
            case .int(let i): position = i
            case .uint(let u): position = u <= UInt64(Int64.max) ? Int64(u) : .max
            case .double(let d):
                guard let i = Int64(exactly: d) else { throw .invalidIndex(type: "double \(CELValueFormatter.doubleLiteral(d))") }
                position = i
            default: throw .invalidIndex(type: key.typeName)
            }
            guard position >= 0, position < elements.count else {
                throw .indexOutOfRange(index: String(position), size: elements.count)
            }
            return elements[Int(position)]
        case .map(let map):
            guard let mapKey = CELMapKey(key) else {
                if case .double = key { throw .noSuchKey(CELValueFormatter.literal(key)) }
                throw .invalidIndex(type: key.typeName)
            }
            guard let value = map[mapKey] else { throw .noSuchKey(mapKey.description) }
            return value
        default:
            throw noOverload("_[_]", container, key)
        }
    }

    static func select(_ operand: CELValue, _ field: CELMapKey) throws(CELProblem) -> CELValue {
        guard case .map(let map) = operand else { throw .fieldSelectionUnsupported(type: operand.typeName) }
        guard let value = map[field] else { throw .noSuchKey(field.description) }
        return value
    }

    static func has(_ operand: CELValue, _ field: CELMapKey) throws(CELProblem) -> Bool {
        guard case .map(let map) = operand else { throw .fieldSelectionUnsupported(type: operand.typeName) }
        return map[field] != nil
    }

    private static func noOverload(_ op: String, _ a: CELValue, _ b: CELValue) -> CELProblem {
        .noSuchOverload(function: op, argumentTypes: [a.typeName, b.typeName])
    }
}

extension CELProblem: Error {}
