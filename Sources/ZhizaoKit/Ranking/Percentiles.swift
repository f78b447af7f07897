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
    /// The measures: T first, then each domain in rubric order.
    public static func measures(of entry: RankEntry) -> [ExactNumber?] { [entry.total] + entry.domains }

    /// One measure's values in one group, sorted ascending.
    public struct Distribution: Sendable {
        public let sorted: [ExactNumber]

        init(_ values: [ExactNumber]) { sorted = values.sorted() }

        public var count: Int { sorted.count }

        /// The nearest-rank p-quantile (p in 0...100); nil for an empty group.
        public func quantile(_ p: Int) -> ExactNumber? {
            guard !sorted.isEmpty else { return nil }
            let rank = max(1, (p * sorted.count + 99) / 100)
            return sorted[min(rank, sorted.count) - 1]
        }

        /// The percentile rank of `value`, in tenths of a percent (so it stays an integer).
        public func rank(of value: ExactNumber) -> Int? {
            guard !sorted.isEmpty else { return nil }
            let below = lowerBound(value)
            let level = upperBound(value) - below
            return (1000 * below + 500 * level) / sorted.count
        }

        private func lowerBound(_ value: ExactNumber) -> Int {
            var (low, high) = (0, sorted.count)
            while low < high {
                let mid = (low + high) / 2
                if sorted[mid] < value { low = mid + 1 } else { high = mid }
            }
            return low
        }

        private func upperBound(_ value: ExactNumber) -> Int {
            var (low, high) = (0, sorted.count)
            while low < high {
                let mid = (low + high) / 2
                if value < sorted[mid] { high = mid } else { low = mid + 1 }
            }
            return low
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
                Distribution(members.compactMap { Self.measures(of: $0)[index] })
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
        let values = Self.measures(of: entry)
        func ranks(_ group: Group) -> [Int?] {
            zip(values, group.distributions).map { value, distribution in value.flatMap { distribution.rank(of: $0) } }
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
