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
            collector.warning(LocalizedMessage(zh: "领域 '\(domain.id)' 没有任何指标，其权重永远不会计入总分",
                                               en: "domain '\(domain.id)' has no indicators; its weight never counts"),
                              at: rootNode.position)
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
                collector.warning(LocalizedMessage(
                    zh: "等级 '\(tier.id)' 的规则对 \(reference) 的要求互相矛盾，永远无法同时满足",
                    en: "the rules of tier '\(tier.id)' can never all hold: their bounds on \(reference) contradict each other"),
                    at: position)
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
                    collector.warning(LocalizedMessage(
                        zh: "等级 '\(higher.id)' 排在 '\(rubric.tiers[i].id)' 之上，但要求的总分更低（\(high) < \(low)）：顺序可能写反了",
                        en: "tier '\(higher.id)' is listed above '\(rubric.tiers[i].id)' but asks for a lower total (\(high) < \(low)); check the order"),
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

    private func provisionalThresholds() {
        for gate in rubric.gates where gate.provisional {
            collector.note(LocalizedMessage(zh: "暂定条件 \(gate.id)：\(gate.expression.source)（无公开依据，可替换为官方数值）",
                                            en: "provisional gate \(gate.id): \(gate.expression.source) (no public source fixes it)"),
                           at: gate.expression.location.position, file: gate.expression.location.file)
        }
        for tier in rubric.tiers {
            for rule in tier.rules where rule.provisional {
                collector.note(LocalizedMessage(zh: "暂定阈值 \(tier.id).\(rule.id)：\(rule.expression.source)（无公开依据，可替换为官方数值）",
                                                en: "provisional threshold \(tier.id).\(rule.id): \(rule.expression.source) (no public source fixes it)"),
                               at: rule.expression.location.position, file: rule.expression.location.file)
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
