/// A comparison of a reference with a number that an expression requires to hold:
/// `total >= 60.0` in `total >= 60.0 && domain.production >= 50.0`. Only comparisons joined
/// by `&&` at the top of the expression are listed — those hold whenever the expression is
/// true — so a rubric linter can spot rules that can never hold together.
public struct CELComparison: Sendable, Hashable, CustomStringConvertible {
    public enum Operator: String, Sendable {
        case less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">=", equal = "=="
    }

    public let reference: CELReference
    public let op: Operator
    public let value: Double

    public var description: String { "\(reference) \(op.rawValue) \(CELValueFormatter.literal(.double(value)))" }

    static func collect(_ expr: Expr, references: [CELReference], globals: VariableLayout) -> [CELComparison] {
        switch expr.kind {
        case .logical(.and, let left, let right):
            return collect(left, references: references, globals: globals) + collect(right, references: references, globals: globals)
        case .binary(let op, let left, let right):
            guard let mapped = Operator(op) else { return [] }
            if let reference = constantPath(left, globals: globals), let value = number(right) {
                return [CELComparison(reference: locate(reference, in: references), op: mapped, value: value)]
            }
            if let reference = constantPath(right, globals: globals), let value = number(left) {
                return [CELComparison(reference: locate(reference, in: references), op: mapped.mirrored, value: value)]
            }
            return []
        default:
            return []
        }
    }

    private static func locate(_ reference: CELReference, in references: [CELReference]) -> CELReference {
        references.first { $0 == reference } ?? reference
    }

    private static func number(_ expr: Expr) -> Double? {
        switch expr.kind {
        case .literal(.int(let i)): return Double(i)
        case .literal(.uint(let u)): return Double(u)
        case .literal(.double(let d)): return d.isNaN ? nil : d
        default: return nil
        }
    }

    private static func constantPath(_ expr: Expr, globals: VariableLayout) -> CELReference? {
        switch expr.kind {
        case .identifier(let name) where globals.slots[name] != nil:
            return CELReference(variable: name)
        case .select(let operand, let field):
            return constantPath(operand, globals: globals).map { CELReference(variable: $0.variable, path: $0.path + [field]) }
        case .index(let operand, let index):
            guard case .literal(.string(let key)) = index.kind else { return nil }
            return constantPath(operand, globals: globals).map { CELReference(variable: $0.variable, path: $0.path + [key]) }
        default:
            return nil
        }
    }
}

extension CELComparison.Operator {
    init?(_ op: BinaryOperator) {
        switch op {
        case .less: self = .less
        case .lessEqual: self = .lessEqual
        case .greater: self = .greater
        case .greaterEqual: self = .greaterEqual
        case .equal: self = .equal
        default: return nil
        }
    }

    /// `60 <= total` is `total >= 60`.
    var mirrored: CELComparison.Operator {
        switch self {
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        case .equal: return .equal
        }
    }
}
