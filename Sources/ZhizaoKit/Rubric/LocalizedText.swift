import OrderedCollections

/// Text in the rubric's languages: written either as a plain string (the same in every
/// language) or as a map locale → string. A missing locale falls back to the rubric's first.
public struct LocalizedText: Sendable, Hashable {
    public let translations: OrderedDictionary<String, String>

    public init(_ translations: OrderedDictionary<String, String>) {
        self.translations = translations
    }

    public init(plain text: String) {
        self.translations = ["": text]
    }

    public init(zh: String, en: String) {
        self.translations = ["zh": zh, "en": en]
    }

    /// The text in `locale`, else in `fallback` (the rubric's first locale), else any.
    public func text(_ locale: String, fallback: String? = nil) -> String {
        if let text = translations[locale] { return text }
        if let fallback, let text = translations[fallback] { return text }
        return translations[""] ?? translations.values.first ?? ""
    }
}
