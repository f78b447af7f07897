/// Simple Unicode case folding, as RE2 uses for `(?i)`: two scalars match case-insensitively
/// when they belong to the same folding orbit, e.g. {k, K, U+212A KELVIN SIGN} or {s, S, ſ}.
///
/// Swift exposes case *mappings* but not the simple case *folding* table, so the orbits are
/// derived once from the mappings: every scalar is keyed by lower(upper(x)) (single-scalar
/// mappings only, which is what "simple" means), and scalars with equal keys form one orbit.
enum RegexCaseFolding {
    /// For every scalar that has other case variants: all members of its orbit, sorted.
    /// A lazily initialised global, so it is built once per process and shared by all threads.
    private static let orbits: [UInt32: [UInt32]] = buildOrbits()
    /// The keys of `orbits`, sorted, so a class can be folded by scanning only these.
    private static let foldableScalars: [UInt32] = orbits.keys.sorted()

    /// All case variants of `value` including itself, or nil when it has none.
    static func orbit(of value: UInt32) -> [UInt32]? {
        orbits[value]
    }

    /// The set plus every case variant of its members.
    static func closure(of set: RegexCharSet) -> RegexCharSet {
        guard !set.isEmpty else { return set }
        // Walk the sorted foldable scalars and the sorted ranges together: linear in both, so
        // folding a huge class such as \pL stays cheap.
        let bounds = set.bounds
        var rangeIndex = 0
        var added: [UInt32] = []
        for value in foldableScalars {
            while rangeIndex < bounds.count, bounds[rangeIndex + 1] < value { rangeIndex += 2 }
            guard rangeIndex < bounds.count else { break }
            if bounds[rangeIndex] <= value, let members = orbits[value] {
                added.append(contentsOf: members)
            }
        }
        guard !added.isEmpty else { return set }
        return set.union(RegexCharSet(scalars: added))
    }

    private static func buildOrbits() -> [UInt32: [UInt32]] {
        var groups: [UInt32: [UInt32]] = [:]
        // All cased scripts live in planes 0 and 1.
        for value: UInt32 in 0...0x1FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseMapped else {
                continue
            }
            groups[foldKey(scalar), default: []].append(value)
        }
        var result: [UInt32: [UInt32]] = [:]
        for members in groups.values where members.count > 1 {
            let sorted = members.sorted()
            for member in sorted {
                result[member] = sorted
            }
        }
        return result
    }

    private static func foldKey(_ scalar: Unicode.Scalar) -> UInt32 {
        // U+0131 (dotless i) upper-cases to I but has no simple case folding; RE2 keeps it apart.
        if scalar.value == 0x131 { return scalar.value }
        let upper = single(scalar.properties.uppercaseMapping) ?? scalar
        if let lower = single(upper.properties.lowercaseMapping) { return lower.value }
        return (single(scalar.properties.lowercaseMapping) ?? scalar).value
    }

    /// The mapping when it is exactly one scalar; full mappings like ß → "SS" are not simple folds.
    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var iterator = mapping.unicodeScalars.makeIterator()
        guard let first = iterator.next(), iterator.next() == nil else { return nil }
        return first
    }
}
