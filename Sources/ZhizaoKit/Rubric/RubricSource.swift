/// A document the rules come from (a ministry notice, a provincial guide), cited by id.
public struct RubricSource: Sendable, Hashable, Identifiable {
    /// How far the source can be trusted for what the rubric takes from it (domain.md's
    /// marks): an official text, or only a rewrite of one that someone should check.
    public enum Reliability: String, Sendable, CaseIterable {
        /// The fact appears in the text of the document cited (or an official forwarding).
        case confirmed
        /// Only in an unofficial rewrite (news, a blog, a public repository).
        case secondary
    }

    public let id: String
    public let title: LocalizedText
    /// The document number, e.g. 工信厅联通装函〔2025〕251号.
    public let reference: String?
    public let url: String?
    public let reliability: Reliability
    public let note: LocalizedText?

    public init(id: String, title: LocalizedText, reference: String?, url: String?,
                reliability: Reliability = .confirmed, note: LocalizedText? = nil) {
        self.id = id
        self.title = title
        self.reference = reference
        self.url = url
        self.reliability = reliability
        self.note = note
    }
}
