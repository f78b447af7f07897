import ZhizaoCEL

/// A problem found in a file, at a position: `file:line:col: error: message`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : (self == .warning ? 1 : 2) }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public let severity: Severity
    public let file: String
    public let position: SourcePosition
    public let message: Phrase
    /// For a cell of an XLSX sheet: the sheet's name. The position is then the cell's row and
    /// column, shown as `file:Sheet1!C7` (what Excel's name box shows) rather than line:col.
    public let sheet: String?

    public init(_ severity: Severity, file: String, position: SourcePosition, _ message: Phrase, sheet: String? = nil) {
        self.severity = severity
        self.file = file
        self.position = position
        self.message = message
        self.sheet = sheet
    }

    /// The line editors make clickable; `error:`/`warning:` stay in English so tools can
    /// parse them, the message is in the user's language.
    public func rendered(_ language: Language) -> String {
        "\(place): \(severity.rawValue): \(message.text(language))"
    }

    /// `file:line:col`, or `file:Sheet1!C7` for a spreadsheet cell.
    public var place: String {
        guard let sheet else { return "\(file):\(position.line):\(position.column)" }
        return "\(file):\(CellReference.text(sheet: sheet, row: position.line, column: position.column))"
    }

    /// The same problem, placed in a sheet of a workbook.
    public func inSheet(_ name: String) -> Diagnostic {
        Diagnostic(severity, file: file, position: position, message, sheet: name)
    }

    public var description: String { rendered(.en) }
}

/// Gathers every problem of a file, so a user fixes them all in one round.
final class DiagnosticCollector {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ message: Phrase, at position: SourcePosition, file: String? = nil) {
        diagnostics.append(Diagnostic(.error, file: file ?? self.file, position: position, message))
    }

    func warning(_ message: Phrase, at position: SourcePosition, file: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file ?? self.file, position: position, message))
    }

    func note(_ message: Phrase, at position: SourcePosition, file: String? = nil) {
        diagnostics.append(Diagnostic(.note, file: file ?? self.file, position: position, message))
    }

    /// Errors first, then by file and position: stable output whatever order checks ran in.
    var sorted: [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element
            let y = b.element
            if x.file != y.file { return x.file < y.file }
            if x.position != y.position { return x.position < y.position }
            return a.offset < b.offset
        }.map(\.element)
    }
}

extension InputError {
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(.error, file: file, position: SourcePosition(line: line, column: column), message)
    }
}
