import Foundation
import Mustache

/// A template that does not parse.
public struct ReportTemplateError: Error, Sendable {
    public let message: Phrase
}

/// The templates built into the binary (`Reports/*.mustache`).
enum ReportTemplates {
    static func builtIn(_ name: String) -> String {
        guard let encoded = EmbeddedFiles.contents["Reports/\(name)"], let data = Data(base64Encoded: encoded),
              let text = String(data: data, encoding: .utf8) else {
            preconditionFailure("the built-in template Reports/\(name) is missing from the binary")
        }
        return text
    }

    static func compile(_ text: String) throws(ReportTemplateError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            var position = ""
            if let parse = error as? MustacheTemplate.ParserError {
                position = "\(parse.context.lineNumber):\(parse.context.columnNumber): "
            }
            throw ReportTemplateError(message: Words.Report.invalidTemplate(position: position, reason: "\(error)"))
        }
    }
}
