/// What the improvement plan is asked for, and how much work its search may do. The budget
/// counts search nodes and verifications, never seconds, so the same input gives the same
/// plan in every process on every machine (SPEC §3).
public struct PlanOptions: Sendable {
    /// Points that T and every D must hold to spare (`--margin P`, SPEC §3): satisfaction is
    /// judged with T and every D lowered by this much.
    public var margin: ExactNumber = .zero
    /// Search nodes (a verification by the real evaluator counts 20) before the best plan
    /// found so far is returned as not proven least-cost.
    public var maxWork = 20_000

    public init(margin: ExactNumber = .zero) {
        self.margin = margin
    }
}
