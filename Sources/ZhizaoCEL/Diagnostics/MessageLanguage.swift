/// The languages every user-facing message exists in. Chinese comes first: it is the
/// language of the people the tool is for.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case zh
    case en
}
