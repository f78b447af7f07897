extension CELValue {
    /// CEL's `==`: numbers compare by value across int, uint and double (NaN equals
    /// nothing), lists element-wise, maps by key set and values; values of different
    /// kinds are simply unequal.
    public func celEquals(_ other: CELValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return stringBytesEqual(a, b)
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int, _), (.uint, _), (.double, _):
            return NumericComparison.compare(self, other) == 0
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return false }
            for i in a.indices where !a[i].celEquals(b[i]) { return false }
            return true
        case (.map(let a), .map(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = b[key], value.celEquals(other) else { return false }
            }
            return true
        default:
            return false
        }
    }
}
