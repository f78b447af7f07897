import ZhizaoCEL
import ZhizaoKit

/// Prints problems as `source:line:col: error: message`, which editors make clickable,
/// followed by the offending line and a caret under the column.
struct DiagnosticPrinter {
    let sourceName: String
    let sourceText: String
    let language: Language

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
                let indent = prefix.reduce(0) { $0 + DisplayWidth.of($1) }
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
}
