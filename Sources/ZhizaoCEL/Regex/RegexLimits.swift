/// Hard limits that keep compiling and matching bounded no matter what a rubric author writes.
///
/// Matching is already linear in the text, but its constant factor is the program size, so the
/// program size is what these limits really protect.
enum RegexLimits {
    /// Longest accepted pattern, in Unicode scalars.
    static let maxPatternLength = 16_384
    /// Largest count in `{n}`, `{n,}` and `{n,m}`; the same limit as RE2.
    static let maxRepeatCount = 1_000
    /// Deepest nesting of groups; the same limit as RE2.
    static let maxNestingDepth = 1_000
    /// Largest compiled program; nested counted repetitions such as `((a{100}){100}){100}`
    /// multiply quickly, and every instruction costs time on every input scalar.
    static let maxInstructions = 100_000
}
