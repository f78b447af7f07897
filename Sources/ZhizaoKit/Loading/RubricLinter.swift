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
            collector.warning(Phrase(zh: "领域 '\(domain.id)' 没有任何指标，其权重永远不会计入总分",
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
                collector.warning(Phrase(
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
                    collector.warning(Phrase(
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

    /// Lists every provisional gate and rule, and every one that rests on a secondary
    /// source, each at its position: what a provincial office checks or replaces in one pass.
    private func provisionalThresholds() {
        func why(_ source: String?) -> Phrase {
            guard let source, let cited = rubric.source(source) else {
                return Phrase(zh: "无公开依据，可替换为官方数值", en: "no public source fixes it")
            }
            return Phrase(zh: "参照 \(cited.id) 推定，可替换为官方数值", en: "inferred from \(cited.id); replace with the official value")
        }
        func secondary(_ source: String?) -> RubricSource? {
            source.flatMap { rubric.source($0) }.flatMap { $0.reliability == .secondary ? $0 : nil }
        }
        let items: [(kind: Phrase, id: String, expression: RubricExpression, source: String?, provisional: Bool)] =
            rubric.gates.map { (Phrase(zh: "条件", en: "gate"), $0.id, $0.expression, $0.source, $0.provisional) }
            + rubric.tiers.flatMap { tier in
                tier.rules.map { (Phrase(zh: "阈值", en: "threshold"), "\(tier.id).\($0.id)", $0.expression, $0.source, $0.provisional) }
            }
        for item in items {
            let location = item.expression.location
            if item.provisional {
                let reason = why(item.source)
                collector.note(Phrase(zh: "暂定\(item.kind.zh) \(item.id)：\(item.expression.source)（\(reason.zh)）",
                                                en: "provisional \(item.kind.en) \(item.id): \(item.expression.source) (\(reason.en))"),
                               at: location.position, file: location.file)
            } else if let cited = secondary(item.source) {
                collector.note(Phrase(zh: "\(item.kind.zh) \(item.id) 依据二手来源 \(cited.id)，请对照原文核实：\(item.expression.source)",
                                                en: "\(item.kind.en) \(item.id) rests on the secondary source \(cited.id); check it against the original: \(item.expression.source)"),
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
