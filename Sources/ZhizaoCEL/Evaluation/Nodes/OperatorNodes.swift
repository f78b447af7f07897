final class UnaryNode: Node, @unchecked Sendable {
    let op: UnaryOperator
    let operand: Node

    init(_ op: UnaryOperator, _ operand: Node, offset: Int) {
        self.op = op
        self.operand = operand
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let value = try operand.evaluate(&a)
        do {
            switch op {
            case .not: return try CELValue.not(value)
            case .negate: return try CELValue.negate(value)
            }
        } catch {
            throw self.error(error)
        }
    }
}

/// A node with two operands; subclasses say what to do with them.
class BinaryNode: Node, @unchecked Sendable {
    let left: Node
    let right: Node

    init(_ left: Node, _ right: Node, offset: Int) {
        self.left = left
        self.right = right
        super.init(offset: offset)
    }
}

/// `+ - * / %`
final class ArithmeticNode: BinaryNode, @unchecked Sendable {
    let op: BinaryOperator

    init(_ op: BinaryOperator, _ left: Node, _ right: Node, offset: Int) {
        self.op = op
        super.init(left, right, offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let l = try left.evaluate(&a)
        let r = try right.evaluate(&a)
        do {
            switch op {
            case .add: return try CELValue.add(l, r)
            case .subtract: return try CELValue.subtract(l, r)
            case .multiply: return try CELValue.multiply(l, r)
            case .divide: return try CELValue.divide(l, r)
            default: return try CELValue.modulo(l, r)
            }
        } catch {
            throw self.error(error)
        }
    }
}

/// `< <= > >=`
final class OrderingNode: BinaryNode, @unchecked Sendable {
    let op: BinaryOperator

    init(_ op: BinaryOperator, _ left: Node, _ right: Node, offset: Int) {
        self.op = op
        super.init(left, right, offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let l = try left.evaluate(&a)
        let r = try right.evaluate(&a)
        let order: Int?
        // Fast path: the common `score >= 60.0` compares two doubles.
        if case .double(let x) = l, case .double(let y) = r {
            order = x.isNaN || y.isNaN ? nil : (x < y ? -1 : (x > y ? 1 : 0))
        } else {
            do { order = try CELValue.order(op, l, r) } catch { throw self.error(error) }
        }
        guard let order else { return .bool(false) }
        switch op {
        case .less: return .bool(order < 0)
        case .lessEqual: return .bool(order <= 0)
        case .greater: return .bool(order > 0)
        default: return .bool(order >= 0)
        }
    }
}

/// `==` and `!=`
final class EqualityNode: BinaryNode, @unchecked Sendable {
    let negated: Bool

    init(negated: Bool, _ left: Node, _ right: Node, offset: Int) {
        self.negated = negated
        super.init(left, right, offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let l = try left.evaluate(&a)
        let r = try right.evaluate(&a)
        return .bool(l.celEquals(r) != negated)
    }
}

/// `element in container`
final class InNode: BinaryNode, @unchecked Sendable {
    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let e = try left.evaluate(&a)
        let c = try right.evaluate(&a)
        do { return .bool(try CELValue.contains(c, e)) } catch { throw self.error(error) }
    }
}

/// `'constant' in container`, e.g. `'ai' in i.tags`: no copy of the needle per evaluation,
/// and strings in a list are compared directly.
final class ConstantInNode: Node, @unchecked Sendable {
    let element: CELValue
    let container: Node

    init(_ element: CELValue, _ container: Node, offset: Int) {
        self.element = element
        self.container = container
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let c = try container.evaluate(&a)
        if case .string(let needle) = element, case .list(let elements) = c {
            for candidate in elements {
                if case .string(let s) = candidate, stringBytesEqual(s, needle) { return .bool(true) }
                if case .string = candidate { continue }
                if candidate.celEquals(element) { return .bool(true) }
            }
            return .bool(false)
        }
        do { return .bool(try CELValue.contains(c, element)) } catch { throw self.error(error) }
    }
}

/// `&&` and `||` with CEL's commutative error absorption: `false && error` is `false`,
/// `true || error` is `true`, whichever side the error is on.
final class LogicalNode: BinaryNode, @unchecked Sendable {
    let op: LogicalOperator

    init(_ op: LogicalOperator, _ left: Node, _ right: Node, offset: Int) {
        self.op = op
        super.init(left, right, offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        // The value that decides the result on its own: false for &&, true for ||.
        let decisive = op == .or
        var leftError: CELEvalError?
        do {
            if try left.evaluateBool(&a) == decisive { return .bool(decisive) }
        } catch {
            if error.isFatal { throw error }
            leftError = error
        }
        do {
            if try right.evaluateBool(&a) == decisive { return .bool(decisive) }
        } catch {
            if error.isFatal { throw error }
            throw leftError ?? error
        }
        if let leftError { throw leftError }
        return .bool(!decisive)
    }
}

/// `condition ? then : otherwise`
final class ConditionalNode: Node, @unchecked Sendable {
    let condition: Node
    let then: Node
    let otherwise: Node

    init(_ condition: Node, _ then: Node, _ otherwise: Node, offset: Int) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        try condition.evaluateBool(&a) ? then.evaluate(&a) : otherwise.evaluate(&a)
    }
}
