/// A set of Unicode scalar values, kept as sorted, disjoint, non-adjacent closed ranges.
///
/// Every character class (`[a-z]`, `\d`, `\p{Han}`, a case-folded literal, …) becomes one of
/// these, so negation, union and case folding are plain set operations on ranges.
struct RegexCharSet: Sendable, Hashable {
    /// The largest Unicode scalar value; negation complements against `0...maxScalar`.
    static let maxScalar: UInt32 = 0x10FFFF

    static let empty = RegexCharSet(normalizedBounds: [])
    static let all = RegexCharSet(normalizedBounds: [0, maxScalar])

    /// Flattened ranges `[lo0, hi0, lo1, hi1, …]`: one flat array keeps the binary search in
    /// `contains` cache-friendly and lets copies of a class share one buffer.
    let bounds: [UInt32]
    /// Membership bits for U+0000…U+007F, which is what most rubric classes test most often.
    private let asciiLow: UInt64
    private let asciiHigh: UInt64

    /// Builds a set from ranges in any order, possibly overlapping.
    init(ranges: some Sequence<ClosedRange<UInt32>>) {
        let sorted = ranges.sorted { $0.lowerBound < $1.lowerBound }
        var merged: [UInt32] = []
        merged.reserveCapacity(sorted.count * 2)
        for range in sorted {
            // Merge when overlapping or adjacent, so each value has exactly one home range.
            if let lastHigh = merged.last, UInt64(range.lowerBound) <= UInt64(lastHigh) + 1 {
                merged[merged.count - 1] = max(lastHigh, range.upperBound)
            } else {
                merged.append(range.lowerBound)
                merged.append(range.upperBound)
            }
        }
        self.init(normalizedBounds: merged)
    }

    /// Builds a set from flattened bounds that may be unsorted or overlapping.
    init(flatBounds: [UInt32]) {
        var ranges: [ClosedRange<UInt32>] = []
        ranges.reserveCapacity(flatBounds.count / 2)
        var index = 0
        while index + 1 < flatBounds.count {
            let low = flatBounds[index], high = flatBounds[index + 1]
            if low <= high { ranges.append(low...high) }
            index += 2
        }
        self.init(ranges: ranges)
    }

    init(scalars: some Sequence<UInt32>) {
        self.init(ranges: scalars.map { $0...$0 })
    }

    private init(normalizedBounds: [UInt32]) {
        bounds = normalizedBounds
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index + 1 < bounds.count, bounds[index] < 128 {
            for value in bounds[index]...min(bounds[index + 1], 127) {
                if value < 64 { low |= 1 << UInt64(value) } else { high |= 1 << UInt64(value - 64) }
            }
            index += 2
        }
        asciiLow = low
        asciiHigh = high
    }

    var isEmpty: Bool { bounds.isEmpty }

    var ranges: [ClosedRange<UInt32>] {
        stride(from: 0, to: bounds.count, by: 2).map { bounds[$0]...bounds[$0 + 1] }
    }

    /// The only member, when the set has exactly one; lets the compiler emit a cheaper
    /// single-scalar instruction.
    var singleScalar: UInt32? {
        bounds.count == 2 && bounds[0] == bounds[1] ? bounds[0] : nil
    }

    func contains(_ value: UInt32) -> Bool {
        if value < 64 { return asciiLow & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh & (1 << UInt64(value - 64)) != 0 }
        // Binary search for the last range whose lower bound is <= value.
        var low = 0
        var high = bounds.count / 2
        while low < high {
            let middle = (low + high) / 2
            if bounds[middle * 2] <= value { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return false }
        return value <= bounds[(low - 1) * 2 + 1]
    }

    func union(_ other: RegexCharSet) -> RegexCharSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        return RegexCharSet(ranges: ranges + other.ranges)
    }

    /// The complement within `0...maxScalar`.
    func inverted() -> RegexCharSet {
        var result: [UInt32] = []
        result.reserveCapacity(bounds.count + 2)
        var next: UInt32 = 0
        var index = 0
        var reachedEnd = false
        while index < bounds.count {
            let low = bounds[index], high = bounds[index + 1]
            if low > next {
                result.append(next)
                result.append(low - 1)
            }
            if high >= RegexCharSet.maxScalar {
                reachedEnd = true
                break
            }
            next = high + 1
            index += 2
        }
        if !reachedEnd {
            result.append(next)
            result.append(RegexCharSet.maxScalar)
        }
        return RegexCharSet(normalizedBounds: result)
    }
}
