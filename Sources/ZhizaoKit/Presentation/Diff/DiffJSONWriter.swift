import ZhizaoCEL

/// The machine-readable diff (`diff --format json`, `zhizao.diff/1`): one JSON object, keys
/// in a fixed order, T, D and deltas with one decimal as in the result JSON. Lists hold
/// only what changed, except `domains`, which holds every domain (null where not
/// applicable), so a reader never has to re-score to see the whole picture. Ids and
/// numbers come from the view's `diff`; only error messages are in the view's language.
public struct DiffJSONWriter: DiffWriter {
    public static let format = "zhizao.diff/1"

    public init() {}

    public func write(_ view: DiffView) -> String {
        Self.value(view.diff, language: view.language, version: view.version).serialized() + "\n"
    }

    static func value(_ diff: AssessmentDiff, language: Language, version: String) -> JSONValue {
        .object([
            ("format", .string(format)),
            ("tool", .object([("version", .string(version))])),
            ("old", side(diff.old)),
            ("new", side(diff.new)),
            ("differs", .bool(!diff.isEmpty)),
            ("tier", pair(diff.tier) { .optional($0) }),
            ("complete", pair(diff.complete) { .bool($0) }),
            ("total", score(diff.total)),
            ("domains", .array(diff.domains.map { domain in .object([("id", .string(domain.id))] + scorePairs(domain.change)) })),
            ("tiers", .array(diff.tiers.map { tier in
                .object([
                    ("id", .string(tier.id)),
                    ("achieved", pair(tier.achieved) { $0.map(JSONValue.bool) ?? .null }),
                    ("flips", .array(tier.flips.map { flip($0, language) })),
                ])
            })),
            ("answers", .array(diff.answers.map(answer))),
            ("fields", .array(diff.fields.map { change in
                .object([("id", .string(change.field.rawValue)), ("old", .optional(change.value.old)), ("new", .optional(change.value.new))])
            })),
            ("profile", .array(diff.profile.map { change in
                .object([("id", .string(change.id)), ("old", profileValue(change.value.old)), ("new", profileValue(change.value.new))])
            })),
            ("rubric_changes", .array(diff.rubricItems.map(rubricItem))),
        ])
    }

    private static func side(_ result: ScoreResult) -> JSONValue {
        .object([
            ("source", .string(result.assessment.source)),
            ("fingerprint", .string(result.assessment.fingerprint)),
            ("rubric", .object([
                ("id", .string(result.rubric.id)), ("version", .string(result.rubric.version)),
                ("fingerprint", .string(result.rubric.fingerprint)),
            ])),
        ])
    }

    private static func pair<Value>(_ change: Change<Value>, _ json: (Value) -> JSONValue) -> JSONValue {
        .object([("old", json(change.old)), ("new", json(change.new))])
    }

    private static func scorePairs(_ change: ScoreChange) -> [(String, JSONValue)] {
        let decimal = { (value: ExactNumber?) in value.map { JSONValue.decimal($0, places: 1) } ?? .null }
        return [("old", decimal(change.score.old)), ("new", decimal(change.score.new)), ("delta", decimal(change.delta))]
    }

    private static func score(_ change: ScoreChange) -> JSONValue { .object(scorePairs(change)) }

    private static func flip(_ flip: OutcomeFlip, _ language: Language) -> JSONValue {
        let values = { (outcome: ExpressionOutcome?) -> JSONValue in
            outcome.map { .object($0.values.map { ($0.reference, $0.value.map(JSONValue.init) ?? .null) }) } ?? .null
        }
        var pairs: [(String, JSONValue)] = [
            ("kind", .string(flip.kind.rawValue)),
            ("id", .string(flip.id)),
            ("old", .optional(flip.old?.status.rawValue)),
            ("new", .optional(flip.new?.status.rawValue)),
            ("values", .object([("old", values(flip.old)), ("new", values(flip.new))])),
        ]
        if flip.old?.error != nil || flip.new?.error != nil {
            pairs.append(("error", .object([("old", .optional(flip.old?.error?.text(language))), ("new", .optional(flip.new?.error?.text(language)))])))
        }
        return .object(pairs)
    }

    private static func answer(_ change: AnswerChange) -> JSONValue {
        let answer = { (answer: Answer?) -> JSONValue in
            guard let answer else { return .null }
            return .object([
                ("value", answer.value.map(ResultJSON.answerJSON) ?? .null),
                ("na", .optional(answer.notApplicable)),
                ("evidence", .array(answer.evidence.map { .string($0) })),
                ("note", .optional(answer.note)),
            ])
        }
        return .object([
            ("id", .string(change.id)),
            ("change", .string(change.kind.rawValue)),
            ("aspects", .array(change.aspects.map { .string($0.rawValue) })),
            ("old", answer(change.answer.old)),
            ("new", answer(change.answer.new)),
            ("status", pair(change.outcome) { .optional($0?.status.rawValue) }),
            ("score", pair(change.outcome) { $0?.score.map { .double($0.doubleValue) } ?? .null }),
        ])
    }

    private static func profileValue(_ value: ProfileValue?) -> JSONValue {
        switch value {
        case nil: return .null
        case .bool(let b)?: return .bool(b)
        case .string(let s)?: return .string(s)
        case .int(let i)?: return .number(String(i))
        case .number(let n)?: return .number(n.description)
        }
    }

    private static func rubricItem(_ item: RubricItemChange) -> JSONValue {
        .object([
            ("kind", .string(item.kind.rawValue)),
            ("id", .string(item.id)),
            ("tier", .optional(item.tier)),
            ("change", .string(item.edit.rawValue)),
            ("old", .optional(item.oldExpression)),
            ("new", .optional(item.newExpression)),
        ])
    }
}
