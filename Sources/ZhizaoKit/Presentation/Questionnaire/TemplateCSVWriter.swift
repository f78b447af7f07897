/// The questionnaire as a CSV sheet in the wide layout of SPEC §2: a row of ids, then a row
/// of titles, UTF-8 with a BOM (so spreadsheet programs read the Chinese right).
public struct TemplateCSVWriter: TemplateWriter {
    public init() {}

    public func write(_ q: Questionnaire) -> TemplateDocument {
        .text(CSVFormat.byteOrderMark + CSVFormat.row(q.fields.map { CSVFormat.text($0.id) }) + CSVFormat.row(q.fields.map { CSVFormat.text($0.title) }))
    }
}
