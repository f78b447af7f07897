import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/worksheets/sheetN.xml`: rows of typed cells. Cells keep their column from their `r`
/// reference (`C7`), so skipped empty cells stay empty; a cell without one follows the
/// previous. Shared strings, styles and the date system come from the workbook.
///
/// Bounded: blank rows are not kept; the cells kept (counting the empty ones before a row's
/// last cell) are capped by `maxSheetCells`, and the shared-string text the cells use (each
/// use counted) by `maxSharedStringBytes`.
final class XLSXWorksheetParser: XLSXPartParser {
    static let maxColumns = 16_384  // Excel's limit (XFD)

    private let sharedStrings: [String]?
    private let formats: XLSXNumberFormats
    private let date: ExcelDate
    private let limits: YAMLLimits
    private var cellCount = 0
    private var sharedTextBytes = 0

    private(set) var rows: [SheetRow] = []
    private(set) var tooWide: (row: Int, column: Int)?

    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var column = 0
    private var type = "n"
    private var style: Int?
    private var value: String?
    private var formula: String?
    private var inline = ""
    private var capture: Capture = .none
    private var phonetic = 0

    private enum Capture { case none, value, formula, inline }

    init(sharedStrings: [String]?, formats: XLSXNumberFormats, date: ExcelDate, limits: YAMLLimits = YAMLLimits()) {
        self.sharedStrings = sharedStrings
        self.formats = formats
        self.date = date
        self.limits = limits
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "row":
            rowNumber = Self.attribute(attributes, "r").flatMap(Int.init) ?? rowNumber + 1
            cells = []
            column = 0
        case "c":
            column = Self.attribute(attributes, "r").flatMap(CellReference.columnNumber) ?? column + 1
            type = Self.attribute(attributes, "t") ?? "n"
            style = Self.attribute(attributes, "s").flatMap(Int.init)
            value = nil
            formula = nil
            inline = ""
        case "v": capture = .value; value = ""
        case "f": capture = .formula; formula = ""
        case "t" where type == "inlineStr" && phonetic == 0: capture = .inline
        case "rPh": phonetic += 1
        default: break
        }
    }

    override func characters(_ string: String) {
        switch capture {
        case .value: value? += string
        case .formula: formula? += string
        case .inline: inline += string
        case .none: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "v", "f", "t": capture = .none
        case "rPh": phonetic -= 1
        case "c":
            guard column <= Self.maxColumns else {
                tooWide = tooWide ?? (rowNumber, column)
                return
            }
            let cell = self.cell()
            if cell != .empty {
                if cells.count < column { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
                cells[column - 1] = cell
            }
        case "row":
            // Blank rows are skipped by every reader of rows: they are not kept.
            guard !cells.isEmpty else { return }
            cellCount += cells.count
            guard cellCount <= limits.maxSheetCells else {
                refusal = Words.Sheets.tooManyCells(row: rowNumber, limit: limits.maxSheetCells, raise: InputLimit.sheetCells.raised(from: limits))
                return
            }
            rows.append(SheetRow(number: rowNumber, cells: cells))
        default: break
        }
    }

    private func cell() -> SheetCell {
        switch type {
        case "s":
            guard let text = value, let index = Int(text.trimmingCharacters(in: .whitespaces)) else { return .empty }
            guard let sharedStrings, index >= 0, index < sharedStrings.count else { return .missingSharedString(index) }
            sharedTextBytes += sharedStrings[index].utf8.count
            if sharedTextBytes > limits.maxSharedStringBytes, refusal == nil {
                refusal = Words.Sheets.sheetTextTooLong(row: rowNumber, megabytes: InputLimit.sharedStringsMB.value(in: limits),
                                                        raise: InputLimit.sharedStringsMB.raised(from: limits))
            }
            return sharedStrings[index].isEmpty ? .empty : .text(sharedStrings[index])
        case "inlineStr":
            return inline.isEmpty ? .empty : .text(inline)
        case "b":
            guard let value else { return formulaOrEmpty() }
            return .bool(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(value ?? "#?")
        case "str", "d":
            // A formula's text result, or an ISO 8601 date (`2026-05-20T00:00:00`).
            guard let value else { return formulaOrEmpty() }
            return .text(type == "d" ? String(value.prefix(10)) : value)
        default:
            guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return formulaOrEmpty() }
            return .number(value, style: formats.style(ofCellStyle: style, date: date))
        }
    }

    private func formulaOrEmpty() -> SheetCell {
        // A shared formula's followers hold no text of their own (`<f t="shared" si="0"/>`).
        guard let formula else { return .empty }
        return .formulaWithoutValue(formula.isEmpty ? "…" : formula)
    }
}
