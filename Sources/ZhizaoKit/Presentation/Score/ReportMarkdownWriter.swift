import Mustache

/// The report in Markdown, with the same content as the HTML page, from
/// `Reports/report.md.mustache` or a template the user gives.
public struct ReportMarkdownWriter: ScoreWriter {
    let template: MustacheTemplate

    public init(template: String? = nil) throws(ReportTemplateError) {
        _ = MarkdownContentType.register
        self.template = try ReportTemplates.compile(template ?? ReportTemplates.builtIn("report.md.mustache"))
    }

    public func write(_ view: ScoreView) -> String { template.render(view) }
}
