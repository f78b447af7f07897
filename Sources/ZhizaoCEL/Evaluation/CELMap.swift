import OrderedCollections

/// An immutable CEL map. Entries keep the order they were written or bound in, so that
/// iteration (`m.all(k, …)`) and printing are deterministic.
public final class CELMap: Sendable {
    public let entries: OrderedDictionary<CELMapKey, CELValue>
    /// For small maps: a cheap hash of each key, in entry order. Rule expressions mostly read
    /// fields of small maps (an indicator's fields, the five domains); comparing a few
    /// precomputed integers beats hashing the field name with SipHash on every access.
    private let keyHashes: ContiguousArray<UInt64>?

    /// Maps up to this size are searched linearly through `keyHashes`.
    static let linearSearchLimit = 16

    public init(_ entries: OrderedDictionary<CELMapKey, CELValue>) {
        self.entries = entries
        self.keyHashes = entries.count <= Self.linearSearchLimit ? ContiguousArray(entries.keys.lazy.map(\.quickHash)) : nil
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

    public var count: Int { entries.count }
    public var keys: OrderedSet<CELMapKey> { entries.keys }
    public var values: OrderedDictionary<CELMapKey, CELValue>.Values { entries.values }

    public subscript(key: CELMapKey) -> CELValue? {
        guard let keyHashes else { return entries[key] }
        let hash = key.quickHash
        for index in keyHashes.indices where keyHashes[index] == hash && entries.keys[index] == key {
            return entries.values[index]
        }
        return nil
    }

    /// Lookup with CEL's index semantics (`m[k]`, `k in m`): nil when absent or not a key type.
    public subscript(value: CELValue) -> CELValue? {
        guard let key = CELMapKey(value) else { return nil }
        return self[key]
    }

    /// `m.field`, with the field's hash computed once when the program was compiled.
    func value(forField field: FieldName) -> CELValue? {
        guard let keyHashes else { return entries[.string(field.name)] }
        for index in keyHashes.indices where keyHashes[index] == field.hash {
            if case .string(let key) = entries.keys[index], stringBytesEqual(key, field.name) {
                return entries.values[index]
            }
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
