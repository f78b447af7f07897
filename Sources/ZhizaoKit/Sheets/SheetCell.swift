import Foundation

/// One cell of a spreadsheet as read, before it means anything: CSV cells are all text;
/// XLSX cells keep what the file says they are, because a number styled as a date or a
/// percentage means something else than the same number plain (SPEC §2).
public enum SheetCell: Sendable, Equatable {
    case empty
    case text(String)
    /// A number as the file writes it (`85`, `0.3`, `1E-3`), never through a Double.
    case number(String, style: NumberStyle)
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A formula the file holds no computed value for (written by a program that never
    /// calculated it). Reading it would need a spreadsheet engine; it is reported.
    case formulaWithoutValue(String)
    /// A shared-string index the workbook has no string for.
    case missingSharedString(Int)

    /// What the number format of an XLSX cell says the number is.
    public enum NumberStyle: Sendable, Equatable {
        case plain
        /// A date (or date and time): the number counts days since the workbook's epoch.
        case date(ExcelDate)
        /// Shown as a percentage: `85%` is stored as 0.85.
        case percent
    }

    var isEmpty: Bool {
        switch self {
        case .empty: return true
        case .text(let text): return text.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }
        default: return false
        }
    }
}

/// A date serial of a workbook: days since 1899-12-30 (the 1900 system, with Lotus 1-2-3's
/// phantom 1900-02-29) or since 1904-01-01 (the 1904 system).
public struct ExcelDate: Sendable, Equatable {
    public let uses1904: Bool

    /// `YYYY-MM-DD` for a serial (its time of day dropped); nil when it is no day Excel shows.
    public func day(_ serial: String) -> String? {
        guard let value = Double(serial), value.isFinite, value >= 0, value < 2_958_466 else { return nil }
        let serial = Int(value.rounded(.down))
        var days: Int  // since 1899-12-30
        if uses1904 {
            days = serial + 1462  // 1904-01-01 is 1462 days after 1899-12-30
        } else {
            // Serial 1 is 1900-01-01; 60 is Lotus 1-2-3's 1900-02-29, a day that never was;
            // from 61 on, serials count from 1899-12-30.
            guard serial >= 1, serial != 60 else { return nil }
            days = serial < 60 ? serial + 1 : serial
        }
        // Days since 1899-12-30 → civil date (Howard Hinnant's algorithm).
        let z = days - 25569 + 719_468  // 25569 = serial of 1970-01-01
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
