/// Where a sheet is — a CSV file, or one worksheet of a workbook — and how its inputs and
/// problems are named: a row's `source` is `file:7` or `file:Sheet1:7`; a problem points at
/// `file:7:3` or `file:Sheet1!C7`.
public struct SheetPlace: Sendable {
    public let file: String
    /// The worksheet's name in a workbook; nil for a CSV file.
    public let sheet: String?

    /// The sheet itself, for a problem that concerns all of it.
    public var source: String { sheet.map { "\(file):\($0)" } ?? file }

    /// A row's `source`.
    public func source(_ row: Int) -> String { "\(source):\(row)" }

    /// Places a diagnostic read at a row and column in the sheet.
    func placed(_ diagnostic: Diagnostic) -> Diagnostic { sheet.map { diagnostic.inSheet($0) } ?? diagnostic }

    /// An error at a cell (row and column 1-based).
    func error(row: Int, column: Int, _ message: Phrase) -> Diagnostic {
        placed(Diagnostic(.error, file: file, position: SourcePosition(line: row, column: column), message))
    }
}
