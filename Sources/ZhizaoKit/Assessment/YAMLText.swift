/// Scalars written into YAML that zhizao and other YAML readers read back as the same string.
enum YAMLText {
    /// `text` plain when that is unambiguous, else double-quoted (JSON escapes are valid YAML).
    ///
    /// Plain only when every character is a letter (Chinese included), a digit or one of a
    /// few harmless marks, it does not start with a mark, and YAML would not read it as
    /// something else: core-schema null, bool or number, or a YAML 1.1 bool (`yes`, `on`)
    /// that older readers still honour.
    static func scalar(_ text: String) -> String {
        if isPlain(text) { return text }
        var quoted = ""
        JSONValue.escape(text, into: &quoted)
        return quoted
    }

    private static let yaml11Words: Set<String> = ["y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"]

    private static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first) else { return false }
        for scalar in text.unicodeScalars {
            let harmless = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.@/（）、·，。：；！？“”‘’《》【】—…".unicodeScalars.contains(scalar)
            if !harmless { return false }
        }
        if yaml11Words.contains(text) { return false }
        if case .string = CoreSchemaScalar(plain: text) { return true }
        return false
    }

    /// Text for a `#` comment: on one line, since a line break would end the comment.
    static func comment(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 }))
    }
}
