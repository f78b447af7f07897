/// The ways `zhizao diff` prints a diff; `--format` picks one.
public enum DiffFormat: String, FormatRegistry {
    case text, markdown, json

    public var writer: any DiffWriter {
        switch self {
        case .text: return DiffTextWriter()
        case .markdown: return DiffMarkdownWriter()
        case .json: return DiffJSONWriter()
        }
    }

    /// The diff in this format, in `language` (the JSON's keys and values are the same in
    /// every language; only its error messages are translated).
    public func render(_ diff: AssessmentDiff, language: Language, version: String) -> String {
        writer.write(DiffView(diff, language: language, version: version))
    }
}
