/// Escaping for the two markup languages reports are written in. Templates escape every
/// `{{value}}` themselves (HTML by default, Markdown through `MarkdownContentType`);
/// the chart code, which builds SVG by hand, escapes its own labels.
enum Markup {
    /// Text for HTML or XML content and attribute values.
    static func html(_ text: String) -> String {
        // Most values (numbers, names, codes) need nothing escaped: return them as they are.
        if !text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Text that stays text in GitHub-flavoured Markdown, also inside a table cell or a list
    /// item, and reads as itself in the Markdown source: only what Markdown would read is
    /// backslash-escaped. Inline syntax (emphasis, code, links, tables, strikethrough) always;
    /// `<` only where it could open HTML or an autolink (`<b`, `</`, `<!`, `<?`), `&` only
    /// where it would start an entity (`&amp;`, `&#60;`), so `>=`, `a && b`, `R&D` and
    /// quotes stay as they are; what would start a block (`#`, `-`, `+`, `=`, `>`, `1.`) is
    /// escaped at the start, and line breaks become spaces (a cell is one line). No entity
    /// is ever written: a Markdown reader shows the text, not `&gt;`. A Markdown file is read
    /// in a terminal as often as in a viewer, so control, escape and bidirectional control
    /// characters are written as `TerminalText` writes them (`\u001b`); a tab stays.
    static func markdown(_ text: String) -> String {
        // Most values (names, codes, sentences) hold nothing Markdown reads: return them as they are.
        if let first = text.utf8.first, !"#-+=>0123456789".utf8.contains(first),
           !text.utf8.contains(where: { "\\`*[]|~_<&\n\r".utf8.contains($0) }),
           !text.unicodeScalars.contains(where: { TerminalText.isControl($0) && $0 != "\t" }) {
            return text
        }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < characters.count && (characters[index].isLetter || characters[index].isNumber)
        }
        for (index, character) in characters.enumerated() {
            switch character {
            case "\\", "`", "*", "[", "]", "|", "~":
                result.append("\\")
                result.append(character)
            case "_":
                // Inside a word (`cmmm_level`) an underscore is never emphasis in GFM.
                if !(isWordCharacter(index - 1) && isWordCharacter(index + 1)) { result.append("\\") }
                result.append(character)
            case "<":
                // An HTML tag, comment, declaration or autolink starts with `<` and one of these.
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if (next.isASCII && next.isLetter) || "/!?".contains(next) { result.append("\\") }
                result.append(character)
            case "&":
                if startsEntity(characters, at: index) { result.append("\\") }
                result.append(character)
            case "\n", "\r", "\r\n": result += " "
            case "\t": result.append(character)
            default:
                if character.unicodeScalars.contains(where: TerminalText.isControl) {
                    result += TerminalText.escaped(String(character))
                } else {
                    result.append(character)
                }
            }
        }
        if let first = result.first, "#-+=>".contains(first) {
            result = "\\" + result
        } else if let marker = result.firstIndex(where: { !($0.isASCII && $0.isNumber) }), marker != result.startIndex,
                  result[marker] == "." || result[marker] == ")" {
            // "1. x" would start an ordered list; "75.6" would not.
            let after = result.index(after: marker)
            if after == result.endIndex || result[after] == " " { result.insert("\\", at: marker) }
        }
        return result
    }

    /// Whether the `&` at `index` starts an entity or character reference Markdown would
    /// decode: `&name;` (up to 32 letters and digits), `&#123;` or `&#x1F;`.
    private static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var position = index + 1
        func isASCII(_ test: (Character) -> Bool) -> Bool {
            position < characters.count && characters[position].isASCII && test(characters[position])
        }
        var isDigit: (Character) -> Bool = { $0.isNumber }
        if position < characters.count, characters[position] == "#" {
            position += 1
            if position < characters.count, characters[position] == "x" || characters[position] == "X" {
                position += 1
                isDigit = { $0.isHexDigit }
            }
        } else if isASCII({ $0.isLetter }) {
            isDigit = { $0.isLetter || $0.isNumber }
        } else {
            return false
        }
        let start = position
        while isASCII(isDigit), position - start < 32 { position += 1 }
        return position > start && position < characters.count && characters[position] == ";"
    }
}
