@testable import ZhizaoCEL

/// The variables rubric expressions see (SPEC §3), for tests.
func rubricEnvironment(limits: CELLimits = CELLimits()) -> CELEnvironment {
    var environment = CELEnvironment(limits: limits)
    environment.declare("total", as: .double)
    environment.declare("domain", as: .map(.string, .double))
    environment.declare("score", as: .map(.string, .double))
    environment.declare("answer", as: .map(.string, .dyn))
    environment.declare("indicators", as: .list(.map(.string, .dyn)))
    environment.declare("profile", as: .map(.string, .dyn))
    environment.declare("enterprise", as: .map(.string, .string))
    environment.declare("metric", as: .map(.string, .dyn))
    environment.declare("tier", as: .map(.string, .bool))
    return environment
}

/// The diagnostics of an expression that must not compile.
func compileErrors(_ source: String, in environment: CELEnvironment = rubricEnvironment(),
                   expecting: CELType? = nil) -> [CELDiagnostic] {
    do {
        _ = try environment.compile(source, expecting: expecting)
        return []
    } catch {
        return error.diagnostics
    }
}

/// Evaluates with no bindings in a dynamic environment: for expressions over literals.
func evaluate(_ source: String) throws -> CELValue {
    let environment = CELEnvironment()
    return try environment.compile(source).evaluate(environment.makeBindings())
}

func evaluationError(_ source: String, environment: CELEnvironment = CELEnvironment(),
                     bindings: CELBindings? = nil) -> (CELEvalError, SourceLocation)? {
    do {
        let program = try environment.compile(source)
        _ = try program.evaluate(bindings ?? environment.makeBindings())
        return nil
    } catch let error as CELEvalError {
        return (error, try! environment.compile(source).location(of: error))
    } catch {
        return nil
    }
}
