import Foundation

/// Text a person typed, in the form it is compared in (SPEC §2, "Forgiving where a person
/// typed it"): NFKC-normalised, so full-width digits, letters, blanks and punctuation from a
/// Chinese input method read as their half-width forms, then trimmed of blanks. Only for
/// matching: a name keeps its original text.
public enum TypedText {
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
