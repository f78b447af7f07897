import ZhizaoCEL

/// Warns about rubric smells that are not errors but are probably mistakes, and lists the
/// provisional thresholds (which a provincial office will want to replace with official
/// numbers).
struct RubricLinter {
    let rubric: Rubric
    let collector: DiagnosticCollector
    let rootNode: YAMLNode

    func lint() {
        emptyDomains()
        impossibleTiers()
        misorderedTiers()
        provisionalThresholds()
    }

    /// A domain no indicator belongs to can never be applicable, so its weight never counts.
    private func emptyDomains() {
        for domain in rubric.domains where !rubric.indicators.contains(where: { $0.domain == domain.id }) {
            collector.warning(Words.Loading.emptyDomain(domain.id), at: rootNode.position)
        }
    }

    /// The interval each reference must lie in for all of a tier's rules to hold, starting
    /// from what scores can be at all (total and domains 0–100, indicator scores 0–1).
    private func intervals(for tier: Tier) -> [CELReference: Interval] {
        var result: [CELReference: Interval] = [:]
        for rule in tier.rules {
            for comparison in rule.expression.program.comparisons {
                var interval = result[comparison.reference] ?? Interval.natural(for: comparison.reference)
                interval.constrain(comparison.op, comparison.value)
                result[comparison.reference] = interval
            }
        }
        return result
    }

    private func impossibleTiers() {
        for tier in rubric.tiers {
            for (reference, interval) in intervals(for: tier).sorted(by: { $0.key.description < $1.key.description }) where interval.isEmpty {
                let position = tier.rules.first { rule in rule.expression.program.comparisons.contains { $0.reference == reference } }?
                    .expression.location.position ?? rootNode.position
                collector.warning(Words.Loading.contradictoryTier(tier.id, reference: reference.description), at: position)
            }
        }
    }

    /// A tier listed above another, not requiring it, that asks for a lower total: probably
    /// listed in the wrong order.
    private func misorderedTiers() {
        let bounds = rubric.tiers.map { intervals(for: $0)[CELReference(variable: "total")]?.lower }
        for (j, higher) in rubric.tiers.enumerated() {
            for i in 0..<j where !requiresTransitively(higher.id, rubric.tiers[i].id) {
                if let high = bounds[j], let low = bounds[i], high < low {
                    collector.warning(Words.Loading.misorderedTiers(higher.id, rubric.tiers[i].id, high: high, low: low),
                        at: higher.rules.first?.expression.location.position ?? rootNode.position)
                }
            }
        }
    }

    private func requiresTransitively(_ tier: String, _ other: String) -> Bool {
        var pending = rubric.tier(tier)?.requires ?? []
        var seen = Set<String>()
        while let next = pending.popLast() {
            if next == other { return true }
            if seen.insert(next).inserted { pending += rubric.tier(next)?.requires ?? [] }
        }
        return false
    }

    /// Lists every provisional gate and rule, and every one that rests on a secondary
    /// source, each at its position: what a provincial office checks or replaces in one pass.
    private func provisionalThresholds() {
        func why(_ source: String?) -> Phrase {
            guard let source, let cited = rubric.source(source) else { return Words.Loading.noPublicSource }
            return Words.Loading.inferredFrom(cited.id)
        }
        func secondary(_ source: String?) -> RubricSource? {
            source.flatMap { rubric.source($0) }.flatMap { $0.reliability == .secondary ? $0 : nil }
        }
        let items: [(kind: Phrase, id: String, expression: RubricExpression, source: String?, provisional: Bool)] =
            rubric.gates.map { (Words.Loading.Threshold.gate, $0.id, $0.expression, $0.source, $0.provisional) }
            + rubric.tiers.flatMap { tier in
                tier.rules.map { (Words.Loading.Threshold.rule, "\(tier.id).\($0.id)", $0.expression, $0.source, $0.provisional) }
            }
        for item in items {
            let location = item.expression.location
            if item.provisional {
                collector.note(Words.Loading.provisional(item.kind, item.id, expression: item.expression.source, reason: why(item.source)),
                               at: location.position, file: location.file)
            } else if let cited = secondary(item.source) {
                collector.note(Words.Loading.secondarySource(item.kind, item.id, source: cited.id, expression: item.expression.source),
                               at: location.position, file: location.file)
            }
        }
    }
}

/// A set of numbers `lower…upper` (each end open or closed).
struct Interval {
    var lower: Double
    var lowerOpen = false
    var upper: Double
    var upperOpen = false

    static func natural(for reference: CELReference) -> Interval {
        switch reference.variable {
        case "total", "domain": return Interval(lower: 0, upper: 100)
        case "score": return Interval(lower: 0, upper: 1)
        default: return Interval(lower: -.infinity, upper: .infinity)
        }
    }

    mutating func constrain(_ op: CELComparison.Operator, _ value: Double) {
        switch op {
        case .greater: raise(value, open: true)
        case .greaterEqual: raise(value, open: false)
        case .less: cap(value, open: true)
        case .lessEqual: cap(value, open: false)
        case .equal:
            raise(value, open: false)
            cap(value, open: false)
        }
    }

    private mutating func raise(_ value: Double, open: Bool) {
        if value > lower || (value == lower && open) { lower = value; lowerOpen = open }
    }

    private mutating func cap(_ value: Double, open: Bool) {
        if value < upper || (value == upper && open) { upper = value; upperOpen = open }
    }

    var isEmpty: Bool { lower > upper || (lower == upper && (lowerOpen || upperOpen)) }
}
