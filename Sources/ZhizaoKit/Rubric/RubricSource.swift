/// A document the rules come from (a ministry notice, a provincial guide), cited by id.
public struct RubricSource: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    /// The document number, e.g. 工信厅联通装函〔2025〕251号.
    public let reference: String?
    public let url: String?
}
