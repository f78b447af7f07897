/// Terminal columns of text: CJK characters take two, so Chinese tables line up.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        case 0x00...0x1F, 0x7F:
            return 0
        case 0x20...0x2FF:
            return 1  // Latin text, asked for every cell of a workbook: no property lookup
        default:
            return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }

    public static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// `text` followed by spaces up to `width` columns.
    public static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }
}

extension DisplayWidth {
    /// `text` in lines of at most `width` columns: Chinese may break between any two
    /// characters, other text at spaces (a word longer than a line is cut). A closing
    /// punctuation mark (`。，；：、）”`) never starts a line: it hangs past the width instead;
    /// an opening one (`（「“`) never ends a line. Chinese breaks after a punctuation mark or
    /// a space near the end of the line rather than inside a word (`不一/致`).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let closing: Set<String> = ["。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】"]
        let opening: Set<Character> = ["（", "「", "『", "“", "‘", "《", "〈", "【"]
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            var word = ""
            var wordWidth = 0
            func flushWord() {
                if lineWidth + wordWidth > width && !line.isEmpty && !word.isEmpty && !(word.count == 1 && closing.contains(word)) {
                    // Chinese text breaks anywhere, but reads better after a punctuation mark
                    // close to the end than inside a word (`基/础级`): carry a short tail over.
                    var carried = ""
                    if word.count == 1, of(word) == 2, let mark = line.lastIndex(where: { closing.contains(String($0)) || $0 == " " }) {
                        let tail = String(line[line.index(after: mark)...])
                        if !tail.isEmpty, !tail.contains(" "), of(tail) <= 12 { carried = tail; line.removeSubrange(line.index(after: mark)...) }
                    }
                    // An opening mark goes down with what it opens.
                    while let last = line.last, opening.contains(last), line.count > 1 {
                        carried = String(last) + carried
                        line.removeLast()
                    }
                    lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                    line = carried
                    lineWidth = of(carried)
                    if word.hasPrefix(" ") && carried.isEmpty { word.removeFirst(); wordWidth -= 1 }
                }
                line += word
                lineWidth += wordWidth
                word = ""
                wordWidth = 0
            }
            for character in paragraph {
                let w = of(String(character))
                // A wide character is a word of its own; a space ends a word and starts the next.
                if w == 2 || character == " " { flushWord() }
                word.append(character)
                wordWidth += w
                if w == 2 { flushWord() }
                if wordWidth >= width { flushWord() }
            }
            flushWord()
            lines.append(line)
        }
        return lines
    }
}
