/// Where applicants stand in the batch (SPEC §4): for T and each D, the distribution of a
/// group (the batch, a city, an industry) and each applicant's percentile rank in it.
///
/// - Percentile rank: 100 × (applicants below + half of those level with it) / applicants
///   with a value — the mid-rank definition, so the best of 10 is 95, not 100, and equal
///   scores always get equal ranks.
/// - Quartiles: the nearest-rank value (the ⌈p·n⌉-th smallest), always a score that some
///   applicant has.
/// An applicant whose domain does not apply is in no population for that domain.
public struct Percentiles: Sendable {
    /// Measure `index` of an entry: T for 0, then each domain in rubric order.
    @inline(__always)
    static func measure(_ index: Int, of entry: RankEntry) -> ExactNumber? { index == 0 ? entry.total : entry.domains[index - 1] }

    /// One measure's values in one group: each distinct value once, ascending, with how many
    /// applicants have it or less. Totals are rounded to tenths, so a group of 100,000 holds
    /// at most a thousand or so values, not 100,000.
    public struct Distribution: Sendable {
        let values: [ExactNumber]
        /// `cumulative[i]`: the applicants whose value is at most `values[i]`.
        let cumulative: [Int]

        init(_ values: [ExactNumber]) {
            var distinct: [ExactNumber] = []
            var cumulative: [Int] = []
            for (index, value) in values.sorted().enumerated() {
                if distinct.last == value {
                    cumulative[cumulative.count - 1] = index + 1
                } else {
                    distinct.append(value)
                    cumulative.append(index + 1)
                }
            }
            self.values = distinct
            self.cumulative = cumulative
        }

        public var count: Int { cumulative.last ?? 0 }

        /// The nearest-rank p-quantile (p in 0...100): the ⌈p·n/100⌉-th smallest value; nil
        /// for an empty group.
        public func quantile(_ p: Int) -> ExactNumber? {
            guard count > 0 else { return nil }
            let rank = min(count, max(1, (p * count + 99) / 100))
            var (low, high) = (0, cumulative.count - 1)
            while low < high {  // the first value whose cumulative count reaches `rank`
                let mid = (low + high) / 2
                if cumulative[mid] < rank { low = mid + 1 } else { high = mid }
            }
            return values[low]
        }

        /// The percentile rank of `value`, in tenths of a percent (so it stays an integer).
        public func rank(of value: ExactNumber) -> Int? {
            guard count > 0 else { return nil }
            var (low, high) = (0, values.count)
            while low < high {  // the first distinct value not below `value`
                let mid = (low + high) / 2
                if values[mid] < value { low = mid + 1 } else { high = mid }
            }
            let below = low == 0 ? 0 : cumulative[low - 1]
            let level = low < values.count && values[low] == value ? cumulative[low] - below : 0
            return (1000 * below + 500 * level) / count
        }
    }

    /// A group's distributions, one per measure.
    public struct Group: Sendable {
        /// The city or industry; "" for the batch (or for applicants without the field).
        public let name: String
        public let distributions: [Distribution]
        public var count: Int { distributions.first?.count ?? 0 }
    }

    public let batch: Group
    /// By city and by industry, in name order (Unicode order, the same on every machine).
    public let cities: [Group]
    public let industries: [Group]
    private let cityIndex: [String: Int]
    private let industryIndex: [String: Int]

    public init(_ entries: [RankEntry], measures: Int) {
        func group(_ name: String, _ members: [RankEntry]) -> Group {
            Group(name: name, distributions: (0..<measures).map { index in
                Distribution(members.compactMap { Self.measure(index, of: $0) })
            })
        }
        batch = group("", entries)
        let byCity = Dictionary(grouping: entries) { $0.city ?? "" }
        let byIndustry = Dictionary(grouping: entries) { $0.industry ?? "" }
        cities = byCity.keys.sorted().map { group($0, byCity[$0]!) }
        industries = byIndustry.keys.sorted().map { group($0, byIndustry[$0]!) }
        cityIndex = Dictionary(uniqueKeysWithValues: cities.enumerated().map { ($1.name, $0) })
        industryIndex = Dictionary(uniqueKeysWithValues: industries.enumerated().map { ($1.name, $0) })
    }

    /// An applicant's percentile ranks (tenths of a percent) per measure in its batch, city
    /// and industry; nil where the measure does not apply to it.
    public struct Standing: Sendable {
        public let batch: [Int?]
        public let city: [Int?]
        public let industry: [Int?]
    }

    public func standing(of entry: RankEntry) -> Standing {
        func ranks(_ group: Group) -> [Int?] {
            group.distributions.indices.map { index in Self.measure(index, of: entry).flatMap { group.distributions[index].rank(of: $0) } }
        }
        return Standing(batch: ranks(batch), city: ranks(cities[cityIndex[entry.city ?? ""]!]),
                        industry: ranks(industries[industryIndex[entry.industry ?? ""]!]))
    }

    /// `87.5` from 875 tenths.
    public static func text(_ tenths: Int?) -> String {
        guard let tenths else { return "" }
        return "\(tenths / 10).\(tenths % 10)"
    }
}
