#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A key of a CEL map: int, uint, bool or string.
///
/// CEL compares numeric keys by value across types, so `{1u: 'a'}[1]` finds the entry and
/// `{0: 1, 0u: 2}` repeats a key: `int` and `uint` keys of equal value are equal here and
/// hash alike. Strings compare by their UTF-8 bytes, as CEL does (not by Unicode
/// canonical equivalence, as Swift's `String ==` does).
public enum CELMapKey: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    case bool(Bool)
    case int(Int64)
    case uint(UInt64)
    case string(String)

    /// The key for a value used as a map index, or nil when the value cannot be a key.
    /// An integral double finds the entry of the equal int or uint key.
    public init?(_ value: CELValue) {
        switch value {
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .uint(let u): self = .uint(u)
        case .string(let s): self = .string(s)
        case .double(let d):
            if let i = Int64(exactly: d) {
                self = .int(i)
            } else if let u = UInt64(exactly: d) {
                self = .uint(u)
            } else {
                return nil
            }
        default: return nil
        }
    }

    public init(stringLiteral value: String) {
        self = .string(value)
    }

    public var value: CELValue {
        switch self {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .uint(let u): return .uint(u)
        case .string(let s): return .string(s)
        }
    }

    public static func == (lhs: CELMapKey, rhs: CELMapKey) -> Bool {
        switch (lhs, rhs) {
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.uint(let a), .uint(let b)): return a == b
        case (.int(let a), .uint(let b)), (.uint(let b), .int(let a)): return a >= 0 && UInt64(a) == b
        case (.string(let a), .string(let b)): return stringBytesEqual(a, b)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .bool(let b):
            hasher.combine(0 as UInt8)
            hasher.combine(b)
        case .int(let i) where i >= 0:
            hasher.combine(1 as UInt8)
            hasher.combine(UInt64(i))
        case .int(let i):
            hasher.combine(2 as UInt8)
            hasher.combine(i)
        case .uint(let u):
            hasher.combine(1 as UInt8)
            hasher.combine(u)
        case .string(let s):
            // Byte-equal strings are canonically equivalent, so String's hash agrees with ==.
            hasher.combine(3 as UInt8)
            hasher.combine(s)
        }
    }

    public var description: String { CELValueFormatter.literal(value) }
}

/// CEL string equality: the same UTF-8 bytes (Swift's `String ==` would also equate
/// canonically equivalent strings, which CEL keeps apart).
@inline(__always)
func stringBytesEqual(_ a: String, _ b: String) -> Bool {
    let count = a.utf8.count
    guard count == b.utf8.count else { return false }
    if count == 0 { return true }
    // Native and small strings expose their UTF-8 bytes directly: one memcmp.
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
        b.utf8.withContiguousStorageIfAvailable { y in memcmp(x.baseAddress!, y.baseAddress!, count) == 0 }
    }
    if let fast, let equal = fast { return equal }
    return a.utf8.elementsEqual(b.utf8)
}
