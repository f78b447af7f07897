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
    /// item: inline syntax (emphasis, code, links, tables, strikethrough) is backslash-escaped,
    /// angle brackets and ampersands become entities (so no HTML gets through), what would
    /// start a block (`#`, `-`, `+`, `=`, `1.`) is escaped at the start, and line breaks
    /// become spaces (a cell is one line).
    static func markdown(_ text: String) -> String {
        // Most values (names, codes, sentences) hold nothing Markdown reads: return them as they are.
        if let first = text.utf8.first, !"#-+=0123456789".utf8.contains(first),
           !text.utf8.contains(where: { "\\`*[]|~_<>&\n\r".utf8.contains($0) }) {
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
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&":
                // Only where it could start an entity (`&amp;`, `&#60;`).
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                result += next.isLetter || next == "#" ? "&amp;" : "&"
            case "\n", "\r", "\r\n": result += " "
            default: result.append(character)
            }
        }
        if let first = result.first, "#-+=".contains(first) {
            result = "\\" + result
        } else if let marker = result.firstIndex(where: { !($0.isASCII && $0.isNumber) }), marker != result.startIndex,
                  result[marker] == "." || result[marker] == ")" {
            // "1. x" would start an ordered list; "75.6" would not.
            let after = result.index(after: marker)
            if after == result.endIndex || result[after] == " " { result.insert("\\", at: marker) }
        }
        return result
    }
}
