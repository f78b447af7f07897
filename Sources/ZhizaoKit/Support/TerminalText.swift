/// Text on its way to a terminal (SPEC §2: "text that reaches a terminal never carries
/// control or escape characters from an input"). An applicant's name such as
/// `"\e[2J…"` would otherwise clear or rewrite a reviewer's screen.
///
/// Every character a terminal acts on instead of showing is written as a Swift-style
/// escape, `\u{1B}` → `\u001b`, so it is visible and can be looked up:
/// - the C0 controls U+0000–U+001F; where `lineBreaks` is `.kept` (a whole screen or
///   document of zhizao's own lines) a line feed, a tab and a carriage return directly
///   before a line feed stay, while a one-line field (a name) escapes them too — a lone
///   carriage return would let a value overwrite the line it is on;
///   DEL U+007F and the C1 controls U+0080–U+009F (U+009B is a one-byte CSI);
/// - the bidirectional embedding, override and isolate controls U+202A–U+202E and
///   U+2066–U+2069, which can make a line read in a different order from the one it has
///   ("Trojan Source"). The marks U+200E, U+200F and U+061C are left: they change the
///   direction of neutral characters next to them only, and right-to-left names need them.
public enum TerminalText {
    public enum LineBreaks: Sendable {
        /// A line feed is shown escaped as well: the text is one field of one line.
        case escaped
        /// A line feed, a tab and CR LF stay: the text is a whole screen of lines.
        case kept
    }

    /// `text` with every control, escape and bidirectional control character escaped.
    public static func escaped(_ text: String, lineBreaks: LineBreaks = .escaped) -> String {
        escaped(text, lineBreaks: lineBreaks, keepingStyles: false)
    }

    /// `escaped(text, lineBreaks: .kept)`, except that the colour sequences `TerminalStyle`
    /// writes (`ESC[0m`, `ESC[1m`, `ESC[2m`, `ESC[31m`, `ESC[32m`, `ESC[36m`: bold, dim,
    /// three colours, reset) pass. For `check`'s coloured screens, which are composed before
    /// they are written; those sequences can only colour text, never move the cursor or clear.
    public static func escapedKeepingStyles(_ text: String) -> String {
        escaped(text, lineBreaks: .kept, keepingStyles: true)
    }

    private static func escaped(_ text: String, lineBreaks: LineBreaks, keepingStyles: Bool) -> String {
        // Most text holds none: return it as it is.
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingStyles, scalar == "\u{1B}", let length = styleSequenceLength(scalars, at: index) {
                result.append(contentsOf: scalars[index..<index + length])
                index += length
                continue
            }
            let kept = lineBreaks == .kept
                && (scalar == "\n" || scalar == "\t" || scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
            if isControl(scalar) && !kept {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    /// The SGR codes zhizao's own colours use (`TerminalStyle`): the only escape sequences a
    /// line may keep.
    public enum StyleCode: String, CaseIterable, Sendable {
        case reset = "0", bold = "1", dim = "2", error = "31", good = "32", accent = "36"
    }

    private static let styleCodes: [[Unicode.Scalar]] = StyleCode.allCases.map { Array($0.rawValue.unicodeScalars) }

    /// The length of the style sequence `ESC [ code m` at `index`, if it is one of `styleCodes`.
    private static func styleSequenceLength(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + 1 < scalars.count, scalars[index + 1] == "[" else { return nil }
        for code in styleCodes {
            let end = index + 2 + code.count
            if end < scalars.count, Array(scalars[index + 2..<end]) == code, scalars[end] == "m" { return end + 1 - index }
        }
        return nil
    }

    /// Whether a terminal would act on `scalar` rather than show it.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `\u001b`: four lower-case hex digits, as JSON and SPEC write it.
    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}
