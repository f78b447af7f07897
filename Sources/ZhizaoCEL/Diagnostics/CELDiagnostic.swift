/// A compile-time problem with its position inside the expression.
public struct CELDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public let problem: CELProblem
    public let location: SourceLocation

    public init(_ problem: CELProblem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
    }

    public func message(_ language: Language) -> String { problem.message(language) }

    /// `line:col: error: message`, in English (for logs and tests).
    public var description: String { "\(location): error: \(problem.message(.en))" }
}

/// All problems found while compiling one expression (the checker reports every one it
/// finds, not only the first).
public struct CELCompileError: Error, Sendable, CustomStringConvertible {
    public let diagnostics: [CELDiagnostic]

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// An error raised while evaluating. It is a value CEL's `&&`, `||` and `?:` may absorb;
/// when it escapes, it says what went wrong and where.
public struct CELEvalError: Error, Sendable, Hashable, CustomStringConvertible {
    public let problem: CELProblem
    /// Scalar offset of the sub-expression that failed (see `CELProgram.location(of:)`).
    public let offset: Int

    public init(_ problem: CELProblem, offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    public func message(_ language: Language) -> String { problem.message(language) }

    public var description: String { problem.message(.en) }
}
