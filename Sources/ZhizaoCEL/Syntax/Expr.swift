/// A node of a parsed expression: what the source says, before checking and compiling.
final class Expr: Sendable {
    let kind: ExprKind
    /// Scalar offset that errors about this node point at (an operator, a name, a literal).
    let offset: Int
    /// 1 + the height of the tallest child: bounds every recursive walk over the tree.
    let height: Int

    init(_ kind: ExprKind, at offset: Int) {
        self.kind = kind
        self.offset = offset
        self.height = 1 + (kind.children.map(\.height).max() ?? 0)
    }
}

indirect enum ExprKind: Sendable {
    case literal(CELValue)
    case identifier(String)
    case select(Expr, field: String)
    /// `has(e.f)`
    case presenceTest(Expr, field: String)
    case index(Expr, Expr)
    case unary(UnaryOperator, Expr)
    case binary(BinaryOperator, Expr, Expr)
    case logical(LogicalOperator, Expr, Expr)
    case conditional(Expr, Expr, Expr)
    /// A function call, global (`size(x)`) or receiver-style (`x.size()`).
    case call(name: String, target: Expr?, arguments: [Expr])
    case list([Expr])
    case map([(key: Expr, value: Expr)])
    /// `range.all(x, body)`, `range.map(x, filter, body)` …
    case comprehension(ComprehensionMacro, range: Expr, variable: String, filter: Expr?, body: Expr)

    var children: [Expr] {
        switch self {
        case .literal, .identifier: return []
        case .select(let e, _), .presenceTest(let e, _), .unary(_, let e): return [e]
        case .index(let a, let b), .binary(_, let a, let b), .logical(_, let a, let b): return [a, b]
        case .conditional(let a, let b, let c): return [a, b, c]
        case .call(_, let target, let arguments): return (target.map { [$0] } ?? []) + arguments
        case .list(let elements): return elements
        case .map(let entries): return entries.flatMap { [$0.key, $0.value] }
        case .comprehension(_, let range, _, let filter, let body):
            return [range] + (filter.map { [$0] } ?? []) + [body]
        }
    }
}

enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
    case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case equal = "==", notEqual = "!="
    case `in` = "in"

    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .modulo: return true
        default: return false
        }
    }

    var isOrdering: Bool {
        switch self {
        case .less, .lessEqual, .greater, .greaterEqual: return true
        default: return false
        }
    }
}

enum LogicalOperator: String, Sendable {
    case and = "&&"
    case or = "||"
}

enum ComprehensionMacro: String, Sendable {
    case all, exists
    case existsOne = "exists_one"
    case filter, map
}
