import Foundation

/// A blank questionnaire as a file: text (YAML, CSV), or the bytes of a workbook.
public enum TemplateDocument: Sendable {
    case text(String)
    case binary(Data)
}

/// One layout of a blank questionnaire (`template --format`).
public protocol TemplateWriter: Sendable {
    func write(_ questionnaire: Questionnaire) throws -> TemplateDocument
}
