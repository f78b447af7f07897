/// One row of a sheet: its number as the spreadsheet shows it (1-based, the header is row 1)
/// and its cells by column (index 0 is column A / the first CSV field).
public struct SheetRow: Sendable {
    public let number: Int
    public let cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    func cell(_ column: Int) -> SheetCell { column < cells.count ? cells[column] : .empty }

    /// `sha256:` of the cells as read, one per line.
    var fingerprint: String {
        var text = ""
        for cell in cells {
            switch cell {
            case .empty: break
            case .text(let value): text += value
            case .number(let raw, _): text += raw
            case .bool(let value): text += value ? "TRUE" : "FALSE"
            case .error(let code): text += code
            case .formulaWithoutValue(let formula): text += "=" + formula
            case .missingSharedString(let index): text += "#\(index)"
            }
            text += "\u{1F}"
        }
        return AssessmentReader.fingerprint(Array(text.utf8))
    }
}

/// What reading a sheet yields, row by row: a row, or a row that cannot be split into cells
/// (a broken quote in a CSV file): the cells read before the problem, the problem's column
/// (1-based) and what it is. Reading goes on after it; only that row is lost.
public enum SheetReadStep: Sendable {
    case row(SheetRow)
    case unreadableRow(SheetRow, column: Int, problem: Phrase)
}
