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
        guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func row(_ cells: [String]) -> String { cells.joined(separator: ",") + "\r\n" }
}
