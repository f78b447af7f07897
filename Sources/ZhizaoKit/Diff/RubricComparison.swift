/// What differs between two rubrics in the parts verdicts are made of: domains, indicators
/// and tiers added or removed; gates and rules added, removed, or whose expression was
/// rewritten. (Weights, scores and bands are not listed one by one: their effect shows
/// as the rescored answers and moved domains of the diff.)
struct RubricComparison {
    let old: Rubric
    let new: Rubric

    var changes: [RubricItemChange] {
        presence(.domain, old.domains.map(\.id), new.domains.map(\.id))
            + presence(.indicator, old.indicators.map(\.id), new.indicators.map(\.id))
            + expressions(.gate, tier: nil, old.gates.map { ($0.id, $0.expression.source) }, new.gates.map { ($0.id, $0.expression.source) })
            + presence(.tier, old.tiers.map(\.id), new.tiers.map(\.id))
            // The rules of a tier only one side has go with it: the tier is the change.
            + new.tiers.filter { old.tier($0.id) != nil }.flatMap { tier in
                expressions(.rule, tier: tier.id, rules(old, tier.id), rules(new, tier.id))
            }
    }

    private func rules(_ rubric: Rubric, _ tier: String) -> [(String, String)] {
        rubric.tier(tier)?.rules.map { ($0.id, $0.expression.source) } ?? []
    }

    /// Ids added (in the new order) and removed (in the old order).
    private func presence(_ kind: RubricItemChange.Kind, _ old: [String], _ new: [String]) -> [RubricItemChange] {
        let oldIDs = Set(old)
        let newIDs = Set(new)
        return new.filter { !oldIDs.contains($0) }.map { RubricItemChange(kind: kind, id: $0, tier: nil, edit: .added, oldExpression: nil, newExpression: nil) }
            + old.filter { !newIDs.contains($0) }.map { RubricItemChange(kind: kind, id: $0, tier: nil, edit: .removed, oldExpression: nil, newExpression: nil) }
    }

    /// Expressions (gates, or one tier's rules) added, removed or rewritten, in union order.
    private func expressions(_ kind: RubricItemChange.Kind, tier: String?, _ old: [(String, String)], _ new: [(String, String)]) -> [RubricItemChange] {
        AssessmentDiff.union(new.map(\.0), old.map(\.0)).compactMap { id in
            let before = old.first { $0.0 == id }?.1
            let after = new.first { $0.0 == id }?.1
            let edit: RubricItemChange.Edit
            switch (before, after) {
            case (nil, _?): edit = .added
            case (_?, nil): edit = .removed
            case (let a?, let b?) where a != b: edit = .changed
            default: return nil
            }
            return RubricItemChange(kind: kind, id: id, tier: tier, edit: edit, oldExpression: before, newExpression: after)
        }
    }
}
