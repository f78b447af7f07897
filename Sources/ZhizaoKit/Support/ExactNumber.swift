import BigInt

/// An exact rational number: scores, weights and totals are computed with these, so the
/// one rounding SPEC §3.5 allows happens on the true value. (Binary doubles misplace 0.1;
/// 38-digit decimals misplace 200/3 — either can turn a true 70.05 into 70.0 after rounding.)
public struct ExactNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Reduced, with a positive denominator; `small` whenever both parts fit in 64 bits, so
    /// each value has one representation (equality and hashing rely on it). Scores and
    /// weights are small decimals: the small path does the work without allocating.
    private enum Storage: Hashable, Sendable {
        case small(Int64, Int64)
        case big(BigFraction)
    }

    /// Boxed, so that copying an `ExactNumber` (which scoring does constantly) is a tag
    /// check rather than a copy of two big-integer structs.
    private final class BigFraction: Hashable, Sendable {
        let numerator: BigInt
        let denominator: BigInt
        init(_ numerator: BigInt, _ denominator: BigInt) {
            self.numerator = numerator
            self.denominator = denominator
        }
        static func == (a: BigFraction, b: BigFraction) -> Bool {
            a.numerator == b.numerator && a.denominator == b.denominator
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(numerator)
            hasher.combine(denominator)
        }
    }

    private let storage: Storage

    public var numerator: BigInt {
        switch storage {
        case .small(let n, _): return BigInt(n)
        case .big(let big): return big.numerator
        }
    }

    public var denominator: BigInt {
        switch storage {
        case .small(_, let d): return BigInt(d)
        case .big(let big): return big.denominator
        }
    }

    public init(_ numerator: BigInt, _ denominator: BigInt = 1) {
        precondition(denominator != 0, "zero denominator")
        var n = numerator
        var d = denominator
        if d.sign == .minus {
            n.negate()
            d.negate()
        }
        let g = BigInt(n.magnitude.greatestCommonDivisor(with: d.magnitude))
        if g > 1 {
            n /= g
            d /= g
        }
        if let small = Int64(exactly: n), let smallD = Int64(exactly: d) {
            storage = .small(small, smallD)
        } else {
            storage = .big(BigFraction(n, d))
        }
    }

    /// From 64-bit parts; falls back to big integers only when reducing needs it.
    init(small n: Int64, _ d: Int64) {
        precondition(d != 0, "zero denominator")
        guard n != .min, d != .min else {
            self = ExactNumber(BigInt(n), BigInt(d))
            return
        }
        var n = n
        var d = d
        if d < 0 {
            n = -n
            d = -d
        }
        let g = Int64(Self.gcd(n.magnitude, d.magnitude))
        self.storage = g > 1 ? .small(n / g, d / g) : .small(n, d)
    }

    private static func gcd(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public init(_ value: Int) {
        self.init(small: Int64(value), 1)
    }

    public static let zero = ExactNumber(0)
    public static let one = ExactNumber(1)
    public static let hundred = ExactNumber(100)

    /// Parses a decimal literal exactly: `85`, `-0.5`, `1e3`, `2.5E-2`. Nil for anything else
    /// (including `.nan`, `.inf`, hex).
    public init?(decimal text: String) {
        var s = Substring(text)
        var negative = false
        if let sign = s.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            s = s.dropFirst()
        }
        var exponent = 0
        if let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(s[s.index(after: e)...]), abs(value) <= 400 else { return nil }
            exponent = value
            s = s[..<e]
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard !(whole.isEmpty && fraction.isEmpty),
              (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let digits = BigInt(String(whole + fraction).isEmpty ? "0" : String(whole + fraction)) else { return nil }
        let scale = exponent - fraction.count
        let power = BigInt(10).power(abs(scale))
        let magnitude = scale >= 0 ? ExactNumber(digits * power) : ExactNumber(digits, power)
        self = negative ? -magnitude : magnitude
    }

    public static func + (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
            if ad == bd {
                let (sum, overflow) = an.addingReportingOverflow(bn)
                if !overflow { return ExactNumber(small: sum, ad) }
            } else {
                let (x, o1) = an.multipliedReportingOverflow(by: bd)
                let (y, o2) = bn.multipliedReportingOverflow(by: ad)
                let (d, o3) = ad.multipliedReportingOverflow(by: bd)
                if !(o1 || o2 || o3) {
                    let (sum, o4) = x.addingReportingOverflow(y)
                    if !o4 { return ExactNumber(small: sum, d) }
                }
            }
        }
        return ExactNumber(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }

    public static func - (a: ExactNumber, b: ExactNumber) -> ExactNumber { a + (-b) }

    public static prefix func - (a: ExactNumber) -> ExactNumber {
        if case .small(let n, let d) = a.storage, n != .min { return ExactNumber(small: -n, d) }
        return ExactNumber(-a.numerator, a.denominator)
    }

    public static func * (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
            let (n, o1) = an.multipliedReportingOverflow(by: bn)
            let (d, o2) = ad.multipliedReportingOverflow(by: bd)
            if !(o1 || o2) { return ExactNumber(small: n, d) }
        }
        return ExactNumber(a.numerator * b.numerator, a.denominator * b.denominator)
    }

    /// Division; the divisor must not be zero (callers check: a weight sum is never zero).
    public static func / (a: ExactNumber, b: ExactNumber) -> ExactNumber {
        if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
            let (n, o1) = an.multipliedReportingOverflow(by: bd)
            let (d, o2) = ad.multipliedReportingOverflow(by: bn)
            if !(o1 || o2) { return ExactNumber(small: n, d) }
        }
        return ExactNumber(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    public static func < (a: ExactNumber, b: ExactNumber) -> Bool {
        if case .small(let an, let ad) = a.storage, case .small(let bn, let bd) = b.storage {
            // Full-width products cannot overflow.
            let x = an.multipliedFullWidth(by: bd)
            let y = bn.multipliedFullWidth(by: ad)
            return x.high < y.high || (x.high == y.high && x.low < y.low)
        }
        return a.numerator * b.denominator < b.numerator * a.denominator
    }

    public var isZero: Bool {
        if case .small(let n, _) = storage { return n == 0 }
        return numerator == 0
    }

    /// Rounded to `places` decimals, half away from zero (SPEC §3.5).
    public func rounded(places: Int) -> ExactNumber {
        if case .small(let n, let d) = storage, places >= 0, places <= 6 {
            // |n|·10^p·2 + d fits comfortably for the values scores take; checked anyway.
            let scale = Int64([1, 10, 100, 1_000, 10_000, 100_000, 1_000_000][places])
            let (scaled, o1) = n.magnitude.multipliedReportingOverflow(by: UInt64(scale) * 2)
            let (numerator, o2) = scaled.addingReportingOverflow(UInt64(d))
            if !(o1 || o2) {
                let rounded = Int64(numerator / (UInt64(d) * 2))
                return ExactNumber(small: n < 0 ? -rounded : rounded, scale)
            }
        }
        let scale = BigInt(10).power(places)
        let scaled = numerator.magnitude * scale.magnitude
        let d = denominator.magnitude
        // floor((2·|x|·10^p + d) / 2d) = |x|·10^p rounded half up, i.e. half away from zero.
        let rounded = (scaled * 2 + d) / (d * 2)
        let signed = numerator.sign == .minus ? -BigInt(rounded) : BigInt(rounded)
        return ExactNumber(signed, scale)
    }

    /// The value as a double (for CEL, whose numbers are doubles). Exact for the one-decimal
    /// values SPEC rounds to, up to double's own representation.
    public var doubleValue: Double {
        // Both parts exact as doubles: one correctly rounded division (63.4 from 634/10).
        if case .small(let n, let d) = storage, n.magnitude < 1 << 53, d < 1 << 53 {
            return Double(n) / Double(d)
        }
        let limit = BigInt(1) << 53
        if numerator.magnitude < limit.magnitude, denominator < limit {
            return Double(Int64(numerator)) / Double(Int64(denominator))
        }
        return Double(decimalString(places: 17)) ?? .nan
    }

    /// Decimal text with exactly `places` digits after the point (the value is rounded half
    /// away from zero to that many places first): `63.4`, `60.0`, `0.25`.
    public func decimalString(places: Int) -> String {
        let r = rounded(places: places)
        let scale = BigInt(10).power(places)
        let scaled = r.numerator * (scale / r.denominator)
        let digits = String(scaled.magnitude)
        guard places > 0 else { return (scaled.sign == .minus && scaled != 0 ? "-" : "") + digits }
        let padded = digits.count <= places ? String(repeating: "0", count: places - digits.count + 1) + digits : digits
        let split = padded.index(padded.endIndex, offsetBy: -places)
        return (scaled.sign == .minus && scaled != 0 ? "-" : "") + padded[..<split] + "." + padded[split...]
    }

    /// Shortest exact decimal text when the value is a terminating decimal (`0.8`, `2`,
    /// `0.125`), else 17 significant places. For showing rubric numbers as written.
    public var description: String {
        var d = denominator.magnitude
        var places = 0
        for p in [BigUInt(2), BigUInt(5)] {
            while d % p == 0 { d /= p }
        }
        guard d == 1 else { return decimalString(places: 17) }
        while BigInt(10).power(places) % denominator != 0 { places += 1 }
        return decimalString(places: places)
    }
}

