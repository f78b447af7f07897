/// Why a pattern was rejected: a short message in every language, and where in the pattern
/// the problem is, so a rubric author can find and fix it.
public struct RegexSyntaxError: Error, Sendable, Equatable {
    /// Short, e.g. "缺少右括号 )" / "missing closing )".
    public let reason: Phrase
    /// 0-based offset into the pattern, counted in Unicode scalars, where the problem is.
    public let offset: Int

    init(_ kind: RegexErrorKind, at offset: Int) {
        self.reason = kind.phrase
        self.offset = offset
    }
}
