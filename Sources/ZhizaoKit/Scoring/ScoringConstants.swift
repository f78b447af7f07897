import ZhizaoCEL

/// The parts of the expression variables that are the same for every assessment of a
/// rubric, prepared once per scorer.
struct ScoringConstants: Sendable {
    /// The fields of each map in `indicators`, in SPEC §3's order.
    /// The expression variables that are maps (SPEC §3), shown only through their fields.
    static let mapVariables: Set<String> = ["domain", "score", "answer", "profile", "enterprise", "metric", "tier"]

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
    /// Ready-made `indicators` entries for the answers whose map is known in advance:
    /// unanswered, N/A, each choice of a choice indicator, true and false. Built once, they
    /// spare allocating (and freeing) a map per indicator per assessment.
    let prebuilt: [PrebuiltIndicatorMaps]
    /// `score` when no indicator is excluded; `domain` when every domain applies.
    let allIndicators: CELMapShape
    let allDomains: CELMapShape
    /// `tier` after the first k tiers (index k).
    let tierPrefixes: [CELMapShape]
    /// `profile` with every fact given.
    let allProfile: CELMapShape
    /// For each tier, the positions of the gates that apply to it.
    let tierGates: [[Int]]
    /// For each gate, tier rule (flattened in tier order) and check: the references whose
    /// values an explanation shows (all but the `indicators` list).
    let shownReferences: [ObjectIdentifier: [CELReference]]

    init(_ rubric: Rubric) {
        indicatorFields = rubric.indicators.map { indicator in
            IndicatorFields(id: .string(indicator.id), domain: .string(indicator.domain),
                            weight: .double(indicator.weight.doubleValue), tags: .list(indicator.tags.map { .string($0) }),
                            scenario: .int(Int64(indicator.scenario ?? 0)))
        }
        allIndicators = CELMapShape(fields: rubric.indicators.map(\.id))
        allDomains = CELMapShape(fields: rubric.domains.map(\.id))
        tierPrefixes = (0...rubric.tiers.count).map { CELMapShape(fields: rubric.tiers.prefix($0).map(\.id)) }
        allProfile = CELMapShape(fields: rubric.profile.map(\.id))
        tierGates = rubric.tiers.map { tier in rubric.gates.indices.filter { rubric.gates[$0].applies(to: tier.id) } }
        var shown: [ObjectIdentifier: [CELReference]] = [:]
        for expression in rubric.allExpressions {
            // Not the `indicators` list, nor a whole map (`has(answer.x)` reads `answer` itself):
            // only the values a person can check against the rule.
            shown[ObjectIdentifier(expression.program)] = expression.program.references.filter { reference in
                reference.variable != "indicators" && !(reference.path.isEmpty && Self.mapVariables.contains(reference.variable))
            }
        }
        shownReferences = shown
        let shape = indicatorShape
        prebuilt = zip(rubric.indicators, indicatorFields).map { indicator, fixed in
            func map(score: ExactNumber, answered: Bool, na: Bool, applicable: Bool) -> CELValue {
                .map(CELMap(shape: shape, values: [fixed.id, fixed.domain, .double(score.doubleValue), fixed.weight, fixed.tags,
                                                   .bool(answered), .bool(na), .bool(applicable), fixed.scenario]))
            }
            let naScore: ExactNumber = indicator.notApplicable == .full ? .one : .zero
            return PrebuiltIndicatorMaps(
                missing: map(score: .zero, answered: false, na: false, applicable: true),
                notApplicable: map(score: naScore, answered: true, na: true, applicable: indicator.notApplicable != .exclude),
                choices: indicator.kind == .choice ? indicator.choices.map { map(score: $0.score ?? .zero, answered: true, na: false, applicable: true) } : [],
                yes: map(score: .one, answered: true, na: false, applicable: true),
                no: map(score: .zero, answered: true, na: false, applicable: true))
        }
    }
}

/// A class: read in the scoring loop, where copying a struct of values retains each one.
final class PrebuiltIndicatorMaps: Sendable {
    init(missing: CELValue, notApplicable: CELValue, choices: [CELValue], yes: CELValue, no: CELValue) {
        self.missing = missing
        self.notApplicable = notApplicable
        self.choices = choices
        self.yes = yes
        self.no = no
    }

    let missing: CELValue
    let notApplicable: CELValue
    /// In the indicator's choice order.
    let choices: [CELValue]
    let yes: CELValue
    let no: CELValue
}
