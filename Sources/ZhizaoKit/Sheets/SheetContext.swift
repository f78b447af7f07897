import Foundation

/// What every row of one sheet shares: where it is, its header, and the header's meaning
/// under each rubric (worked out once per rubric, not once per row).
public final class SheetContext: @unchecked Sendable {
    public let place: SheetPlace
    public let header: SheetRow
    let date: ExcelDate
    private let lock = NSLock()
    private var columnsByRubric: [ObjectIdentifier: SheetColumns] = [:]

    /// The `rubric` column, if the sheet has one (looked up once, read for every row).
    let rubricColumn: Int?

    init(place: SheetPlace, header: SheetRow, date: ExcelDate) {
        self.place = place
        self.header = header
        self.date = date
        rubricColumn = Self.column(of: "rubric", in: header)
    }

    public var file: String { place.file }

    func columns(for rubric: Rubric) -> SheetColumns {
        lock.lock()
        defer { lock.unlock() }
        if let columns = columnsByRubric[ObjectIdentifier(rubric)] { return columns }
        let columns = SheetColumns(header: header, rubric: rubric, file: place.file)
        columnsByRubric[ObjectIdentifier(rubric)] = columns
        return columns
    }

    /// The column of an id in the header (0-based), if there is one.
    func column(of id: String) -> Int? { Self.column(of: id, in: header) }

    static func column(of id: String, in header: SheetRow) -> Int? {
        header.cells.firstIndex { if case .text(let text) = $0 { return text.trimmingCharacters(in: .whitespaces) == id }; return false }
    }
}
