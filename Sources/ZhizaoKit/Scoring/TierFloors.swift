/// The least total T and domain scores D a tier's rules ask for, read from their
/// comparisons (`total >= 75.0`, `domain.production > 60.0`): what a report draws as the
/// next tier's line, and what the planner's search may prune with. A rule that is not such
/// a comparison sets no floor; several on the same score keep the highest.
public struct TierFloors: Sendable, Equatable {
    public var total: Double?
    /// Domain id → floor, for the domains a rule compares.
    public var domains: [String: Double]

    public init(total: Double? = nil, domains: [String: Double] = [:]) {
        self.total = total
        self.domains = domains
    }

    public init(_ tier: Tier) {
        self.init()
        for comparison in tier.rules.flatMap({ $0.expression.program.comparisons })
        where comparison.op == .greaterEqual || comparison.op == .greater {
            if comparison.reference.variable == "total", comparison.reference.path.isEmpty {
                total = max(total ?? comparison.value, comparison.value)
            } else if comparison.reference.variable == "domain", comparison.reference.path.count == 1 {
                let id = comparison.reference.path[0]
                domains[id] = max(domains[id] ?? comparison.value, comparison.value)
            }
        }
    }
}
