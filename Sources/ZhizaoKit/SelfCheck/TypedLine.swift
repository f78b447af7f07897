import Foundation

/// A line as typed in `check` (SPEC §2 "Forgiving where a person typed it"): what is matched
/// against a list — numbers, choice numbers, ids, labels, commands — is read NFKC-normalised
/// and trimmed, so `１`, `４５`, `？` and `ｑ` from a Chinese input method read as `1`, `45`,
/// `?` and `q`; free text (a name, a reason, evidence) keeps its own characters and is only
/// trimmed.
///
/// One small function on purpose: when ZhizaoKit's shared normaliser lands, `matchable`
/// becomes a call to it.
enum TypedLine {
    /// For matching: NFKC, then trimmed (NFKC turns the ideographic space into a space).
    static func matchable(_ line: String) -> String {
        line.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
    }

    /// Free text: trimmed only (the ideographic space counts as white space).
    static func text(_ line: String) -> String {
        line.trimmingCharacters(in: .whitespaces)
    }
}
