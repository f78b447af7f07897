import Foundation

/// A CSV or XLSX file given to `rank`, as the inputs it holds (SPEC §2): one per data row,
/// or one reject for a sheet that cannot be read or has no data rows.
///
/// - The header is the first non-blank row: a row of field ids, or — when its row of ids was
///   deleted — a row of the fields' titles (`SheetTitles`), read as the ids they stand for.
///   A workbook's data sheets are those whose header has an `enterprise.` or `profile.` id
///   (others, such as a sheet of questions, are skipped); with none, the first sheet is read
///   and its header problems reported, unless a sheet could not be read at all (then that
///   refusal is the file's only one).
/// - After a header of ids, the next non-blank row is skipped when it is the row of titles a
///   template puts there: most of its cells are their columns' titles. Never because of one
///   cell: a row whose credit-code cell holds Chinese text is an applicant (refused for its
///   credit code), so a row is never dropped on a guess.
/// - Blank rows are skipped; a row with more cells than the header is refused; a row that
///   cannot be split into cells (a broken quote) is refused alone, the rows after it read.
public enum SpreadsheetInput {
    public static let extensions = ["csv", "xlsx"]
    /// Spreadsheets zhizao does not read (Excel 97–2003 and binary workbooks, WPS, OpenDocument,
    /// Numbers): taken as inputs all the same, each refused with what to save it as, so that an
    /// applicant who sent one is never passed over as "not an assessment".
    public static let refusedExtensions = ["xls", "xlsb", "et", "ods", "numbers"]

    public enum Item: Sendable {
        case row(SheetContext, SheetRow)
        /// A data row refused before it is read as an assessment (more cells than the header,
        /// a broken quote), with the cells that could be read.
        case rejectedRow(SheetContext, SheetRow, [Diagnostic])
        /// A sheet or file that yields no row (unreadable, empty, no data rows).
        case rejected(source: String, diagnostics: [Diagnostic])
        /// A workbook sheet that holds no assessments (e.g. the questions of a template), by
        /// its source (`file.xlsx:Sheet`).
        case skippedSheet(String)
    }

    /// A file `read` takes: one it reads or one it refuses by its format.
    public static func isSpreadsheet(_ path: String) -> Bool {
        let ending = (path as NSString).pathExtension.lowercased()
        return extensions.contains(ending) || refusedExtensions.contains(ending)
    }

    /// Calls `emit` for every input of the file, in sheet and row order. `titles`: the
    /// fields' titles, that tell a row of titles from an applicant. `limits`: the file's
    /// size (`maxSheetBytes`) and, for a workbook, its parts, shared strings and cells.
    public static func read(_ path: String, limits: YAMLLimits, titles: SheetTitles, emit: (Item) -> Void) {
        let ending = (path as NSString).pathExtension.lowercased()
        if refusedExtensions.contains(ending) {
            emit(.rejected(source: path, diagnostics: [InputError(line: 1, column: 1, Words.Sheets.unreadableSpreadsheetFormat(ending)).diagnostic(file: path)]))
            return
        }
        if ending == "xlsx" {
            readWorkbook(path, limits: limits, titles: titles, emit: emit)
            return
        }
        var reader: CSVSheetReader
        do {
            reader = try CSVSheetReader(path: path, maxBytes: limits.maxSheetBytes)
        } catch {
            emit(.rejected(source: path, diagnostics: [error.diagnostic(file: path)]))
            return
        }
        readSheet(SheetPlace(file: path, sheet: nil), date: ExcelDate(uses1904: false), titles: titles, next: { reader.next() }, emit: emit)
    }

    /// `read(path, limits:…)` with the file's size capped at `maxBytes`, every other limit
    /// at its default.
    public static func read(_ path: String, maxBytes: Int, titles: SheetTitles, emit: (Item) -> Void) {
        var limits = YAMLLimits()
        limits.maxSheetBytes = maxBytes
        read(path, limits: limits, titles: titles, emit: emit)
    }

