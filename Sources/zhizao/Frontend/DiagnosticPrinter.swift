import ZhizaoCEL

/// Prints problems as `source:line:col: error: message`, which editors make clickable,
/// followed by the offending line and a caret under the column.
struct DiagnosticPrinter {
    let sourceName: String
    let sourceText: String
    let language: MessageLanguage

    func render(line: Int, column: Int, message: String) -> String {
        let lines = sourceText.split(separator: "\n", omittingEmptySubsequences: false)
        var line = line
        var column = column
        if line > lines.count {
            // Parsers report "unexpected end" just past the text: point at its last character.
            line = lines.count
            column = (lines.last?.unicodeScalars.count ?? 0) + 1
        }
        var out = "\(sourceName):\(line):\(column): error: \(message)\n"
        if line >= 1, line <= lines.count {
            let text = String(lines[line - 1])
            // Long lines (a 1 MB expression) are not echoed whole.
            if text.unicodeScalars.count <= 200 {
                let prefix = text.unicodeScalars.prefix(max(0, column - 1))
                let indent = prefix.reduce(0) { $0 + Self.displayWidth($1) }
                out += "    " + text + "\n"
                out += "    " + String(repeating: " ", count: indent) + "^\n"
            }
        }
        return out
    }

    func render(_ diagnostic: CELDiagnostic) -> String {
        render(line: diagnostic.location.line, column: diagnostic.location.column,
               message: diagnostic.message(language))
    }

    /// Terminal columns a character takes: CJK and other wide characters take two, so the
    /// caret lines up under Chinese text.
    static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        case 0x00...0x1F, 0x7F:
            return 0
        default:
            return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }
}
