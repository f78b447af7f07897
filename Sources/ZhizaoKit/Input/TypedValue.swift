import Foundation

/// The one reading of a value a person typed (SPEC §2, "Forgiving where a person typed
/// it"), shared by every door: a sheet cell, a `check` line, a YAML value matched against a
/// list. Each function takes the text as typed and first normalises it (`TypedText`: NFKC,
/// so `８５`, `Ｙ` and `２０２５／６／３０` read as `85`, `Y` and `2025/6/30`; then trimmed).
///
/// It only reads: it never decides what a field accepts or words a refusal. A caller that
/// matches a choice gets the candidates of an ambiguous prefix and names them by label.
public enum TypedValue {
    /// Text in the form it is compared in: NFKC, trimmed. Names keep their original text.
    public static func text(_ typed: String) -> String { TypedText.normalized(typed) }

    /// Free text (a name, a reason, evidence): its own characters, only trimmed of blanks
    /// (the ideographic space among them).
    public static func freeText(_ typed: String) -> String { typed.trimmingCharacters(in: .whitespacesAndNewlines) }

    // MARK: Dates

    /// `YYYY-MM-DD` for `YYYY-MM-DD`, `YYYY-M-D`, `YYYY/M/D` or `YYYY年M月D日` (full-width
    /// digits too) naming a day of the calendar; nil otherwise (`2025-2-30`, `25/6/30`).
    public static func date(_ typed: String) -> String? {
        let text = self.text(typed)
        var parts: [Substring]
        if text.contains("年") {
            guard text.hasSuffix("日") || text.hasSuffix("号") else { return nil }
            parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        } else if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
        } else {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
        }
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    // MARK: Yes or no

    /// `true`/`false`, `是`/`否`, `√`/`×`, `Y`/`N`, `yes`/`no`, any case; nil for anything else.
    public static func bool(_ typed: String) -> Bool? {
        switch text(typed).lowercased() {
        case "true", "是", "√", "✓", "y", "yes": return true
        case "false", "否", "×", "✗", "n", "no": return false
        default: return nil
        }
    }

    // MARK: Numbers

    /// A decimal number (`85`, `８５`, `-1.5`, `1e3`); for a percent, a trailing `%` (or `％`)
    /// is dropped: `45%` reads 45. Nil for anything else.
    public static func number(_ typed: String, percent: Bool = false) -> ExactNumber? {
        var text = self.text(typed)
        if percent, text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        return ExactNumber(decimal: text)
    }

    /// The text a number is written with in an assessment file, after normalising: `８５` →
    /// `85`, `45%` → `45` for a percent. Nil when it is no number.
    public static func numberText(_ typed: String, percent: Bool = false) -> String? {
        var text = self.text(typed)
        if percent, text.hasSuffix("%") { text = String(text.dropLast()).trimmingCharacters(in: .whitespaces) }
        return ExactNumber(decimal: text) == nil ? nil : text
    }

    /// Whether a percent answer is a fraction that was probably meant as a percentage:
    /// 0 < x < 1 (`0.45`, likely 45 %). It is taken literally and warned about (kind
    /// `fraction`), or, in `check`, confirmed.
    public static func looksLikeFraction(_ value: ExactNumber) -> Bool {
        ExactNumber.zero < value && value < ExactNumber.one
    }

    // MARK: Not applicable

    /// Words that say "does not apply": `不适用`, `不涉及`, `N/A`, `NA`, `not applicable`
    /// (any case). Typed into an answer cell, they are refused with where the reason goes.
    public static func isNotApplicableWord(_ typed: String) -> Bool {
        ["不适用", "不涉及", "n/a", "na", "not applicable"].contains(text(typed).lowercased())
    }

    // MARK: Choices

    /// One choice as a person may name it: its id and its labels (every language).
    public struct Option: Sendable, Equatable {
        public let id: String
        public let labels: [String]

        public init(id: String, labels: [String]) {
            self.id = id
            self.labels = labels
        }
    }

    /// What a typed choice names.
    public enum ChoiceMatch: Sendable, Equatable {
        /// One choice, by its id, a label, or a unique prefix of a label.
        case found(String)
        /// A prefix that begins the labels of several choices: their ids, in the list's order.
        case ambiguous([String])
        case none
    }

    /// Matches `typed` against `options`: an id (any case), a label in any language (any
    /// case), or a prefix of at least two characters that begins the labels of exactly one
    /// choice (`晨星` → 晨星工厂). A prefix shared by several choices is `ambiguous`.
    public static func choice(_ typed: String, among options: [Option]) -> ChoiceMatch {
        let text = self.text(typed)
        guard !text.isEmpty else { return .none }
        let key = text.lowercased()
        if let option = options.first(where: { $0.id == text }) ?? options.first(where: { $0.id.lowercased() == key }) {
            return .found(option.id)
        }
        if let option = options.first(where: { $0.labels.contains { self.text($0).lowercased() == key } }) { return .found(option.id) }
        guard text.count >= 2 else { return .none }
        let candidates = options.filter { $0.labels.contains { self.text($0).lowercased().hasPrefix(key) } }
        switch candidates.count {
        case 0: return .none
        case 1: return .found(candidates[0].id)
        default: return .ambiguous(candidates.map(\.id))
        }
    }
}
