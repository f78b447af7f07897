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

extension LocalizedText {
    /// The text in each language zhizao speaks, for a message (`fallback`: the rubric's
    /// first locale).
    public func phrase(fallback: String? = nil) -> Phrase {
        Phrase(zh: text("zh", fallback: fallback), en: text("en", fallback: fallback))
    }
}

extension Rubric {
    /// A rubric text in each language, for a message.
    public func phrase(_ text: LocalizedText) -> Phrase { text.phrase(fallback: defaultLocale) }
}
