import Mustache

/// The handbook as one HTML page (`Reports/rubric.html.mustache`).
public struct RubricDocHTMLWriter: RubricDocWriter {
    let template: MustacheTemplate

    public init() throws(ReportTemplateError) {
        template = try ReportTemplates.compile(ReportTemplates.builtIn("rubric.html.mustache"))
    }

    public func write(_ model: RubricDocModel) -> String { template.render(model) }
}
