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

    /// The template with every `{{labels.x}}` replaced by that label in `language`, escaped
    /// by `escape`: the labels are the same in every report of a language, and a batch of
    /// reports looked each one up through the context stack in every row. Labels holding a
    /// Mustache delimiter are left to the renderer.
    static func withLabels(_ text: String, _ language: Language, escape: (String) -> String) -> String {
        let labels = ReportLabels(language)
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{labels.") {
            // A triple mustache (`{{{labels.x}}}`) is not escaped: leave it to the renderer.
            let tripled = open.lowerBound > rest.startIndex && rest[rest.index(before: open.lowerBound)] == "{"
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += rest[..<open.lowerBound]
            if !tripled, name.allSatisfy({ $0.isLetter || $0.isNumber }), let value = labels.child(named: name) as? String,
               !value.contains("{{"), !value.contains("}}") {
                result += escape(value)
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// The template compiled once per language, its labels written in (`withLabels`).
    static func compiledPerLanguage(_ text: String, escape: (String) -> String) throws(ReportTemplateError) -> [Language: MustacheTemplate] {
        var templates: [Language: MustacheTemplate] = [:]
        for language in Language.allCases { templates[language] = try compile(withLabels(text, language, escape: escape)) }
        return templates
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
