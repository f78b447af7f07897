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
}

/// What reading a sheet yields, row by row: a row, or a problem that ends the reading (the
/// rows after it cannot be told apart, so they are one reject, never silently merged).
public enum SheetReadStep: Sendable {
    case row(SheetRow)
    case failure(Diagnostic)
}
