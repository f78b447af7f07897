/// `operand.field` on a map.
final class SelectNode: Node, @unchecked Sendable {
    let operand: Node
    let field: FieldName

    init(_ operand: Node, field: String, offset: Int) {
        self.operand = operand
        self.field = FieldName(field)
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let value = try operand.evaluate(&a)
        if case .map(let map) = value, let found = map.value(forField: field) { return found }
        do { return try CELValue.select(value, .string(field.name)) } catch { throw self.error(error) }
    }
}

/// `has(operand.field)`
final class PresenceTestNode: Node, @unchecked Sendable {
    let operand: Node
    let key: CELMapKey

    init(_ operand: Node, field: String, offset: Int) {
        self.operand = operand
        self.key = .string(field)
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let value = try operand.evaluate(&a)
        do { return .bool(try CELValue.has(value, key)) } catch { throw self.error(error) }
    }
}

/// `operand[index]`
final class IndexNode: Node, @unchecked Sendable {
    let operand: Node
    let index: Node

    init(_ operand: Node, _ index: Node, offset: Int) {
        self.operand = operand
        self.index = index
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let container = try operand.evaluate(&a)
        let key = try index.evaluate(&a)
        do { return try CELValue.index(container, key) } catch { throw self.error(error) }
    }
}

/// `variable.field` where the variable is a comprehension variable (`i.score`): the most
/// frequent access in rules, fused so the map is not copied out of the slot first.
final class LocalFieldNode: Node, @unchecked Sendable {
    let slot: Int
    let field: FieldName

    init(slot: Int, field: String, offset: Int) {
        self.slot = slot
        self.field = FieldName(field)
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        if case .map(let map) = a.locals[slot], let found = map.value(forField: field) { return found }
        do { return try CELValue.select(a.locals[slot], .string(field.name)) } catch { throw self.error(error) }
    }
}

/// `variable.field` where the variable is a bound global (`domain.production`).
final class GlobalFieldNode: Node, @unchecked Sendable {
    let slot: Int
    let name: String
    let field: FieldName

    init(slot: Int, name: String, field: String, offset: Int) {
        self.slot = slot
        self.name = name
        self.field = FieldName(field)
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        if case .map(let map)? = a.globals[slot], let found = map.value(forField: field) { return found }
        guard let value = a.globals[slot] else { throw error(.unboundVariable(name)) }
        do { return try CELValue.select(value, .string(field.name)) } catch { throw self.error(error) }
    }
}
