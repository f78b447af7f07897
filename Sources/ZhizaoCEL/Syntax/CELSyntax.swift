/// The parsed form of an expression, read-only, for analyses outside this module (the
/// improvement planner reads a rule's structure to bound its search). `source` writes a
/// node back as CEL that compiles to the same meaning, so a part can be compiled alone.
public indirect enum CELSyntax: Sendable {
    case literal(CELValue)
    case identifier(String)
    case select(CELSyntax, field: String)
    /// `has(e.f)`
    case presenceTest(CELSyntax, field: String)
    case index(CELSyntax, CELSyntax)
    /// `!` or `-`
    case unary(String, CELSyntax)
    /// Arithmetic, comparison or `in`, by its CEL spelling (`+`, `>=`, `in`, …).
    case binary(String, CELSyntax, CELSyntax)
    /// `&&` or `||`
    case logical(String, CELSyntax, CELSyntax)
    case conditional(CELSyntax, CELSyntax, CELSyntax)
    case call(name: String, target: CELSyntax?, arguments: [CELSyntax])
    case list([CELSyntax])
    case map([(key: CELSyntax, value: CELSyntax)])
    /// `range.macro(variable, [filter,] body)`; macro is `all`, `exists`, `exists_one`,
    /// `filter` or `map`.
    case comprehension(macro: String, range: CELSyntax, variable: String, filter: CELSyntax?, body: CELSyntax)

    init(_ expr: Expr) {
        switch expr.kind {
        case .literal(let value): self = .literal(value)
        case .identifier(let name): self = .identifier(name)
        case .select(let e, let field): self = .select(CELSyntax(e), field: field)
        case .presenceTest(let e, let field): self = .presenceTest(CELSyntax(e), field: field)
        case .index(let a, let b): self = .index(CELSyntax(a), CELSyntax(b))
        case .unary(let op, let e): self = .unary(op.rawValue, CELSyntax(e))
        case .binary(let op, let a, let b): self = .binary(op.rawValue, CELSyntax(a), CELSyntax(b))
        case .logical(let op, let a, let b): self = .logical(op.rawValue, CELSyntax(a), CELSyntax(b))
        case .conditional(let a, let b, let c): self = .conditional(CELSyntax(a), CELSyntax(b), CELSyntax(c))
        case .call(let name, let target, let arguments):
            self = .call(name: name, target: target.map(CELSyntax.init), arguments: arguments.map(CELSyntax.init))
        case .list(let elements): self = .list(elements.map(CELSyntax.init))
        case .map(let entries): self = .map(entries.map { (CELSyntax($0.key), CELSyntax($0.value)) })
        case .comprehension(let macro, let range, let variable, let filter, let body):
            self = .comprehension(macro: macro.rawValue, range: CELSyntax(range), variable: variable,
                                  filter: filter.map(CELSyntax.init), body: CELSyntax(body))
        }
    }

    /// The nodes directly below this one, in source order.
    public var children: [CELSyntax] {
        switch self {
        case .literal, .identifier: return []
        case .select(let e, _), .presenceTest(let e, _), .unary(_, let e): return [e]
        case .index(let a, let b), .binary(_, let a, let b), .logical(_, let a, let b): return [a, b]
        case .conditional(let a, let b, let c): return [a, b, c]
        case .call(_, let target, let arguments): return (target.map { [$0] } ?? []) + arguments
        case .list(let elements): return elements
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .comprehension(_, let range, _, let filter, let body): return [range] + (filter.map { [$0] } ?? []) + [body]
        }
    }

    /// The node as CEL source, fully parenthesised.
    public var source: String {
        switch self {
        case .literal(let value): return CELValueFormatter.literal(value)
        case .identifier(let name): return name
        case .select(let e, let field): return "\(e.operand).\(field)"
        case .presenceTest(let e, let field): return "has(\(e.operand).\(field))"
        case .index(let a, let b): return "\(a.operand)[\(b.source)]"
        case .unary(let op, let e): return "\(op)\(e.operand)"
        case .binary(let op, let a, let b), .logical(let op, let a, let b): return "(\(a.source) \(op) \(b.source))"
        case .conditional(let a, let b, let c): return "(\(a.source) ? \(b.source) : \(c.source))"
        case .call(let name, let target, let arguments):
            let list = arguments.map(\.source).joined(separator: ", ")
            return target.map { "\($0.operand).\(name)(\(list))" } ?? "\(name)(\(list))"
        case .list(let elements): return "[" + elements.map(\.source).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key.source): \($0.value.source)" }.joined(separator: ", ") + "}"
        case .comprehension(let macro, let range, let variable, let filter, let body):
            let parts = [variable] + (filter.map { [$0.source] } ?? []) + [body.source]
            return "\(range.operand).\(macro)(\(parts.joined(separator: ", ")))"
        }
    }

    /// The source, parenthesised unless it is an atom that binds tighter than any operator.
    private var operand: String {
        switch self {
        case .literal:
            // A negative number literal needs parentheses before `.` or `[`.
            let text = source
            return text.hasPrefix("-") ? "(\(text))" : text
        case .identifier, .select, .presenceTest, .index, .call, .list, .map, .comprehension: return source
        case .unary, .binary, .logical, .conditional: return "(\(source))"
        }
    }
}

extension CELProgram {
    /// The parsed expression (re-parsed from the source: programs keep only compiled nodes).
    public var syntax: CELSyntax? {
        let scalars = Array(source.unicodeScalars)
        guard let expr = try? Parser.parse(scalars, limits: CELLimits()) else { return nil }
        return CELSyntax(expr)
    }
}
