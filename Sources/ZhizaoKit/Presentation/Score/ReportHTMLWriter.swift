import Mustache

/// The report as one self-contained HTML page (inline CSS and SVG, no script), from
/// `Reports/report.html.mustache` or a template the user gives.
public struct ReportHTMLWriter: ScoreWriter {
    /// One compiled template per language, its labels written in.
    let templates: [Language: MustacheTemplate]

    public init(template: String? = nil) throws(ReportTemplateError) {
        _ = HTMLContentType.register
        // The template is parsed as given first, so an error points into the user's text.
        let text = template ?? ReportTemplates.builtIn("report.html.mustache")
        _ = try ReportTemplates.compile(text)
        templates = try ReportTemplates.compiledPerLanguage(text, escape: Markup.html)
    }

    public func write(_ view: ScoreView) -> String { templates[view.messageLanguage]?.render(view) ?? "" }
}
