/// What a cell's number format says its number is (ECMA-376 §18.8.30, and the East Asian
/// built-in formats that Chinese Excel and WPS use, 27–36 and 50–58, which are dates).
struct XLSXNumberFormats: Sendable {
    /// Custom formats by id (`<numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>`).
    var custom: [Int: String] = [:]
    /// The number format id of each cell style (`<cellXfs><xf numFmtId="14"/>`), by style index.
    var cellStyles: [Int] = []

    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)
    static let builtInPercents: Set<Int> = [9, 10]

    func style(ofCellStyle index: Int?, date: ExcelDate) -> SheetCell.NumberStyle {
        guard let index, index >= 0, index < cellStyles.count else { return .plain }
        let id = cellStyles[index]
        if let code = custom[id] { return Self.classify(code, date: date) }
        if Self.builtInDates.contains(id) { return .date(date) }
        if Self.builtInPercents.contains(id) { return .percent }
        return .plain
    }

    /// A format code is a date when, outside quoted text, escapes and `[…]` sections (colours,
    /// locales), it has a date or time letter; a percentage when it has `%`.
    static func classify(_ code: String, date: ExcelDate) -> SheetCell.NumberStyle {
        // Only the first section (positive numbers) matters here.
        var stripped = ""
        var inQuote = false
        var inBracket = false
        var escaped = false
        for character in code {
            if escaped { escaped = false; continue }
            if inQuote { if character == "\"" { inQuote = false }; continue }
            if inBracket { if character == "]" { inBracket = false }; continue }
            switch character {
            case "\"": inQuote = true
            case "[": inBracket = true
            case "\\", "_", "*": escaped = true  // the next character is literal (or padding)
            case ";": break
            default: stripped.append(character)
            }
            if character == ";" { break }
        }
        let lower = stripped.lowercased().replacingOccurrences(of: "general", with: "")
        if lower.contains(where: { "ymdhs年月日时分秒".contains($0) }) { return .date(date) }
        if lower.contains("%") { return .percent }
        return .plain
    }
}
