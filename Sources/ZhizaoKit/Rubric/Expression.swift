import ZhizaoCEL

/// A compiled rubric expression with where it was written, so that any problem with it —
/// at load time or while scoring — can be reported at `file:line:col`.
public struct RubricExpression: Sendable {
    public let source: String
    public let program: CELProgram
    public let location: SourceLocationInFile
}

/// A position in a file of the rubric (rubrics may include parts from other files).
public struct SourceLocationInFile: Sendable, Hashable, CustomStringConvertible {
    public let file: String
    public let position: SourcePosition

    public var description: String { "\(file):\(position.line):\(position.column)" }
}
