/// The languages zhizao speaks. Chinese comes first: it is the language of the people the
/// tool is for. Adding a language is adding a case here and a column to every `Phrase`.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// The BCP 47 tag documents declare (`<html lang>`): `zh-CN`, `en`.
    public var documentTag: String {
        switch self {
        case .zh: return "zh-CN"
        case .en: return "en"
        }
    }
}
