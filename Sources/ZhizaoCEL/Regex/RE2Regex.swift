/// A compiled regular expression in RE2 syntax, for CEL's `matches` function.
///
/// Patterns come from rubric authors but the texts come from untrusted applicants, so matching
/// is guaranteed linear in the text (see `PikeVM`): there are no backreferences or look-around,
/// and limits on pattern length, nesting and program size bound the constant factor.
/// Immutable after `init`, so one instance can be shared by any number of threads.
public struct RE2Regex: Sendable {
    private let program: RegexProgram

    /// Compiles an RE2-syntax pattern. Throws on invalid syntax or when limits are exceeded.
    public init(_ pattern: String) throws(RegexSyntaxError) {
        let tree = try RegexParser.parse(pattern)
        program = try RegexCompiler.compile(tree)
    }

    /// RE2 "partial match" semantics: true if the pattern matches any substring of `text`
    /// (that is what CEL's `matches` means; use ^...$ to anchor).
    public func matches(_ text: String) -> Bool {
        PikeVM(program: program).matches(text)
    }

    /// The number of compiled instructions, for tests of the size limits.
    var programSize: Int { program.instructions.count }
}
