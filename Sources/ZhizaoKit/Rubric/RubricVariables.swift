import ZhizaoCEL

/// The variables every rubric expression can see (SPEC §3, "Expression language"), in the
/// order of their slots. One environment serves every expression of every rubric, so one
/// set of bindings per assessment serves them all.
enum RubricVariables {
    static let declarations: [(String, CELType)] = [
        ("total", .double),
        ("domain", .map(.string, .double)),
        ("score", .map(.string, .double)),
        ("answer", .map(.string, .dyn)),
        ("indicators", .list(.map(.string, .dyn))),
        ("profile", .map(.string, .dyn)),
        ("enterprise", .map(.string, .string)),
        ("metric", .map(.string, .dyn)),
        ("tier", .map(.string, .bool)),
    ]

    static func environment(limits: CELLimits = CELLimits()) -> CELEnvironment {
        var environment = CELEnvironment(limits: limits)
        for (name, type) in declarations { environment.declare(name, as: type) }
        return environment
    }

    /// The fields of `enterprise`.
    static let enterpriseFields = ["name", "credit_code", "city", "industry"]
}
