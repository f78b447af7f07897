import Foundation
import Mustache

/// One output format of a report (SPEC §4 `report --format`), as SwiftLint keeps its
/// reporters: a small type with an identifier, rendering the one model every format shares.
public protocol Reporter: Sendable {
    /// What `--format` says to pick this reporter.
    static var identifier: String { get }
    func render(_ model: ReportModel) -> String
}

/// The reporters `--format` chooses from.
public enum Reporters {
    public static let identifiers = [HTMLReporter.identifier, MarkdownReporter.identifier, JSONReporter.identifier]

    /// `template`: a template file's text replacing the built-in one (HTML and Markdown only).
    public static func reporter(_ identifier: String, template: String? = nil) throws(ReportTemplateError) -> any Reporter {
        switch identifier {
        case HTMLReporter.identifier: return try HTMLReporter(template: template)
        case MarkdownReporter.identifier: return try MarkdownReporter(template: template)
        default: return JSONReporter()
        }
    }
}

public struct HTMLReporter: Reporter {
    public static let identifier = "html"
    let template: MustacheTemplate

    public init(template: String? = nil) throws(ReportTemplateError) {
        self.template = try ReportTemplates.compile(template ?? ReportTemplates.builtIn("report.html.mustache"))
    }

    public func render(_ model: ReportModel) -> String { template.render(model) }
}

public struct MarkdownReporter: Reporter {
    public static let identifier = "markdown"
    let template: MustacheTemplate

    public init(template: String? = nil) throws(ReportTemplateError) {
        _ = MarkdownContentType.register
        self.template = try ReportTemplates.compile(template ?? ReportTemplates.builtIn("report.md.mustache"))
    }

    public func render(_ model: ReportModel) -> String { template.render(model) }
}

/// The machine-readable report: the result JSON of SPEC §4, pretty-printed.
public struct JSONReporter: Reporter {
    public static let identifier = "json"

    public init() {}

    public func render(_ model: ReportModel) -> String { ResultJSON.value(model.result, language: model.messageLanguage).serialized() + "\n" }
}
