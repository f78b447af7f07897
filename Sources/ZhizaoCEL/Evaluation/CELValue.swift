/// A CEL value: what expressions compute and what variables are bound to.
///
/// Values are immutable and `Sendable`, so one program can be evaluated on many threads.
/// Swift's `==` on `CELValue` is *identity of value and type* (`1` is not `1u`, NaN equals
/// NaN), which is what tests compare with; CEL's own `==` operator, with its heterogeneous
/// numeric equality, is `celEquals(_:)`.
public enum CELValue: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case list([CELValue])
    case map(CELMap)

    /// The CEL type name, as error messages and `zhizao expr` print it.
    public var typeName: String {
        switch self {
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .list: return "list"
        case .map: return "map"
        }
    }

    /// The most specific static type of this value (lists and maps of mixed types are `dyn`).
    public var type: CELType {
        switch self {
        case .null: return .null
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .double: return .double
        case .string: return .string
        case .list(let elements):
            return .list(CELType.join(elements.map(\.type)) ?? .dyn)
        case .map(let map):
            return .map(CELType.join(map.keys.map(\.value.type)) ?? .dyn,
                        CELType.join(map.values.map(\.type)) ?? .dyn)
        }
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }
}

extension CELValue: Equatable {
    public static func == (lhs: CELValue, rhs: CELValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.list(let a), .list(let b)): return a == b
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = b[key], other == value else { return false }
            }
            return true
        default: return false
        }
    }
}

extension CELValue: ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral
{
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: CELValue...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .null }
}
