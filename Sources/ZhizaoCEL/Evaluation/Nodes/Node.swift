/// A node of a compiled program. Subclasses are immutable, so programs can be shared
/// between threads; `evaluate` is the only work done per evaluation.
class Node: @unchecked Sendable {
    /// Scalar offset in the source that errors raised here point at.
    let offset: Int

    init(offset: Int) {
        self.offset = offset
    }

    func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        preconditionFailure("Node.evaluate is abstract")
    }

    @inline(__always)
    final func error(_ problem: CELProblem) -> CELEvalError {
        CELEvalError(problem, offset: offset)
    }

    /// Evaluates and insists on a bool (for `&&`, `||`, `?:` and macro predicates).
    @inline(__always)
    final func evaluateBool(_ a: inout Activation) throws(CELEvalError) -> Bool {
        let value = try evaluate(&a)
        guard case .bool(let b) = value else {
            throw error(.noSuchOverload(function: "bool", argumentTypes: [value.typeName]))
        }
        return b
    }
}

extension CELEvalError {
    /// Errors that no `&&`, `||` or macro may absorb: running out of the iteration budget
    /// must stop the evaluation, or the verdict would depend on the budget.
    var isFatal: Bool {
        if case .iterationLimit = problem { return true }
        return false
    }
}

final class ConstantNode: Node, @unchecked Sendable {
    let value: CELValue

    init(_ value: CELValue, offset: Int) {
        self.value = value
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue { value }
}

final class GlobalVariableNode: Node, @unchecked Sendable {
    let slot: Int
    let name: String

    init(slot: Int, name: String, offset: Int) {
        self.slot = slot
        self.name = name
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        guard let value = a.globals[slot] else { throw error(.unboundVariable(name)) }
        return value
    }
}

final class LocalVariableNode: Node, @unchecked Sendable {
    let slot: Int

    init(slot: Int, offset: Int) {
        self.slot = slot
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue { a.locals[slot] }
}

/// An error known when compiling that CEL defines as a run-time error (an undeclared name
/// or unknown function when static checking is off): `x || true` is still `true`.
final class FailingNode: Node, @unchecked Sendable {
    let problem: CELProblem

    init(_ problem: CELProblem, offset: Int) {
        self.problem = problem
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue { throw error(problem) }
}
