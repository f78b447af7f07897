import ZhizaoCEL

/// Compiles the expressions of a rubric and checks what CEL alone cannot: that the ids an
/// expression names exist (`domain.prodution` → "did you mean production?"), that gates and
/// metrics do not read tiers (they are decided before tiers), that a rule reads only tiers
/// below its own, that a metric reads only earlier metrics, and that gates, rules and checks
/// yield a bool. Positions are mapped back to the YAML file: `file:line:col`.
struct RubricExpressionCompiler {
    enum Role {
        case metric(earlier: [String])
        case gate
        case rule(tiersBelow: [String])
        case check
        case tiebreak

        var expectedType: CELType? {
            switch self {
            case .gate, .rule, .check: return .bool
            case .metric, .tiebreak: return nil
            }
        }

        var name: Phrase {
            switch self {
            case .metric: return Words.Loading.Item.metric
            case .gate: return Words.Loading.Item.gate
            case .rule: return Words.Loading.Item.tierRule
            case .check: return Words.Loading.Item.check
            case .tiebreak: return Words.Loading.Item.tiebreak
            }
        }
    }

    struct KnownIDs {
        var domains: [String] = []
        var indicators: [String] = []
        var profile: [String] = []
        var metrics: [String] = []
        var tiers: [String] = []
    }

    let environment: CELEnvironment
    let ids: KnownIDs
    /// The text of each file, for positions inside block scalars (`expr: |`).
    let fileLines: [String: [Substring]]

    func compile(_ node: YAMLNode, role: Role, file: String, collector: DiagnosticCollector) -> RubricExpression? {
        guard case .scalar(let source, let style) = node.kind else {
            collector.error(Words.Loading.expressionNotText, at: node.position)
            return nil
        }
        func position(_ location: SourceLocation) -> SourcePosition {
            mapPosition(location, node: node, style: style, file: file)
        }
        let program: CELProgram
        do {
            program = try environment.compile(source, expecting: role.expectedType)
        } catch {
            for diagnostic in error.diagnostics {
                collector.error(diagnostic.problem.phrase, at: position(diagnostic.location))
            }
            return nil
        }
        if case .tiebreak = role, ![.dyn, .int, .uint, .double].contains(program.resultType) {
            collector.error(Words.Loading.tiebreakNotNumber(program.resultType.description), at: node.position)
            return nil
        }
        var valid = true
        for reference in program.references {
            if let problem = check(reference, role: role) {
                collector.error(problem, at: position(reference.location))
                valid = false
            }
        }
        guard valid else { return nil }
        return RubricExpression(source: source, program: program,
                                location: SourceLocationInFile(file: file, position: node.position))
    }

    /// What is wrong with one reference, or nil.
    private func check(_ reference: CELReference, role: Role) -> Phrase? {
        let field = reference.path.first
        switch reference.variable {
        case "tier":
            switch role {
            case .metric, .gate:
                return Words.Loading.cannotReadTier(role.name)
            case .rule(let below):
                if let field, !below.contains(field) {
                    if ids.tiers.contains(field) {
                        return Words.Loading.ruleReadsHigherTier(field)
                    }
                    return unknown("tier", field, among: ids.tiers, kind: Words.Loading.Field.tier)
                }
            case .check, .tiebreak:
                if let field, !ids.tiers.contains(field) { return unknown("tier", field, among: ids.tiers, kind: Words.Loading.Field.tier) }
            }
        case "metric":
            guard let field else { return nil }
            if case .metric(let earlier) = role, !earlier.contains(field) {
                if ids.metrics.contains(field) {
                    return Words.Loading.metricReadsLater(field)
                }
                return unknown("metric", field, among: ids.metrics, kind: Words.Loading.Field.metric)
            }
            if !ids.metrics.contains(field) { return unknown("metric", field, among: ids.metrics, kind: Words.Loading.Field.metric) }
        case "domain":
            if let field, !ids.domains.contains(field) { return unknown("domain", field, among: ids.domains, kind: Words.Loading.Field.domain) }
        case "score", "answer":
            if let field, !ids.indicators.contains(field) { return unknown(reference.variable, field, among: ids.indicators, kind: Words.Loading.Field.indicator) }
        case "profile":
            if let field, !ids.profile.contains(field) { return unknown("profile", field, among: ids.profile, kind: Words.Loading.Field.profileFact) }
        case "enterprise":
            if let field, !RubricVariables.enterpriseFields.contains(field) {
                return unknown("enterprise", field, among: RubricVariables.enterpriseFields, kind: Words.Loading.Field.enterpriseField)
            }
        default:
            break
        }
        return nil
    }

    /// `kind` is one of `Words.Loading.Field`.
    private func unknown(_ variable: String, _ field: String, among candidates: [String], kind: Phrase) -> Phrase {
        Words.Loading.unknownField(variable, field, kind: kind, hint: closestHint(field, among: candidates))
    }

    /// Where character (line, column) of the expression is in the file. Exact for one-line
    /// plain and quoted scalars (escapes aside) and for block scalars; the scalar's start
    /// for continuation lines of a folded plain or quoted scalar.
    private func mapPosition(_ location: SourceLocation, node: YAMLNode, style: YAMLNode.ScalarStyle, file: String) -> SourcePosition {
        let start = node.position
        switch style {
        case .plain where location.line == 1:
            return SourcePosition(line: start.line, column: start.column + location.column - 1)
        case .singleQuoted where location.line == 1, .doubleQuoted where location.line == 1:
            return SourcePosition(line: start.line, column: start.column + location.column)
        case .literal, .folded:
            // The content starts on the next line; LibYAML strips the block's indentation,
            // which is that of its first line.
            let line = start.line + location.line
            let indentation = fileLines[file].flatMap { lines in
                start.line < lines.count ? lines[start.line].prefix { $0 == " " }.count : nil
            } ?? 0
            return SourcePosition(line: line, column: indentation + location.column)
        default:
            return start
        }
    }
}
