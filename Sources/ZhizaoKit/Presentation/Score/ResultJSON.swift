import ZhizaoCEL

/// SPEC §4's machine-readable result (`score --format json`): one JSON object per
/// assessment. Keys are written in a fixed order; numbers T and D with one decimal.
public enum ResultJSON {
    public static let format = "zhizao.result/1"

    /// `version`: the tool version the result names (the caller's stamp).
    public static func value(_ result: ScoreResult, language: Language, version: String) -> JSONValue {
        let rubric = result.rubric
        let assessment = result.assessment
        let enterprise = assessment.enterprise
        return .object([
            ("format", .string(format)),
            ("tool", .object([("version", .string(version))])),
            ("rubric", .object([
                ("id", .string(rubric.id)), ("version", .string(rubric.version)), ("fingerprint", .string(rubric.fingerprint)),
            ])),
            ("assessment", .object([
                ("source", .string(assessment.source)),
                ("fingerprint", .string(assessment.fingerprint)),
                ("enterprise", .object([
                    ("name", .optional(enterprise.name)), ("credit_code", .optional(enterprise.creditCode?.value)),
                    ("city", .optional(enterprise.city)), ("industry", .optional(enterprise.industry)),
                ])),
                ("applying_for", .optional(assessment.applyingFor)),
            ])),
            ("complete", .bool(result.complete)),
            ("total", .decimal(result.total, places: 1)),
            ("domains", .object(result.domains.map { ($0.key, .decimal($0.value, places: 1)) })),
            ("metrics", .object(result.metrics.map { ($0.key, $0.value.map(JSONValue.init) ?? .null) })),
            ("tier", .optional(result.tier)),
            ("tiers", .array(result.tiers.map { verdict in
                .object([
                    ("id", .string(verdict.id)),
                    ("achieved", .bool(verdict.achieved)),
                    ("gates", .array(verdict.gates.map { outcome($0, language) })),
                    ("rules", .array(verdict.rules.map { outcome($0, language) })),
                    ("missing_prerequisites", .array(verdict.missingPrerequisites.map { .string($0) })),
                ])
            })),
            ("indicators", .array(result.indicators.map { indicator in
                .object([
                    ("id", .string(indicator.id)),
                    ("score", indicator.score.map { .double($0.doubleValue) } ?? .null),
                    ("status", .string(indicator.status.rawValue)),
                ])
            })),
            ("warnings", .array(result.warnings.map { warning in
                .object([("kind", .string(warning.kind.rawValue)), ("id", .optional(warning.id)),
                         ("message", .string(warning.message.text(language)))])
            })),
            ("plan", result.plan.map { plan($0, language) } ?? .null),
        ])
    }

    private static func outcome(_ outcome: ExpressionOutcome, _ language: Language) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(outcome.id)),
            ("status", .string(outcome.status.rawValue)),
            ("values", .object(outcome.values.map { ($0.reference, $0.value.map(JSONValue.init) ?? .null) })),
        ]
        if let error = outcome.error { pairs.append(("error", .string(error.text(language)))) }
        return .object(pairs)
    }

    /// The roadmap (SPEC §3): the target tier, whether it is reachable, whether a plan was
    /// found and proven least-cost, its cost, the margin asked (`--margin`) and left on T,
    /// each raise (`changes`, SPEC §4's name), the required questions left blank, and what
    /// no raise can replace. `cost` is relative effort (SPEC §1 `step` × `effort`).
    private static func plan(_ plan: ImprovementPlan, _ language: Language) -> JSONValue {
        .object([
            ("tier", .string(plan.tier)),
            ("reachable", .bool(plan.reachable)),
            ("found", .bool(plan.found)),
            ("proven", .bool(plan.proven)),
            ("cost", .number(String(plan.cost))),
            ("margin", .decimal(plan.requestedMargin, places: 1)),
            ("total_after", plan.totalAfter.map { .decimal($0, places: 1) } ?? .null),
            ("margin_left", plan.marginLeft.map { .decimal($0, places: 1) } ?? .null),
            ("changes", .array(plan.raises.map { raise in
                .object([
                    ("id", .string(raise.indicator)),
                    ("from", answerJSON(raise.from)),
                    ("to", answerJSON(raise.to)),
                    ("levels", .number(String(raise.levels))),
                    ("cost", .number(String(raise.cost))),
                    ("adds", .decimal(raise.adds, places: 1)),
                ])
            })),
            ("unanswered", .array(plan.unanswered.map { .string($0) })),
            ("blockers", .array(plan.blockers.map { blocker in
                .object([("kind", .string(blocker.kind.rawValue)), ("id", .string(blocker.id)),
                         ("message", .string(blocker.message.text(language)))])
            })),
        ])
    }

    static func answerJSON(_ value: Answer.Value) -> JSONValue {
        switch value {
        case .choice(let id): return .string(id)
        case .multi(let ids): return .array(ids.map { .string($0) })
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n.description)
        }
    }
}
