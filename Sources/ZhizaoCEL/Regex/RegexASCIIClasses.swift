/// Perl classes (`\d \s \w`) and POSIX classes (`[[:alpha:]]`). RE2 defines all of them over
/// ASCII only, so `\d` does not match "٣" and `\w` does not match "é"; use `\p{…}` for Unicode.
enum RegexASCIIClasses {
    /// The positive set for a Perl class letter, and whether the letter is the negated form
    /// (`\D`, `\S`, `\W`).
    static func perlClass(_ letter: Unicode.Scalar) -> (set: RegexCharSet, negated: Bool)? {
        switch letter {
        case "d": (digit, false)
        case "D": (digit, true)
        case "s": (perlSpace, false)
        case "S": (perlSpace, true)
        case "w": (word, false)
        case "W": (word, true)
        default: nil
        }
    }

    /// The set for a POSIX class name as written between `[:` and `:]`, without any `^`.
    static func posixClass(named name: String) -> RegexCharSet? {
        switch name {
        case "alnum": RegexCharSet(ranges: [0x30...0x39, 0x41...0x5A, 0x61...0x7A])
        case "alpha": RegexCharSet(ranges: [0x41...0x5A, 0x61...0x7A])
        case "ascii": RegexCharSet(ranges: [0x00...0x7F])
        case "blank": RegexCharSet(ranges: [0x09...0x09, 0x20...0x20])
        case "cntrl": RegexCharSet(ranges: [0x00...0x1F, 0x7F...0x7F])
        case "digit": digit
        case "graph": RegexCharSet(ranges: [0x21...0x7E])
        case "lower": RegexCharSet(ranges: [0x61...0x7A])
        case "print": RegexCharSet(ranges: [0x20...0x7E])
        case "punct": RegexCharSet(ranges: [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E])
        case "space": RegexCharSet(ranges: [0x09...0x0D, 0x20...0x20])
        case "upper": RegexCharSet(ranges: [0x41...0x5A])
        case "word": word
        case "xdigit": RegexCharSet(ranges: [0x30...0x39, 0x41...0x46, 0x61...0x66])
        default: nil
        }
    }

    /// `\b` looks at these: ASCII letters, digits and underscore, as in RE2.
    static func isWordScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: true
        default: false
        }
    }

    private static let digit = RegexCharSet(ranges: [0x30...0x39])
    /// RE2's `\s` is `[\t\n\f\r ]`: unlike POSIX `[:space:]` it leaves out `\v`.
    private static let perlSpace = RegexCharSet(ranges: [0x09...0x0A, 0x0C...0x0D, 0x20...0x20])
    private static let word = RegexCharSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
}
