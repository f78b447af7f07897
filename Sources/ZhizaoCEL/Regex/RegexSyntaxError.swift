/// Why a pattern was rejected: a short message in English and in Simplified Chinese, and where
/// in the pattern the problem is, so a rubric author can find and fix it.
public struct RegexSyntaxError: Error, Sendable, Equatable {
    /// English, short, lower-case, e.g. "missing closing )".
    public let message: String
    /// The same message in Simplified Chinese, e.g. "缺少右括号 )".
    public let messageZh: String
    /// 0-based offset into the pattern, counted in Unicode scalars, where the problem is.
    public let offset: Int

    init(_ kind: RegexErrorKind, at offset: Int) {
        self.message = kind.message
        self.messageZh = kind.messageZh
        self.offset = offset
    }
}
