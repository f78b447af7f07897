import ZhizaoCEL

/// A compiled rubric expression with where it was written, so that any problem with it —
/// at load time or while scoring — can be reported at `file:line:col`.
public struct RubricExpression: Sendable {
    public let source: String
    public let program: CELProgram
    public let location: SourceLocationInFile

    /// Whether the expression reads `variable.id` (`profile.cmmm_level`, `answer.om_organisation`),
    /// by the program's references, never by its text (`profile.cmmm` is not `profile.cmmm_level`).
    func reads(_ variable: String, _ id: String) -> Bool {
        program.references.contains { $0.variable == variable && $0.path.first == id }
    }

    /// Whether it reads an indicator's answer, or the score that answer gives.
    func readsIndicator(_ id: String) -> Bool { reads("answer", id) || reads("score", id) }
}

/// A position in a file of the rubric (rubrics may include parts from other files).
public struct SourceLocationInFile: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let position: SourcePosition

    public var description: String { "\(file):\(position.line):\(position.column)" }
}
