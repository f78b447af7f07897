import OrderedCollections

/// An immutable CEL map. Entries keep the order they were written or bound in, so that
/// iteration (`m.all(k, …)`) and printing are deterministic.
///
/// Keys live in a `CELMapShape` that maps of the same keys can share: a host that builds
/// many maps with the same fields (an indicator's `id`, `score`, `tags`, … for each of 60
/// indicators) makes the shape once and only supplies values per map.
public final class CELMap: Sendable {
    public let shape: CELMapShape
    public let values: ContiguousArray<CELValue>

    /// A map over a shared shape; `values` are in the shape's key order.
    public init(shape: CELMapShape, values: ContiguousArray<CELValue>) {
        precondition(shape.keys.count == values.count, "a value for every key of the shape")
        self.shape = shape
        self.values = values
    }

    public convenience init(_ entries: OrderedDictionary<CELMapKey, CELValue>) {
        self.init(shape: CELMapShape(entries.keys), values: ContiguousArray(entries.values))
    }

    /// A map from key/value pairs; fails with the offending key when a key repeats.
    public static func make<S: Sequence>(_ pairs: S) -> Result<CELMap, CELProblem>
    where S.Element == (CELMapKey, CELValue) {
        var entries = OrderedDictionary<CELMapKey, CELValue>()
        for (key, value) in pairs {
            if entries.updateValue(value, forKey: key) != nil {
                return .failure(.repeatedKey(key.description))
            }
        }
        return .success(CELMap(entries))
    }

    /// Convenience for string-keyed maps built by the host (later keys win).
    public convenience init(_ pairs: KeyValuePairs<String, CELValue>) {
        var entries = OrderedDictionary<CELMapKey, CELValue>()
        for (key, value) in pairs { entries[.string(key)] = value }
        self.init(entries)
    }

    public static let empty = CELMap(OrderedDictionary<CELMapKey, CELValue>())

    public var count: Int { values.count }
    public var keys: OrderedSet<CELMapKey> { shape.keys }
    /// Key/value pairs in order.
    public var entries: Zip2Sequence<OrderedSet<CELMapKey>, ContiguousArray<CELValue>> { zip(shape.keys, values) }

    public subscript(key: CELMapKey) -> CELValue? {
        shape.index(of: key).map { values[$0] }
    }

    /// Lookup with CEL's index semantics (`m[k]`, `k in m`): nil when absent or not a key type.
    public subscript(value: CELValue) -> CELValue? {
        guard let key = CELMapKey(value) else { return nil }
        return self[key]
    }

    /// `m.field`, with the field's hash computed once when the program was compiled.
    func value(forField field: FieldName) -> CELValue? {
        shape.index(ofField: field).map { values[$0] }
    }
}

/// The keys of a map, in order, with what makes looking them up fast.
public final class CELMapShape: Sendable {
    public let keys: OrderedSet<CELMapKey>
    /// For small maps: a cheap hash of each key, in order. Rule expressions mostly read
    /// fields of small maps; comparing a few precomputed integers beats hashing the field
    /// name with SipHash on every access.
    private let keyHashes: ContiguousArray<UInt64>?

    /// Maps up to this size are searched linearly through `keyHashes`.
    static let linearSearchLimit = 16

    public init(_ keys: OrderedSet<CELMapKey>) {
        self.keys = keys
        self.keyHashes = keys.count <= Self.linearSearchLimit ? ContiguousArray(keys.lazy.map(\.quickHash)) : nil
    }

    /// A shape of string keys; they must not repeat.
    public convenience init(fields: [String]) {
        self.init(OrderedSet(fields.map { CELMapKey.string($0) }))
    }

    func index(of key: CELMapKey) -> Int? {
        guard let keyHashes else { return keys.firstIndex(of: key) }
        let hash = key.quickHash
        for index in keyHashes.indices where keyHashes[index] == hash && keys[index] == key {
            return index
        }
        return nil
    }

    func index(ofField field: FieldName) -> Int? {
        guard let keyHashes else { return keys.firstIndex(of: .string(field.name)) }
        for index in keyHashes.indices where keyHashes[index] == field.hash {
            if case .string(let key) = keys[index], stringBytesEqual(key, field.name) { return index }
        }
        return nil
    }
}

/// A field name known when compiling, with its `quickHash`.
struct FieldName: Sendable {
    let name: String
    let hash: UInt64

    init(_ name: String) {
        self.name = name
        self.hash = CELMapKey.string(name).quickHash
    }
}

extension CELMapKey {
    /// A cheap hash consistent with `==` (equal int and uint keys hash alike): FNV-1a over
    /// a string's UTF-8 bytes, the value itself for numbers. Used only to skip unequal
    /// keys quickly; equality is always confirmed.
    var quickHash: UInt64 {
        switch self {
        case .bool(let b): return b ? 0x9E37_79B9_7F4A_7C15 : 0x7F4A_7C15_9E37_79B9
        case .int(let i): return UInt64(bitPattern: i)
        case .uint(let u): return u
        case .string(let s):
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in s.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }
}
