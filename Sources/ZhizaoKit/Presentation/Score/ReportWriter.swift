import Foundation

/// A report as a file: text (HTML, Markdown, JSON) or the bytes of a Word document.
public enum ReportDocument: Sendable {
    case text(String)
    case binary(Data)

    /// The file's bytes (text in UTF-8).
    public var data: Data {
        switch self {
        case .text(let text): return Data(text.utf8)
        case .binary(let data): return data
        }
    }
}

/// One format of `zhizao report`: the view model as a file. The text formats are the score
/// writers; the Word document is bytes, and writing it can fail (its archive).
public protocol ReportWriter: Sendable {
    func document(_ view: ScoreView) throws -> ReportDocument
}

extension ReportWriter where Self: ScoreWriter {
    public func document(_ view: ScoreView) -> ReportDocument { .text(write(view)) }
}

extension ReportHTMLWriter: ReportWriter {}
extension ReportMarkdownWriter: ReportWriter {}
extension ScoreJSONWriter: ReportWriter {}
