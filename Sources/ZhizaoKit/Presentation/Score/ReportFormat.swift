/// What `zhizao report --format` chooses from.
public enum ReportFormat: String, FormatRegistry {
    case html, markdown, json

    /// `template`: a template file's text replacing the built-in one (HTML and Markdown; a
    /// template given with JSON is an error, not ignored).
    public func writer(template: String? = nil) throws(ReportTemplateError) -> any ScoreWriter {
        switch self {
        case .html: return try ReportHTMLWriter(template: template)
        case .markdown: return try ReportMarkdownWriter(template: template)
        case .json:
            if template != nil { throw ReportTemplateError(message: Words.Report.templateWithJSON) }
            return ScoreJSONWriter()
        }
    }

    /// The file ending reports of this format get.
    public var fileExtension: String {
        switch self {
        case .html: return "html"
        case .markdown: return "md"
        case .json: return "json"
        }
    }
}
