import Mustache

/// The report in Markdown, with the same content as the HTML page, from
/// `Reports/report.md.mustache` or a template the user gives.
public struct ReportMarkdownWriter: ScoreWriter {
    /// One compiled template per language, its labels written in.
    let templates: [Language: MustacheTemplate]

    public init(template: String? = nil) throws(ReportTemplateError) {
        _ = MarkdownContentType.register
        // The template is parsed as given first, so an error points into the user's text.
        let text = template ?? ReportTemplates.builtIn("report.md.mustache")
        _ = try ReportTemplates.compile(text)
        templates = try ReportTemplates.compiledPerLanguage(text, escape: Markup.markdown)
    }

    public func write(_ view: ScoreView) -> String { templates[view.messageLanguage]?.render(view) ?? "" }
}
