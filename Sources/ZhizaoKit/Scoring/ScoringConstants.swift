import ZhizaoCEL

/// The parts of the expression variables that are the same for every assessment of a
/// rubric, prepared once per scorer.
struct ScoringConstants: Sendable {
    /// The fields of each map in `indicators`, in SPEC §3's order.
    static let indicatorFieldNames = ["id", "domain", "score", "weight", "tags", "answered", "na", "applicable", "scenario"]

    struct IndicatorFields: Sendable {
        let id: CELValue
        let domain: CELValue
        let weight: CELValue
        let tags: CELValue
        let scenario: CELValue
    }

    let indicatorShape = CELMapShape(fields: indicatorFieldNames)
    let indicatorFields: [IndicatorFields]
    /// `score` when no indicator is excluded; `domain` when every domain applies.
    let allIndicators: CELMapShape
    let allDomains: CELMapShape

    init(_ rubric: Rubric) {
        indicatorFields = rubric.indicators.map { indicator in
            IndicatorFields(id: .string(indicator.id), domain: .string(indicator.domain),
                            weight: .double(indicator.weight.doubleValue), tags: .list(indicator.tags.map { .string($0) }),
                            scenario: .int(Int64(indicator.scenario ?? 0)))
        }
        allIndicators = CELMapShape(fields: rubric.indicators.map(\.id))
        allDomains = CELMapShape(fields: rubric.domains.map(\.id))
    }
}