extension ExactNumber {
    /// Both parts, when they fit in 64 bits.
    var smallParts: (numerator: Int64, denominator: Int64)? {
        if case .small(let n, let d) = storage { return (n, d) }
        return nil
    }
}

/// A running exact sum of products (Σ w·s) that reduces once, at the end, instead of after
/// every step: decimal scores and weights share small denominators, so the common
/// denominator rarely grows. Falls back to `ExactNumber` arithmetic on overflow.
struct ExactAccumulator {
    private var numerator: Int64 = 0
    private var denominator: Int64 = 1
    private var exact: ExactNumber?

    mutating func add(_ a: ExactNumber, times b: ExactNumber) {
        if exact == nil, let (an, ad) = a.smallParts, let (bn, bd) = b.smallParts {
            let (n, o1) = an.multipliedReportingOverflow(by: bn)
            let (d, o2) = ad.multipliedReportingOverflow(by: bd)
            if !(o1 || o2), addSmall(n, d) { return }
        }
        exact = (exact ?? ExactNumber(BigInt(numerator), BigInt(denominator))) + a * b
    }

    mutating func add(_ a: ExactNumber) {
        add(a, times: .one)
    }

    /// Adds n/d to the 64-bit sum over the least common denominator; false (sum unchanged)
    /// when that would overflow.
    private mutating func addSmall(_ n: Int64, _ d: Int64) -> Bool {
        guard d > 0 else { return false }
        if d == denominator {
            let (sum, overflow) = numerator.addingReportingOverflow(n)
            if overflow { return false }
            numerator = sum
            return true
        }
        var (a, b) = (denominator, d)
        while b != 0 { (a, b) = (b, a % b) }
        let (common, o1) = (denominator / a).multipliedReportingOverflow(by: d)
        let (left, o2) = numerator.multipliedReportingOverflow(by: d / a)
        let (right, o3) = n.multipliedReportingOverflow(by: denominator / a)
        let (sum, o4) = left.addingReportingOverflow(right)
        if o1 || o2 || o3 || o4 { return false }
        numerator = sum
        denominator = common
        return true
    }

    var value: ExactNumber {
        exact ?? ExactNumber(small: numerator, denominator)
    }

    var isZero: Bool { value.isZero }
}
