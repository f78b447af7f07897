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
            case .metric: return Phrase(zh: "指标值（metric）", en: "a metric")
            case .gate: return Phrase(zh: "申报条件（gate）", en: "a gate")
            case .rule: return Phrase(zh: "等级规则", en: "a tier rule")
            case .check: return Phrase(zh: "一致性检查", en: "a check")
            case .tiebreak: return Phrase(zh: "排序依据（tiebreak）", en: "a tie-break")
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
            collector.error(Phrase(zh: "表达式应为一段文本", en: "an expression must be text"), at: node.position)
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
                collector.error(Phrase(diagnostic.problem), at: position(diagnostic.location))
            }
            return nil
        }
        if case .tiebreak = role, ![.dyn, .int, .uint, .double].contains(program.resultType) {
            collector.error(Phrase(zh: "排序依据应得出数字，实际为 \(program.resultType)",
                                             en: "a tie-break must yield a number, found \(program.resultType)"), at: node.position)
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
                return Phrase(zh: "\(role.name.zh)不能读取 tier：等级在它之后才判定",
                                        en: "\(role.name.en) cannot read tier: tiers are decided after it")
            case .rule(let below):
                if let field, !below.contains(field) {
                    if ids.tiers.contains(field) {
                        return Phrase(zh: "规则只能读取更低的等级，'\(field)' 不在其下",
                                                en: "a rule can only read lower tiers; '\(field)' is not below it")
                    }
                    return unknown("tier", field, among: ids.tiers, zh: "等级")
                }
            case .check, .tiebreak:
                if let field, !ids.tiers.contains(field) { return unknown("tier", field, among: ids.tiers, zh: "等级") }
            }
        case "metric":
            guard let field else { return nil }
            if case .metric(let earlier) = role, !earlier.contains(field) {
                if ids.metrics.contains(field) {
                    return Phrase(zh: "指标值只能读取排在它前面的指标值，'\(field)' 在其后",
                                            en: "a metric can only read earlier metrics; '\(field)' comes later")
                }
                return unknown("metric", field, among: ids.metrics, zh: "指标值")
            }
            if !ids.metrics.contains(field) { return unknown("metric", field, among: ids.metrics, zh: "指标值") }
        case "domain":
            if let field, !ids.domains.contains(field) { return unknown("domain", field, among: ids.domains, zh: "领域") }
        case "score", "answer":
            if let field, !ids.indicators.contains(field) { return unknown(reference.variable, field, among: ids.indicators, zh: "指标") }
        case "profile":
            if let field, !ids.profile.contains(field) { return unknown("profile", field, among: ids.profile, zh: "企业信息项") }
        case "enterprise":
            if let field, !ScoringVariables.enterpriseFields.contains(field) {
                return unknown("enterprise", field, among: ScoringVariables.enterpriseFields, zh: "企业字段")
            }
        default:
            break
        }
        return nil
    }

    private func unknown(_ variable: String, _ field: String, among candidates: [String], zh: String) -> Phrase {
        let hint = closestHint(field, among: candidates)
        return Phrase(zh: "\(variable).\(field)：没有这个\(zh)\(hint.zh)",
                                en: "\(variable).\(field): no such \(variable == "score" || variable == "answer" ? "indicator" : variable)\(hint.en)")
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
