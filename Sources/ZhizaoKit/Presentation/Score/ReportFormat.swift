/// What `zhizao report --format` chooses from, and what `-o`'s ending names when `--format`
/// is not given.
public enum ReportFormat: String, FormatRegistry {
    case html, markdown, json, docx

    /// `template`: a template file's text replacing the built-in one (HTML and Markdown; a
    /// template given with JSON or Word is an error, not ignored).
    public func writer(template: String? = nil) throws(ReportTemplateError) -> any ReportWriter {
        switch self {
        case .html: return try ReportHTMLWriter(template: template)
        case .markdown: return try ReportMarkdownWriter(template: template)
        case .json:
            if template != nil { throw ReportTemplateError(message: Words.Report.templateWithJSON) }
            return ScoreJSONWriter()
        case .docx:
            if template != nil { throw ReportTemplateError(message: Words.Report.templateWithDocx) }
            return ReportDocxWriter()
        }
    }

    /// The file ending reports of this format get.
    public var fileExtension: String { fileExtensions[0] }

    /// Every file ending that names this format, the usual one first.
    public var fileExtensions: [String] {
        switch self {
        case .html: return ["html", "htm"]
        case .markdown: return ["md", "markdown"]
        case .json: return ["json"]
        case .docx: return ["docx"]
        }
    }

    /// The format a file's ending names (`报告.md` → markdown, in any letter case); nil for
    /// another ending or none.
    public static func named(byExtensionOf path: String) -> ReportFormat? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...].lowercased()
        return allCases.first { $0.fileExtensions.contains(ending) }
    }

    /// `.html .htm .md .markdown .json .docx`, for messages.
    public static var knownExtensions: [String] { allCases.flatMap { $0.fileExtensions.map { "." + $0 } } }

    /// Whether a terminal shows it as text people read (Markdown, JSON); HTML and Word are
    /// files for a browser or a word processor, never printed to a terminal.
    public var isReadableInTerminal: Bool {
        switch self {
        case .markdown, .json: return true
        case .html, .docx: return false
        }
    }

    /// `HTML`, `Word`: the format's name in a sentence.
    public var displayName: String {
        switch self {
        case .html: return "HTML"
        case .markdown: return "Markdown"
        case .json: return "JSON"
        case .docx: return "Word"
        }
    }
}
