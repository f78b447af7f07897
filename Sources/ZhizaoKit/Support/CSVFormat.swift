/// CSV as staff open it in Excel (SPEC §4): UTF-8 with a BOM, RFC 4180 quoting, and text
/// cells that could run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first)
/// written with a leading `'` (OWASP "CSV injection").
public enum CSVFormat {
    public static let byteOrderMark = "\u{FEFF}"

    /// A text cell: neutralised, then quoted if it holds a comma, quote or line break.
    public static func text(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { cell = "'" + cell }
        return quoted(cell)
    }

    static func quoted(_ cell: String) -> String {
        // Checked on the bytes: these four are ASCII, and UTF-8 never hides ASCII inside a character.
        guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }
}
