/// What `zhizao report --format` chooses from, and what `-o`'s ending names when `--format`
/// is not given.
public enum ReportFormat: String, FileFormat {
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

    /// Every file ending that names this format, the usual one first.
    public var fileExtensions: [String] {
        switch self {
        case .html: return ["html", "htm"]
        case .markdown: return ["md", "markdown"]
        case .json: return ["json"]
        case .docx: return ["docx"]
        }
    }

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
