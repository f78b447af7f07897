/// Values for an environment's variables, for one evaluation (or many: bindings are
/// values, and programs never change them).
public struct CELBindings: Sendable {
    let layout: VariableLayout
    private(set) var values: ContiguousArray<CELValue?>

    init(layout: VariableLayout) {
        self.layout = layout
        self.values = ContiguousArray(repeating: nil, count: layout.names.count)
    }

    /// The value of a declared variable; setting an undeclared name is a programming error.
    public subscript(name: String) -> CELValue? {
        get { layout.slots[name].flatMap { values[$0] } }
        set {
            guard let slot = layout.slots[name] else {
                preconditionFailure("variable '\(name)' is not declared in the environment")
            }
            values[slot] = newValue
        }
    }

    public func isDeclared(_ name: String) -> Bool { layout.slots[name] != nil }

    /// The value a reference such as `domain.production` reads, or nil when some step of it
    /// is unbound or missing.
    public func value(of reference: CELReference) -> CELValue? {
        let start: CELValue?
        if let slot = reference.slot, slot < values.count, layout.names[slot] == reference.variable {
            start = values[slot]
        } else {
            start = self[reference.variable]
        }
        guard var value = start else { return nil }
        for field in reference.fields {
            guard case .map(let map) = value, let next = map.value(forField: field) else { return nil }
            value = next
        }
        return value
    }
}
