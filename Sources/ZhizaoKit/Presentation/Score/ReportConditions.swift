import ZhizaoCEL

/// The gates and rules of a result as the report states them (SPEC §5): the summary's gap,
/// the conditions section (each gate once, then each tier's rules) and the auditors'
/// appendix, which alone shows ids and expressions.
struct ReportConditions {
    let rubric: Rubric
    let result: ScoreResult
    let language: Language
    let words: ConditionWords

    init(_ result: ScoreResult, language: Language) {
        self.rubric = result.rubric
        self.result = result
        self.language = language
        self.words = ConditionWords(rubric: result.rubric, language: language)
    }

    private var locale: String { language.rawValue }

    /// Every gate once, in the rubric's order, with the tiers it applies to when not all.
    func gates() -> [ScoreView.ConditionRow] {
        rubric.gates.compactMap { gate in
            guard let outcome = result.gates.first(where: { $0.id == gate.id }) else { return nil }
            let tiers = gate.tiers.map { ids in
                rubric.tiers.filter { ids.contains($0.id) }.map { rubric.text($0.title, locale) }
                    .joined(separator: Words.Punctuation.listSeparator(language))
            }
            let appliesTo = tiers.map { Words.Report.appliesTo($0)(language) } ?? ""
            return row(outcome, title: gate.title, expression: gate.expression, provisional: gate.provisional, appliesTo: appliesTo)
        }
    }

    /// Each tier's rules and the required tiers it misses.
    func tiers() -> [ScoreView.TierSection] {
        rubric.tiers.compactMap { tier in
            guard let verdict = result.verdict(tier.id) else { return nil }
            let title = rubric.text(tier.title, locale)
            var rules = zip(tier.rules, verdict.rules).map { rule, outcome in
                row(outcome, title: rule.title, expression: rule.expression, provisional: rule.provisional, appliesTo: "")
            }
            rules += verdict.missingPrerequisites.map { missing in
                let required = rubric.tier(missing).map { rubric.text($0.title, locale) } ?? missing
                return ScoreView.ConditionRow(
                    id: missing, title: Words.Conditions.prerequisiteMissing(required)(language), statement: "",
                    status: ExpressionOutcome.Status.fail.rawValue, mark: "✗", statusText: Words.Verdict.notMet(language),
                    error: "", hasError: false, provisional: false, appliesTo: "", hasAppliesTo: false)
            }
            return ScoreView.TierSection(id: tier.id, title: title, heading: Words.Report.tierRules(title)(language),
                                         achieved: verdict.achieved, statusText: Words.Verdict.achieved(verdict.achieved)(language),
                                         rules: rules, hasRules: !rules.isEmpty)
        }
    }

    /// What stands between the enterprise and `tier`, one sentence per unmet condition: the
    /// numbers compared with their requirement and shortfall, else the condition in words.
    func gap(to tierID: String) -> (sentences: [String], provisional: Bool) {
        guard let tier = rubric.tier(tierID), let verdict = result.verdict(tierID), !verdict.achieved else { return ([], false) }
        var sentences: [String] = []
        var provisional = false
        for gate in rubric.gates where gate.applies(to: tierID) {
            guard let outcome = result.gates.first(where: { $0.id == gate.id }), outcome.status != .pass else { continue }
            sentences.append(sentence(outcome, title: gate.title, program: gate.expression.program)
                             + (gate.provisional ? Words.Verdict.provisionalMark(language) : ""))
            provisional = provisional || gate.provisional
        }
        for (rule, outcome) in zip(tier.rules, verdict.rules) where outcome.status != .pass {
            sentences.append(sentence(outcome, title: rule.title, program: rule.expression.program)
                             + (rule.provisional ? Words.Verdict.provisionalMark(language) : ""))
            provisional = provisional || rule.provisional
        }
        sentences += verdict.missingPrerequisites.map { missing in
            Words.Conditions.prerequisiteMissing(rubric.tier(missing).map { rubric.text($0.title, locale) } ?? missing)(language)
        }
        return (sentences, provisional)
    }

    /// Whether any gate or rule the verdicts used is provisional.
    var usesProvisional: Bool {
        rubric.gates.contains { $0.provisional } || rubric.tiers.contains { $0.rules.contains { $0.provisional } }
    }

    /// Every gate, rule and check with its id, expression and the raw values it read.
    func appendix() -> [ScoreView.AppendixCondition] {
        var rows: [ScoreView.AppendixCondition] = []
        let gateScope = Words.Report.gate(language)
        for gate in rubric.gates {
            guard let outcome = result.gates.first(where: { $0.id == gate.id }) else { continue }
            rows.append(appendixRow(outcome, scope: gateScope, title: gate.title, expression: gate.expression.source))
        }
        for tier in rubric.tiers {
            guard let verdict = result.verdict(tier.id) else { continue }
            let scope = rubric.text(tier.title, locale)
            for (rule, outcome) in zip(tier.rules, verdict.rules) {
                rows.append(appendixRow(outcome, scope: scope, title: rule.title, expression: rule.expression.source))
            }
        }
        let checkScope = Words.Report.checks(language)
        let warned = Set(result.warnings.filter { $0.kind == .check }.compactMap(\.id))
        for check in rubric.checks {
            rows.append(ScoreView.AppendixCondition(
                scope: checkScope, id: check.id, title: rubric.text(check.message, locale), expression: check.expression.source,
                values: "", statusText: Words.Report.checkResult(warned.contains(check.id))(language)))
        }
        return rows
    }

    private func row(_ outcome: ExpressionOutcome, title: LocalizedText, expression: RubricExpression, provisional: Bool,
                     appliesTo: String) -> ScoreView.ConditionRow {
        let title = rubric.text(title, locale)
        return ScoreView.ConditionRow(
            id: outcome.id, title: title,
            statement: words.statement(title: title, program: expression.program, values: outcome.values),
            status: outcome.status.rawValue, mark: Self.mark(outcome.status), statusText: Self.statusText(outcome.status)(language),
            error: words.undecided(outcome.values, error: outcome.error), hasError: outcome.error != nil, provisional: provisional,
            appliesTo: appliesTo, hasAppliesTo: !appliesTo.isEmpty)
    }

    private func sentence(_ outcome: ExpressionOutcome, title: LocalizedText, program: CELProgram) -> String {
        let title = rubric.text(title, locale)
        if outcome.status == .error {
            return words.undecidedSentence(title, outcome.values, error: outcome.error)
        }
        let compared = words.comparisons(program, values: outcome.values, onlyFailing: true)
        if !compared.isEmpty { return compared.joined(separator: Words.Conditions.requirementSeparator(language)) }
        return Words.Report.unmet(title, now: words.currentValues(outcome.values))(language)
    }

    private func appendixRow(_ outcome: ExpressionOutcome, scope: String, title: LocalizedText, expression: String) -> ScoreView.AppendixCondition {
        ScoreView.AppendixCondition(scope: scope, id: outcome.id, title: rubric.text(title, locale), expression: expression,
                                    values: ValueText.reads(outcome, language).joined(separator: "; "),
                                    statusText: Self.statusText(outcome.status)(language))
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
}
