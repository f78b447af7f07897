import Foundation
import Mustache

/// `zhizao rubric-doc`: a rubric rendered as a handbook, in HTML or Markdown.
public struct RubricDocRenderer: Sendable {
    public static let identifiers = [ReportFormat.html.rawValue, ReportFormat.markdown.rawValue]
    let template: MustacheTemplate

    public init(format: String) throws(ReportTemplateError) {
        _ = MarkdownContentType.register
        let name = format == ReportFormat.markdown.rawValue ? "rubric.md.mustache" : "rubric.html.mustache"
        template = try ReportTemplates.compile(ReportTemplates.builtIn(name))
    }

    public func render(_ model: RubricDocModel) -> String { template.render(model) }
}
