/// The catalog of the words zhizao prints: every fixed text a user reads, Chinese first,
/// as a `Phrase`. One nested namespace per area, each in its own file
/// (`Words+Report.swift`, `Words+Ranking.swift`, …). A text with values is a function of
/// typed arguments (`Words.Plan.roadmap(to: title)`), so no call site pastes sentences
/// together and adding a language means adding one column to these files, nothing else.
///
/// Texts a rubric supplies (titles, questions, advice) are not here: they come from the
/// rubric in its own languages (`LocalizedText`).
public enum Words {
    /// Punctuation that differs between the languages.
    public enum Punctuation {
        /// After a label: `企业：`, `Enterprise: `.
        public static let colon = Phrase(zh: "：", en: ": ")
        /// Between items of a list: `、` / `, `.
        public static let listSeparator = Phrase(zh: "、", en: ", ")
        /// Between clauses: `；` / `; `.
        public static let clauseSeparator = Phrase(zh: "；", en: "; ")

        /// `text` in brackets after a word: `（暂定）`, ` (provisional)`.
        public static func parenthetical(_ text: String) -> Phrase {
            Phrase(zh: "（\(text)）", en: " (\(text))")
        }
    }
}
