/// Something zhizao says, in every language it speaks. Phrases live in the catalogs
/// (`Words` in ZhizaoKit, `CELWords` in ZhizaoCEL); a phrase with values is a function of
/// typed arguments there, never a string put together at the call site.
public struct Phrase: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The phrase in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }

    /// `phrase(language)`, the same as `text(language)`.
    public func callAsFunction(_ language: Language) -> String { text(language) }

    /// The same phrase in every language.
    public static func same(_ text: String) -> Phrase { Phrase(zh: text, en: text) }
}
