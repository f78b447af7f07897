import Foundation

/// One row of a sheet as an input to the pipeline (SPEC §2): read into the document a file
/// would hold, with the rubric its `rubric` column names (or `--rubric`, or the default),
/// then validated and scored like a file. Problems point at cells: `file:7:3`, or
/// `file:Sheet1!C7`.
public struct SheetRowSource: AssessmentSource {
    public let row: SheetRow
    public let sheet: SheetContext

    public init(row: SheetRow, in sheet: SheetContext) {
        self.row = row
        self.sheet = sheet
    }

    public var name: String { sheet.place.source(row.number) }

    public var rubricReference: String? {
        guard let column = sheet.rubricColumn, case .text(let text) = row.cell(column) else { return nil }
        return text.trimmingCharacters(in: .whitespaces)
    }

    public var folder: String? { (sheet.file as NSString).deletingLastPathComponent }

    public func document(for rubric: Rubric) -> PositionedDocument {
        let columns = sheet.columns(for: rubric)
        let collector = DiagnosticCollector(file: sheet.file)
        var builder = SheetRowDocument(row: row, columns: columns, date: sheet.date, collector: collector, rubric: rubric, sheet: sheet.place.sheet)
        let root = builder.build()
        return PositionedDocument(root: root, fingerprint: row.fingerprint, file: sheet.file, problems: columns.problems + collector.sorted,
                                  percentCells: builder.percentCells)
    }

    public func placed(_ diagnostic: Diagnostic) -> Diagnostic { sheet.place.placed(diagnostic) }

    /// A problem with the whole row, at its first cell: `file:7:1`, `file:Sheet1!A7`.
    public func error(_ message: Phrase) -> Diagnostic { sheet.place.error(row: row.number, column: 1, message) }
}
