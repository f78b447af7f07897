/// The flags that `(?imsU)` groups switch on and `(?-imsU)` switch off.
struct RegexFlags: Sendable, Equatable {
    /// `i`: letters match their other cases (simple Unicode case folding).
    var caseInsensitive = false
    /// `m`: `^` and `$` also match at line starts and ends, not only at the text's ends.
    var multiLine = false
    /// `s`: `.` also matches `\n`.
    var dotMatchesNewline = false
    /// `U`: swaps greedy and lazy quantifiers. Accepted for RE2 compatibility; a yes/no match
    /// result does not depend on which of several matches is preferred.
    var ungreedy = false
}
