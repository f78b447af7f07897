import OrderedCollections

/// `[a, b, …]` with at least one non-constant element (constant lists are folded).
final class ListNode: Node, @unchecked Sendable {
    let elements: [Node]

    init(_ elements: [Node], offset: Int) {
        self.elements = elements
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        var values: [CELValue] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try element.evaluate(&a)) }
        return .list(values)
    }
}

/// `{k: v, …}`: keys must be int, uint, bool or string, and may not repeat.
final class MapNode: Node, @unchecked Sendable {
    let keys: [Node]
    let values: [Node]

    init(keys: [Node], values: [Node], offset: Int) {
        self.keys = keys
        self.values = values
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        var entries = OrderedDictionary<CELMapKey, CELValue>(minimumCapacity: keys.count)
        for i in keys.indices {
            let keyValue = try keys[i].evaluate(&a)
            // Not CELMapKey.init(_:): that one lets an integral double find an int key in a
            // lookup, but a double is never a key in a map literal.
            let key: CELMapKey
            switch keyValue {
            case .bool(let b): key = .bool(b)
            case .int(let n): key = .int(n)
            case .uint(let n): key = .uint(n)
            case .string(let s): key = .string(s)
            default: throw keys[i].error(.unsupportedMapKeyType(keyValue.typeName))
            }
            let value = try values[i].evaluate(&a)
            if entries.updateValue(value, forKey: key) != nil { throw keys[i].error(.repeatedKey(key.description)) }
        }
        return .map(CELMap(entries))
    }
}