    private static func readWorkbook(_ path: String, limits: YAMLLimits, titles: SheetTitles, emit: (Item) -> Void) {
        let workbook: XLSXWorkbook
        do throws(InputError) {
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.maxSheetBytes {
                throw InputError(line: 1, column: 1, Words.Sheets.fileTooLarge(megabytes: InputLimit.sheetMB.value(in: limits)))
            }
            workbook = try XLSXWorkbook(path: path, limits: limits)
        } catch {
            emit(.rejected(source: path, diagnostics: [error.diagnostic(file: path)]))
            return
        }
        guard !workbook.sheets.isEmpty else {
            emit(.rejected(source: path, diagnostics: [InputError(line: 1, column: 1, Words.Sheets.noWorksheet).diagnostic(file: path)]))
            return
        }
        var read: [(XLSXWorkbook.Sheet, [SheetRow])] = []
        var refusedSheets = 0
        for sheet in workbook.sheets {
            do {
                read.append((sheet, try workbook.rows(of: sheet)))
            } catch {
                refusedSheets += 1
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
        // With no sheet that looks like data, the first is read and its header problems said;
        // but not when a sheet could not be read at all: that one was the data, most likely,
        // and a sheet of questions read as applicants would bury its one refusal under dozens.
        let chosen = !dataSheets.isEmpty ? dataSheets : refusedSheets > 0 ? [] : Array(read.prefix(1))
        for (sheet, _) in read where !chosen.contains(where: { $0.0.name == sheet.name }) {
            emit(.skippedSheet(SheetPlace(file: path, sheet: sheet.name).source))
        }
        for (sheet, rows) in chosen {
            var index = 0
            readSheet(SheetPlace(file: path, sheet: sheet.name), date: workbook.date, titles: titles, next: {
                guard index < rows.count else { return nil }
                index += 1
                return .row(rows[index - 1])
            }, emit: emit)
        }
    }

    /// Header, optional title row, then one item per non-blank data row.
    static func readSheet(_ place: SheetPlace, date: ExcelDate, titles: SheetTitles, next: () -> SheetReadStep?, emit: (Item) -> Void) {
        func reject(_ problem: Diagnostic) { emit(.rejected(source: place.source, diagnostics: [problem])) }
        var first: SheetRow?
        while first == nil, let step = next() {
            switch step {
            case .unreadableRow(let row, let column, let problem):
                return reject(place.error(row: row.number, column: column, Words.Sheets.headerNotRead(problem)))
            case .row(let row): first = row.isBlank ? nil : row
            }
        }
        guard let first else {
            return reject(place.error(row: 1, column: 1, Words.Sheets.empty))
        }
        // A header cell that holds no text (a missing shared string, an error, a formula
        // without a value) leaves every column after it unknown: the sheet is one reject.
        if let bad = first.cells.firstIndex(where: { cell in
            switch cell { case .text, .empty, .number: return false; default: return true }
        }) {
            return reject(place.error(row: first.number, column: bad + 1, Words.Sheets.unreadableHeaderCell(describe(first.cells[bad]))))
        }
        // A header of titles (its row of ids deleted) stands for the ids; after a header of
        // ids, a template's row of titles may follow.
        let titleHeader = titles.idHeader(for: first)
        let header = titleHeader ?? first
        let context = SheetContext(place: place, header: header, date: date)
        let width = header.cells.count
        var rows = 0
        var titleChecked = titleHeader != nil
        while let step = next() {
            let row: SheetRow
            switch step {
            case .unreadableRow(let broken, let column, let problem):
                rows += 1
                titleChecked = true
                emit(.rejectedRow(context, broken, [place.error(row: broken.number, column: column, Words.Sheets.rowNotRead(problem))]))
                continue
            case .row(let read): row = read
            }
            if row.isBlank { continue }
            if !titleChecked {
                titleChecked = true
                if titles.isTitleRow(row, under: header) { continue }
            }
            rows += 1
            // A CSV field past the header's width is refused even when empty (SPEC §2); an
            // XLSX row only stores cells up to its last non-empty one.
            if let extra = row.cells.indices.dropFirst(width).first(where: { place.sheet == nil || !row.cells[$0].isEmpty }) {
                emit(.rejectedRow(context, row, [place.error(row: row.number, column: extra + 1, Words.Sheets.rowTooWide(cells: row.cells.count, header: width))]))
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
}
