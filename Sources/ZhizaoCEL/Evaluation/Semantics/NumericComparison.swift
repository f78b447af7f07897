/// Comparison of numbers of different CEL types (int, uint, double), for CEL's
/// heterogeneous equality and ordering. int/uint pairs compare exactly; see below for
/// pairs with a double.
enum NumericComparison {
    /// -1, 0 or 1; nil when either side is NaN (then every ordering is false and `==` too),
    /// or when either side is not a number.
    static func compare(_ a: CELValue, _ b: CELValue) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.uint(let x), .uint(let y)): return x < y ? -1 : (x > y ? 1 : 0)
        case (.double(let x), .double(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x > y ? 1 : 0)
        case (.int(let x), .uint(let y)): return compare(x, y)
        case (.uint(let x), .int(let y)): return -compare(y, x)
        case (.int(let x), .double(let y)): return compare(x, y)
        case (.double(let x), .int(let y)): return compare(y, x).map { -$0 }
        case (.uint(let x), .double(let y)): return compare(x, y)
        case (.double(let x), .uint(let y)): return compare(y, x).map { -$0 }
        default: return nil
        }
    }

    static func compare(_ i: Int64, _ u: UInt64) -> Int {
        if i < 0 { return -1 }
        let x = UInt64(i)
        return x < u ? -1 : (x > u ? 1 : 0)
    }

    /// 2^63 and 2^64 are exact doubles: the first double above int64 (uint64) range.
    private static let twoTo63 = 9_223_372_036_854_775_808.0
    private static let twoTo64 = 18_446_744_073_709_551_616.0

    /// Outside the int64 range the double decides; inside it, the int is converted to a
    /// double and compared — so int64's maximum equals 2^63 as a double. That is the
    /// conformance suite's rule (`comparisons/lt_literal/not_lt_dyn_int_big_lossy_double`),
    /// as cel-go implements it; for scores and thresholds (far below 2^53) it is exact.
    static func compare(_ i: Int64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d < -twoTo63 { return 1 }
        if d > twoTo63 { return -1 }
        let x = Double(i)
        return x < d ? -1 : (x > d ? 1 : 0)
    }

    /// As for int64, with uint64's range [0, 2^64].
    static func compare(_ u: UInt64, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d < 0 { return 1 }
        if d > twoTo64 { return -1 }
        let x = Double(u)
        return x < d ? -1 : (x > d ? 1 : 0)
    }
}
