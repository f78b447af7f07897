extension ScoreResult {
    /// The tier a result is explained against and planned for, decided here once for every
    /// output: the next tier above the one achieved, or the applied-for tier when that is
    /// higher. Nil when the top tier is achieved.
    public var focusTier: String? {
        let ids = rubric.tiers.map(\.id)
        let achievedIndex = tier.flatMap { ids.firstIndex(of: $0) } ?? -1
        var focusIndex = achievedIndex + 1
        if let applying = assessment.applyingFor, let index = ids.firstIndex(of: applying), index > focusIndex {
            focusIndex = index
        }
        return focusIndex < ids.count ? ids[focusIndex] : nil
    }
}
