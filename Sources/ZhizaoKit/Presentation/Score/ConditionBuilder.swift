import ZhizaoCEL

/// Turns a tier's verdict into the rows every output shows: its gates, its rules, then the
/// prerequisite tiers it misses.
struct ConditionBuilder {
    let rubric: Rubric
    let language: Language
    let labels: ReportLabels

    private var locale: String { language.rawValue }

    func section(_ tier: Tier, _ verdict: TierVerdict) -> ScoreView.TierSection {
        let gates = rubric.gates.filter { $0.applies(to: tier.id) }
        var conditions = zip(gates, verdict.gates).map { gate, outcome in
            condition(outcome, kind: labels.gate, title: gate.title, expression: gate.expression, source: gate.source,
                      provisional: gate.provisional, isRule: false)
        }
        conditions += zip(tier.rules, verdict.rules).map { rule, outcome in
            condition(outcome, kind: labels.rule, title: rule.title, expression: rule.expression, source: rule.source,
                      provisional: rule.provisional, isRule: true)
        }
        conditions += verdict.missingPrerequisites.map { missing in
            let title = rubric.tier(missing).map { rubric.text($0.title, locale) } ?? missing
            return ScoreView.Condition(kind: labels.prerequisite, id: missing, title: Words.Verdict.requires(title)(language),
                                       expression: "", reads: [], values: "", threshold: "", status: "fail", mark: "✗",
                                       statusText: Words.Verdict.notMet(language), error: "", hasError: false,
                                       source: "", provisional: false, secondary: false, isRule: false)
        }
        return ScoreView.TierSection(id: tier.id, title: rubric.text(tier.title, locale), achieved: verdict.achieved,
                                     statusText: Words.Verdict.achieved(verdict.achieved)(language), conditions: conditions)
    }

    private func condition(_ outcome: ExpressionOutcome, kind: String, title: LocalizedText, expression: RubricExpression,
                           source: String?, provisional: Bool, isRule: Bool) -> ScoreView.Condition {
        let cited = source.flatMap { rubric.source($0) }
        let comparisons = expression.program.comparisons
        let threshold = comparisons.isEmpty ? expression.source
            : comparisons.map { "\($0.reference) \(Self.symbol($0.op)) \(ScoreView.number($0.value))" }
                .joined(separator: Words.Report.requirementJoiner(language))
        let reads = ValueText.reads(outcome, language)
        return ScoreView.Condition(
            kind: kind, id: outcome.id, title: rubric.text(title, locale), expression: expression.source,
            reads: reads, values: reads.joined(separator: Words.Punctuation.clauseSeparator(language)),
            threshold: threshold, status: outcome.status.rawValue, mark: Self.mark(outcome.status),
            statusText: Self.statusText(outcome.status)(language),
            error: outcome.error?.text(language) ?? "", hasError: outcome.error != nil,
            source: rubric.citation(source, locale), provisional: provisional, secondary: cited?.reliability == .secondary,
            isRule: isRule)
    }

    static func mark(_ status: ExpressionOutcome.Status) -> String {
        switch status {
        case .pass: return "✓"
        case .fail: return "✗"
        case .error: return "!"
        }
    }

    static func statusText(_ status: ExpressionOutcome.Status) -> Phrase {
        switch status {
        case .pass: return Words.Verdict.met
        case .fail: return Words.Verdict.notMet
        case .error: return Words.Verdict.failedToEvaluate
        }
    }

    static func symbol(_ op: CELComparison.Operator) -> String {
        switch op {
        case .greaterEqual: return "≥"
        case .greater: return ">"
        case .lessEqual: return "≤"
        case .less: return "<"
        case .equal: return "="
        }
    }
}
