import Mustache

/// The report as one self-contained HTML page (inline CSS and SVG, no script), from
/// `Reports/report.html.mustache` or a template the user gives.
public struct ReportHTMLWriter: ScoreWriter {
    let template: MustacheTemplate

    public init(template: String? = nil) throws(ReportTemplateError) {
        self.template = try ReportTemplates.compile(template ?? ReportTemplates.builtIn("report.html.mustache"))
    }

    public func write(_ view: ScoreView) -> String { template.render(view) }
}
