import Foundation

/// A1-style cell names (`C7`, `AA12`), as Excel and LibreOffice show them, so a consultant
/// can go straight to the cell an error names.
public enum CellReference {
    /// `C` for column 3, `AA` for 27 (1-based).
    public static func columnName(_ column: Int) -> String {
        var number = max(1, column)
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(UnicodeScalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }

    /// The column number of `C7` or `C` (1-based); nil when it names no column.
    public static func columnNumber(_ reference: some StringProtocol) -> Int? {
        var number = 0
        var seen = false
        for scalar in reference.unicodeScalars {
            guard (65...90).contains(scalar.value) else { break }
            number = number * 26 + Int(scalar.value - 64)
            seen = true
            if number > 1 << 20 { return nil }
        }
        return seen ? number : nil
    }

    /// `Sheet1!C7`; a sheet name with anything but letters, digits and `_` is quoted
    /// (`'My sheet'!C7`), as Excel writes it.
    public static func text(sheet: String, row: Int, column: Int) -> String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return "\(name)!\(columnName(column))\(row)"
    }
}
