/// The static type of an expression, as the checker infers it. `dyn` means "known only at
/// run time" and is compatible with everything.
public indirect enum CELType: Hashable, Sendable, CustomStringConvertible {
    case dyn
    case null
    case bool
    case int
    case uint
    case double
    case string
    case list(CELType)
    case map(CELType, CELType)

    public var description: String {
        switch self {
        case .dyn: return "dyn"
        case .null: return "null_type"
        case .bool: return "bool"
        case .int: return "int"
        case .uint: return "uint"
        case .double: return "double"
        case .string: return "string"
        case .list(let element): return "list(\(element))"
        case .map(let key, let value): return "map(\(key), \(value))"
        }
    }

    var isNumeric: Bool { self == .int || self == .uint || self == .double }

    /// The common type of several: the type itself when all agree, else `dyn`; nil for none.
    static func join(_ types: [CELType]) -> CELType? {
        guard let first = types.first else { return nil }
        return types.allSatisfy { $0 == first } ? first : .dyn
    }

    /// Whether values of the two types can ever be equal (CEL's heterogeneous equality:
    /// numbers compare across int, uint and double; `dyn` and `null` go with anything).
    static func comparableForEquality(_ a: CELType, _ b: CELType) -> Bool {
        switch (a, b) {
        case (.dyn, _), (_, .dyn), (.null, _), (_, .null): return true
        case (.list(let x), .list(let y)): return comparableForEquality(x, y)
        case (.map(let k1, let v1), .map(let k2, let v2)):
            return comparableForEquality(k1, k2) && comparableForEquality(v1, v2)
        default:
            return a == b || (a.isNumeric && b.isNumeric)
        }
    }

    /// Parses the notation `int`, `list(string)`, `map(string, dyn)`, as printed by
    /// `description` (and used by the conformance files' `type_env`).
    public init?(parsing text: String) {
        var scalars = Substring(text.filter { !$0.isWhitespace })[...]
        guard let type = CELType.parse(&scalars), scalars.isEmpty else { return nil }
        self = type
    }

    private static func parse(_ text: inout Substring) -> CELType? {
        let simple: [(String, CELType)] = [
            ("dyn", .dyn), ("null_type", .null), ("null", .null), ("bool", .bool), ("int", .int),
            ("uint", .uint), ("double", .double), ("string", .string),
        ]
        if text.hasPrefix("list(") {
            text = text.dropFirst(5)
            guard let element = parse(&text), text.first == ")" else { return nil }
            text = text.dropFirst()
            return .list(element)
        }
        if text.hasPrefix("map(") {
            text = text.dropFirst(4)
            guard let key = parse(&text), text.first == "," else { return nil }
            text = text.dropFirst()
            guard let value = parse(&text), text.first == ")" else { return nil }
            text = text.dropFirst()
            return .map(key, value)
        }
        for (name, type) in simple where text.hasPrefix(name) {
            let rest = text.dropFirst(name.count)
            if let next = rest.first, next.isLetter || next == "_" { continue }
            text = rest
            return type
        }
        return nil
    }
}
