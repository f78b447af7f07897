/// The ways `zhizao rubric-doc` prints a handbook; `--format` picks one.
public enum RubricDocFormat: String, FormatRegistry {
    case html, markdown

    /// The writer of this format; its built-in template is compiled here, so a broken one
    /// is an error, never an empty page.
    public func writer() throws(ReportTemplateError) -> any RubricDocWriter {
        switch self {
        case .html: return try RubricDocHTMLWriter()
        case .markdown: return try RubricDocMarkdownWriter()
        }
    }
}
