import Foundation
import ZhizaoKit

/// Lays out ArgumentParser's help and usage by display width. ArgumentParser wraps by
/// character count, so a line of Chinese (two columns a character) came out nearly twice as
/// wide as the terminal; here it renders its text unwrapped and every line is wrapped again,
/// CJK counted as two columns, English broken only between words.
enum HelpLayout {
    /// Where ArgumentParser starts the text of an option, an argument or a subcommand.
    static let labelColumn = 26

    /// The width help is laid out for: `COLUMNS`, else the terminal's, else 80.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 { return columns }
        var size = winsize()
        if isatty(1) == 1, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }

    /// A help screen (`OVERVIEW:` … `OPTIONS:` …) as ArgumentParser renders it unwrapped,
    /// laid out in `width` columns.
    static func help(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var inList = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty {
                inList = false
                lines.append(line)
            } else if isSectionHeader(line) {
                inList = true
                lines.append(line)
            } else if line.hasPrefix("USAGE: ") {
                lines += usage(String(line.dropFirst("USAGE: ".count)), label: "USAGE: ", width: width)
            } else if inList, let (label, text) = listEntry(line) {
                lines += hanging(label, text, indent: labelColumn, width: width)
            } else {
                let indent = line.prefix { $0 == " " }.count
                lines += hanging(String(repeating: " ", count: indent), String(line.dropFirst(indent)), indent: indent, width: width)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `zhizao score <files> ... [--rubric <PATH|ID>] …` after `label` (`USAGE: `, `Usage: `) in
    /// lines of at most `width` columns, broken only between the parts (never inside
    /// `[--x <Y>]`), continued under the first part.
    static func usage(_ line: String, label prefix: String, width: Int) -> [String] {
        let indent = DisplayWidth.of(prefix)
        var parts: [String] = []
        var part = ""
        var depth = 0
        for character in line {
            if character == " " && depth == 0 {
                if !part.isEmpty { parts.append(part) }
                part = ""
                continue
            }
            if character == "[" || character == "<" || character == "(" { depth += 1 }
            if character == "]" || character == ">" || character == ")" { depth = max(0, depth - 1) }
            part.append(character)
        }
        if !part.isEmpty { parts.append(part) }
        var lines: [String] = []
        var current = prefix
        var currentWidth = indent
        var empty = true
        for part in parts {
            let partWidth = DisplayWidth.of(part)
            if !empty && currentWidth + 1 + partWidth > width {
                lines.append(current)
                current = String(repeating: " ", count: indent)
                currentWidth = indent
                empty = true
            }
            current += (empty ? "" : " ") + part
            currentWidth += (empty ? 0 : 1) + partWidth
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// `OPTIONS:`, `ARGUMENTS:`, `SUBCOMMANDS:`: a list of entries follows.
    private static func isSectionHeader(_ line: String) -> Bool {
        line.hasSuffix(":") && line.dropLast().allSatisfy { ($0.isASCII && $0.isUppercase) || $0 == " " }
    }

    /// `  --rubric <PATH|ID>      text`: the label padded to the label column, and the text.
    /// A label too long for the column stands on its own line; its text follows indented.
    private static func listEntry(_ line: String) -> (String, String)? {
        let characters = Array(line)
        guard characters.count > labelColumn, characters[..<labelColumn].allSatisfy(\.isASCII),
              characters[labelColumn - 2] == " ", characters[labelColumn - 1] == " ", characters[labelColumn] != " "
        else { return nil }
        return (String(characters[..<labelColumn]), String(characters[labelColumn...]))
    }

    /// `text` after `label`, wrapped in `width` columns, continued under its start.
    static func paragraph(_ label: String, _ text: String, width: Int) -> [String] {
        hanging(label, text, indent: DisplayWidth.of(label), width: width)
    }

    /// `text` wrapped in `width - indent` columns, the first line after `first` (which is
    /// `indent` columns wide), the others after `indent` spaces.
    private static func hanging(_ first: String, _ text: String, indent: Int, width: Int) -> [String] {
        let room = max(20, width - indent)
        // A closing mark (`。，）`) may hang one character past the wrapping width.
        let hasWide = text.unicodeScalars.contains { DisplayWidth.of($0) == 2 }
        let wrapped = DisplayWidth.wrap(text, width: hasWide ? room - 2 : room)
        let pad = String(repeating: " ", count: indent)
        return wrapped.enumerated().map { index, line in (index == 0 ? first : pad) + line }
    }
}
