/// The macros `all exists exists_one filter map` over a list (its elements) or a map (its
/// keys, in entry order).
///
/// `all` and `exists` follow CEL's error rules: a decisive result (`false` for all, `true`
/// for exists) wins over errors met on other elements; otherwise the first error is the
/// result. Every iteration counts against the evaluation's budget (`CELLimits`).
final class ComprehensionNode: Node, @unchecked Sendable {
    let macro: ComprehensionMacro
    let range: Node
    let slot: Int
    let filter: Node?
    let body: Node
    /// `l.filter(x, p).size()`: count the elements that pass instead of building the list —
    /// the usual way rubrics count scenarios.
    let countsOnly: Bool

    init(_ macro: ComprehensionMacro, range: Node, slot: Int, filter: Node?, body: Node, offset: Int,
         countsOnly: Bool = false) {
        self.macro = macro
        self.range = range
        self.slot = slot
        self.filter = filter
        self.body = body
        self.countsOnly = countsOnly && macro == .filter
        super.init(offset: offset)
    }

    /// This filter, counting instead of collecting.
    func counting() -> ComprehensionNode {
        ComprehensionNode(macro, range: range, slot: slot, filter: filter, body: body, offset: offset, countsOnly: true)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let items: [CELValue]
        switch try range.evaluate(&a) {
        case .list(let elements): items = elements
        case .map(let map): items = map.keys.map(\.value)
        case let other: throw error(.noSuchOverload(function: macro.rawValue, argumentTypes: [other.typeName]))
        }
        switch macro {
        case .all: return try quantify(items, decisive: false, &a)
        case .exists: return try quantify(items, decisive: true, &a)
        case .existsOne:
            var count = 0
            for item in items {
                try bind(item, &a)
                if try body.evaluateBool(&a) { count += 1 }
            }
            return .bool(count == 1)
        case .filter where countsOnly:
            var count: Int64 = 0
            for item in items {
                try bind(item, &a)
                if try body.evaluateBool(&a) { count += 1 }
            }
            return .int(count)
        case .filter:
            var kept: [CELValue] = []
            for item in items {
                try bind(item, &a)
                if try body.evaluateBool(&a) { kept.append(item) }
            }
            return .list(kept)
        case .map:
            var mapped: [CELValue] = []
            mapped.reserveCapacity(items.count)
            for item in items {
                try bind(item, &a)
                if let filter, try !filter.evaluateBool(&a) { continue }
                mapped.append(try body.evaluate(&a))
            }
            return .list(mapped)
        }
    }

    @inline(__always)
    private func bind(_ item: CELValue, _ a: inout Activation) throws(CELEvalError) {
        a.iterations += 1
        if a.iterations > a.maxIterations { throw error(.iterationLimit(a.maxIterations)) }
        a.locals[slot] = item
    }

    /// `all` (decisive: false) and `exists` (decisive: true).
    private func quantify(_ items: [CELValue], decisive: Bool, _ a: inout Activation) throws(CELEvalError) -> CELValue {
        var firstError: CELEvalError?
        for item in items {
            try bind(item, &a)
            do {
                if try body.evaluateBool(&a) == decisive { return .bool(decisive) }
            } catch {
                if error.isFatal { throw error }
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        return .bool(!decisive)
    }
}
