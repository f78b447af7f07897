import Foundation

/// The comments a person wrote into an answers file that `check` would not write back: the
/// writer lays the file out anew (its own comments are the titles beside each answer), so
/// on `--resume` these are found first and the user told once, with a copy of the original.
public enum CheckComments {
    /// Line numbers (1-based) of comments in `original` whose text the rewritten file lacks.
    public static func dropped(original: String, rewritten: String) -> [Int] {
        var kept: [String: Int] = [:]
        for (_, comment) in comments(rewritten) { kept[comment, default: 0] += 1 }
        var lines: [Int] = []
        for (line, comment) in comments(original) {
            // Its own header, as any version of check wrote it, is not the user's.
            if comment.hasPrefix("由 zhizao check 保存") || comment.hasPrefix("Saved by zhizao check") { continue }
            if let count = kept[comment], count > 0 {
                kept[comment] = count - 1
            } else {
                lines.append(line)
            }
        }
        return lines
    }

    /// Each line's comment text (after `#`, trimmed), skipping `#` inside quotes or inside a
    /// plain scalar (a `#` not after white space).
    static func comments(_ text: String) -> [(line: Int, text: String)] {
        var out: [(Int, String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var quote: Character?
            var previous: Character = " "
            for (offset, character) in line.enumerated() {
                if let open = quote {
                    if character == open { quote = nil }
                } else if character == "\"" || character == "'" {
                    if previous == " " || previous == "{" || previous == "[" || previous == ":" || previous == "," { quote = character }
                } else if character == "#", previous == " " || previous == "\t" {
                    let comment = String(line.dropFirst(offset + 1)).trimmingCharacters(in: .whitespaces)
                    if !comment.isEmpty { out.append((index + 1, comment)) }
                    break
                }
                previous = character
            }
        }
        return out
    }
}
