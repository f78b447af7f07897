import ZhizaoCEL

/// The ways `zhizao diff` prints a diff; `--format` picks one.
public enum DiffFormat: String, Sendable, CaseIterable {
    case text, markdown, json

    public func render(_ diff: AssessmentDiff, language: Language) -> String {
        switch self {
        case .text: return DiffText(diff, language: language).render()
        case .markdown: return DiffMarkdown(diff, language: language).render()
        case .json: return DiffJSON.value(diff, language: language).serialized() + "\n"
        }
    }
}
