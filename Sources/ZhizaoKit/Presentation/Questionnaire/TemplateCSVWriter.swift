/// The questionnaire as a CSV sheet in the wide layout of SPEC §2: a row of ids, then a row
/// of titles, UTF-8 with a BOM (so spreadsheet programs read the Chinese right). Each
/// indicator has its answer, its N/A reason where it may not apply, its evidence and its
/// note. (A CSV file has one sheet and no place for 填写说明: the XLSX template has it, and
/// `template` says so, with the essentials, when it writes a CSV file.)
public struct TemplateCSVWriter: TemplateWriter {
    public init() {}

    public func write(_ q: Questionnaire) -> TemplateDocument {
        .text(CSVFormat.byteOrderMark + CSVFormat.row(q.sheetColumns.map { CSVFormat.text($0.id) }) + CSVFormat.row(q.sheetColumns.map { CSVFormat.text($0.title) }))
    }
}
