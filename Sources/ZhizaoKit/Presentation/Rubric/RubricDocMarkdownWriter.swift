import Mustache

/// The handbook in GitHub-flavoured Markdown (`Reports/rubric.md.mustache`), every value
/// escaped for Markdown.
public struct RubricDocMarkdownWriter: RubricDocWriter {
    let template: MustacheTemplate

    public init() throws(ReportTemplateError) {
        _ = MarkdownContentType.register
        template = try ReportTemplates.compile(ReportTemplates.builtIn("rubric.md.mustache"))
    }

    public func write(_ model: RubricDocModel) -> String { template.render(model) }
}
