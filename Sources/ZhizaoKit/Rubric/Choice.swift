/// One answer an indicator or a choice fact offers: an id, what it says, what it scores.
public struct Choice: Sendable, Identifiable, Hashable {
    public let id: String
    public let label: LocalizedText
    /// In [0, 1]; nil for profile-fact choices, which are not scored.
    public let score: ExactNumber?
    /// The relative cost of reaching this level from the one below it (SPEC §1 `step`,
    /// default 1); the improvement plan multiplies it by the indicator's effort.
    public let step: Int

    public init(id: String, label: LocalizedText, score: ExactNumber?, step: Int = 1) {
        self.id = id
        self.label = label
        self.score = score
        self.step = step
    }
}

/// A reusable set of answers (e.g. 全部满足 / 大部分满足 / 部分满足 / 不满足).
public struct Scale: Sendable, Identifiable {
    public let id: String
    public let choices: [Choice]
}

extension Choice {
    /// This choice as a person may name it: its id and its label in every language.
    public var typedOption: TypedValue.Option {
        TypedValue.Option(id: id, labels: Array(label.translations.values))
    }
}

extension Array where Element == Choice {
    /// A typed choice matched against these choices (SPEC §2): id, label in any language, or
    /// a unique label prefix of at least two characters.
    public func match(_ typed: String) -> TypedValue.ChoiceMatch {
        TypedValue.choice(typed, among: map(\.typedOption))
    }
}
