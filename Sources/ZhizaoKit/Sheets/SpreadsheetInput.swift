import Foundation

/// A CSV or XLSX file given to `rank`, as the inputs it holds (SPEC §2): one per data row,
/// or one reject for a sheet that cannot be read or has no data rows.
///
/// - The header is the first non-blank row; a workbook's data sheets are those whose
///   header has an `enterprise.` or `profile.` id (others, such as a sheet of questions,
///   are skipped); with none, the first sheet is read and its header problems reported.
/// - The first non-blank row after the header is a row of titles, not an applicant, when its
///   `enterprise.credit_code` cell holds Chinese characters or the word "credit" — no credit
///   code can. Anything else is read as data, so a row is never dropped on a guess.
/// - Blank rows are skipped; a row with more cells than the header is refused.
public enum SpreadsheetInput {
    public static let extensions = ["csv", "xlsx"]

    public enum Item: Sendable {
        case row(SheetContext, SheetRow)
        /// A sheet or file that yields no row (unreadable, empty, no data rows), or a row that
        /// could not be split into cells.
        case rejected(source: String, diagnostics: [Diagnostic])
        /// A workbook sheet that holds no assessments (e.g. the questions of a template), by
        /// its source (`file.xlsx:Sheet`).
        case skippedSheet(String)
    }

    public static func isSpreadsheet(_ path: String) -> Bool {
        extensions.contains((path as NSString).pathExtension.lowercased())
    }

    /// Calls `emit` for every input of the file, in sheet and row order.
    public static func read(_ path: String, maxBytes: Int, emit: (Item) -> Void) {
        if (path as NSString).pathExtension.lowercased() == "xlsx" {
            readWorkbook(path, maxBytes: maxBytes, emit: emit)
            return
        }
        var reader: CSVSheetReader
        do {
            reader = try CSVSheetReader(path: path, maxBytes: maxBytes)
        } catch {
            emit(.rejected(source: path, diagnostics: [error.diagnostic(file: path)]))
            return
        }
        readSheet(SheetPlace(file: path, sheet: nil), date: ExcelDate(uses1904: false), next: { reader.next() }, emit: emit)
    }

    private static func readWorkbook(_ path: String, maxBytes: Int, emit: (Item) -> Void) {
        let workbook: XLSXWorkbook
        do throws(InputError) {
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
                throw InputError(line: 1, column: 1, Words.Sheets.fileTooLarge(megabytes: maxBytes >> 20))
            }
            workbook = try XLSXWorkbook(path: path, maxPartBytes: maxBytes)
        } catch {
            emit(.rejected(source: path, diagnostics: [error.diagnostic(file: path)]))
            return
        }
        guard !workbook.sheets.isEmpty else {
            emit(.rejected(source: path, diagnostics: [InputError(line: 1, column: 1, Words.Sheets.noWorksheet).diagnostic(file: path)]))
            return
        }
        var read: [(XLSXWorkbook.Sheet, [SheetRow])] = []
        for sheet in workbook.sheets {
            do {
                read.append((sheet, try workbook.rows(of: sheet)))
            } catch {
                let place = SheetPlace(file: path, sheet: sheet.name)
                emit(.rejected(source: place.source, diagnostics: [place.placed(error.diagnostic(file: path))]))
            }
        }
        let dataSheets = read.filter { _, rows in
            rows.first(where: { !$0.isBlank })?.cells.contains { cell in
                if case .text(let text) = cell { return text.hasPrefix("enterprise.") || text.hasPrefix("profile.") }
                return false
            } ?? false
        }
        let chosen = dataSheets.isEmpty ? Array(read.prefix(1)) : dataSheets
        for (sheet, _) in read where !chosen.contains(where: { $0.0.name == sheet.name }) {
            emit(.skippedSheet(SheetPlace(file: path, sheet: sheet.name).source))
        }
        for (sheet, rows) in chosen {
            var index = 0
            readSheet(SheetPlace(file: path, sheet: sheet.name), date: workbook.date, next: {
                guard index < rows.count else { return nil }
                index += 1
                return .row(rows[index - 1])
            }, emit: emit)
        }
    }

    /// Header, optional title row, then one item per non-blank data row.
    static func readSheet(_ place: SheetPlace, date: ExcelDate, next: () -> SheetReadStep?, emit: (Item) -> Void) {
        func reject(_ problem: Diagnostic) { emit(.rejected(source: place.source, diagnostics: [problem])) }
        var header: SheetRow?
        while header == nil, let step = next() {
            switch step {
            case .failure(let problem): return reject(place.placed(problem))
            case .row(let row): header = row.isBlank ? nil : row
            }
        }
        guard let header else {
            return reject(place.error(row: 1, column: 1, Words.Sheets.empty))
        }
        // A header cell that holds no text (a missing shared string, an error, a formula
        // without a value) leaves every column after it unknown: the sheet is one reject.
        if let bad = header.cells.firstIndex(where: { cell in
            switch cell { case .text, .empty, .number: return false; default: return true }
        }) {
            return reject(place.error(row: header.number, column: bad + 1, Words.Sheets.unreadableHeaderCell(describe(header.cells[bad]))))
        }
        let context = SheetContext(place: place, header: header, date: date)
        let codeColumn = context.column(of: "enterprise.credit_code")
        let width = header.cells.count
        var rows = 0
        var titleChecked = false
        while let step = next() {
            guard case .row(let row) = step else {
                if case .failure(let problem) = step { reject(place.placed(problem)) }
                rows += 1
                continue
            }
            if row.isBlank { continue }
            if !titleChecked {
                titleChecked = true
                if let codeColumn, isTitle(row.cell(codeColumn)) { continue }
            }
            rows += 1
            // A CSV field past the header's width is refused even when empty (SPEC §2); an
            // XLSX row only stores cells up to its last non-empty one.
            if let extra = row.cells.indices.dropFirst(width).first(where: { place.sheet == nil || !row.cells[$0].isEmpty }) {
                emit(.rejected(source: place.source(row.number), diagnostics: [place.error(row: row.number, column: extra + 1, Words.Sheets.rowTooWide(cells: row.cells.count, header: width))]))
                continue
            }
            emit(.row(context, row))
        }
        if rows == 0 {
            reject(place.error(row: header.number, column: 1, Words.Sheets.headerOnly))
        }
    }

    /// What an unreadable header cell holds.
    static func describe(_ cell: SheetCell) -> Phrase {
        switch cell {
        case .missingSharedString(let index): return Words.Sheets.headerMissingSharedString(index)
        case .error(let code): return Words.Sheets.headerErrorValue(code)
        case .formulaWithoutValue(let formula): return Words.Sheets.headerFormulaWithoutValue(formula)
        default: return .same("")
        }
    }

    /// A title where a credit code would be: Chinese characters, or the word "credit".
    static func isTitle(_ cell: SheetCell) -> Bool {
        guard case .text(let text) = cell else { return false }
        return text.lowercased().contains("credit") || text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}
