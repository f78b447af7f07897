/// A pattern `matches` cannot use, with where the problem is.
public struct RegexSyntaxError: Error, Sendable, Equatable {
    public let message: String
    public let messageZh: String
    /// 0-based offset in the pattern, in Unicode scalars.
    public let offset: Int
}
