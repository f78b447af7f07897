import Foundation

/// What every row of one sheet shares: where it is, its header, and the header's meaning
/// under each rubric (worked out once per rubric, not once per row).
public final class SheetContext: @unchecked Sendable {
    public let file: String
    /// The worksheet's name in a workbook; nil for a CSV file.
    public let sheet: String?
    public let header: SheetRow
    let date: ExcelDate
    private let lock = NSLock()
    private var columnsByRubric: [ObjectIdentifier: SheetColumns] = [:]

    /// The `rubric` column, if the sheet has one (looked up once, read for every row).
    let rubricColumn: Int?

    init(file: String, sheet: String?, header: SheetRow, date: ExcelDate) {
        self.file = file
        self.sheet = sheet
        self.header = header
        self.date = date
        rubricColumn = Self.column(of: "rubric", in: header)
    }

    /// A row's `source`: `file:7` for a CSV row, `file:Sheet1:7` for a worksheet row.
    public func source(_ row: Int) -> String {
        sheet.map { "\(file):\($0):\(row)" } ?? "\(file):\(row)"
    }

    /// The sheet itself, for a problem that concerns all of it.
    public var sheetSource: String { sheet.map { "\(file):\($0)" } ?? file }

    /// Places a diagnostic in the sheet (`file:Sheet1!C7` for a workbook).
    func placed(_ diagnostic: Diagnostic) -> Diagnostic { sheet.map { diagnostic.inSheet($0) } ?? diagnostic }

    func columns(for rubric: Rubric) -> SheetColumns {
        lock.lock()
        defer { lock.unlock() }
        if let columns = columnsByRubric[ObjectIdentifier(rubric)] { return columns }
        let columns = SheetColumns(header: header, rubric: rubric, file: file)
        columnsByRubric[ObjectIdentifier(rubric)] = columns
        return columns
    }

    /// The column of an id in the header (0-based), if there is one.
    func column(of id: String) -> Int? { Self.column(of: id, in: header) }

    static func column(of id: String, in header: SheetRow) -> Int? {
        header.cells.firstIndex { if case .text(let text) = $0 { return text.trimmingCharacters(in: .whitespaces) == id }; return false }
    }
}
