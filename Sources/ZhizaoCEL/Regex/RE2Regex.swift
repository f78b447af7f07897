/// Interim implementation on Swift's `Regex` (a backtracking engine), until the
/// linear-time RE2 engine replaces this file.
public struct RE2Regex: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    public init(_ pattern: String) throws(RegexSyntaxError) {
        do {
            regex = try Regex(pattern)
        } catch {
            throw RegexSyntaxError(message: "\(error)", messageZh: "无效的正则表达式", offset: 0)
        }
    }

    public func matches(_ text: String) -> Bool {
        (try? regex.firstMatch(in: text)) != nil
    }
}
