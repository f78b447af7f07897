/// `zhizao template`: a blank questionnaire for consultants (SPEC §4), in one of these
/// layouts; `--format` picks one, else `-o`'s ending (`问卷.xlsx`), else YAML.
///
/// - `yaml`: an assessment file with every field present and empty (`null`, which reads as
///   unanswered), each with its question, choices, guidance and typical evidence as
///   comments — ready to fill in an editor.
/// - `csv`: the wide layout of SPEC §2 — a row of ids, then a row of titles — UTF-8 with a BOM.
/// - `xlsx`: the same two rows, frozen, with a drop-down of the valid choices on every
///   choice cell, bounds on number cells, the credit-code column formatted as text, a second
///   sheet with every question and its guidance, and a hidden third sheet the drop-downs
///   read their lists from.
public enum TemplateFormat: String, FileFormat {
    case yaml, csv, xlsx

    public var fileExtensions: [String] {
        switch self {
        case .yaml: return ["yaml", "yml"]
        case .csv: return ["csv"]
        case .xlsx: return ["xlsx"]
        }
    }

    public var writer: any TemplateWriter {
        switch self {
        case .yaml: return TemplateYAMLWriter()
        case .csv: return TemplateCSVWriter()
        case .xlsx: return TemplateXLSXWriter()
        }
    }

    /// Whether the format is text, which can go to standard output; a workbook needs a file.
    public var isText: Bool {
        switch self {
        case .yaml, .csv: return true
        case .xlsx: return false
        }
    }
}
