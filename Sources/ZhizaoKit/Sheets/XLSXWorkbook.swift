import Foundation

/// An XLSX workbook opened for reading (ECMA-376): the sheets are found through
/// `_rels/.rels`, the workbook part and its relationships, never by a fixed file name; the
/// shared strings and styles parts may be missing. Parts are inflated as a stream with a
/// size cap (`maxPartBytes`), so a zip bomb is refused as soon as it passes the cap, never
/// expanded; the shared strings and the sheets are capped too (`YAMLLimits`). The archive is
/// read by `ZIPArchiveReader`, which never reads past an entry's own data.
public struct XLSXWorkbook {
    public struct Sheet: Sendable {
        public let name: String
        let path: String
    }

    public let file: String
    public let sheets: [Sheet]
    let sharedStrings: [String]?
    let formats: XLSXNumberFormats
    let date: ExcelDate
    private let archive: ZIPArchiveReader
    private let limits: YAMLLimits

    /// Throws a message that says why the file cannot be read as a workbook.
    public init(path: String, limits: YAMLLimits = YAMLLimits()) throws(InputError) {
        file = path
        self.limits = limits
        // A folder, a FIFO, no permission: each said as such (the size was checked before).
        let bytes = try FileReader.read(path, maxBytes: limits.maxSheetBytes)
        do {
            archive = try ZIPArchiveReader(bytes: bytes)
        } catch {
            // What it is instead, so that the clerk knows what to ask for.
            throw Self.unreadable(WorkbookFileKind.unreadableArchive(bytes).phrase)
        }
        if let other = WorkbookFileKind.otherDocument(partNames: archive.entries.map(\.path)) {
            throw Self.unreadable(other.phrase)
        }
        let rootRels = try Self.relationships(archive, "_rels/.rels", limits)
        guard let workbookPath = rootRels.first(where: { $0.type.hasSuffix("/officeDocument") }).map({ Self.resolve($0.target, from: "") }) else {
            throw Self.unreadable(Words.Sheets.noWorkbookPart)
        }
        let workbookFolder = (workbookPath as NSString).deletingLastPathComponent
        let workbookParser = XLSXWorkbookParser()
        try Self.parse(archive, workbookPath, with: workbookParser, limits, required: true)
        let relsPath = (workbookFolder.isEmpty ? "" : workbookFolder + "/") + "_rels/" + (workbookPath as NSString).lastPathComponent + ".rels"
        let workbookRels = try Self.relationships(archive, relsPath, limits)
        func target(ofType suffix: String) -> String? {
            workbookRels.first { $0.type.hasSuffix(suffix) }.map { Self.resolve($0.target, from: workbookFolder) }
        }
        sheets = workbookParser.sheets.compactMap { entry in
            workbookRels.first { $0.id == entry.relationship && $0.type.hasSuffix("/worksheet") }
                .map { Sheet(name: entry.name, path: Self.resolve($0.target, from: workbookFolder)) }
        }
        date = ExcelDate(uses1904: workbookParser.uses1904)
        if let path = target(ofType: "/sharedStrings") {
            let parser = XLSXSharedStringsParser(limits: limits)
            sharedStrings = try Self.parse(archive, path, with: parser, limits, required: false) ? parser.strings : nil
        } else {
            sharedStrings = nil
        }
        if let path = target(ofType: "/styles") {
            let parser = XLSXStylesParser()
            formats = try Self.parse(archive, path, with: parser, limits, required: false) ? parser.formats : XLSXNumberFormats()
        } else {
            formats = XLSXNumberFormats()
        }
    }

    /// Every row of a sheet, in order; throws when the sheet's part cannot be read.
    public func rows(of sheet: Sheet) throws(InputError) -> [SheetRow] {
        let parser = XLSXWorksheetParser(sharedStrings: sharedStrings, formats: formats, date: date, limits: limits)
        try Self.parse(archive, sheet.path, with: parser, limits, required: true)
        if let (row, column) = parser.tooWide {
            throw InputError(line: row, column: 1, Words.Sheets.tooManyColumns(row: row, column: column))
        }
        return parser.rows
    }

    // MARK: Parts

    static func unreadable(_ message: Phrase) -> InputError {
        InputError(line: 1, column: 1, message)
    }

    /// `target` relative to `folder` (or absolute from the package root when it starts with `/`).
    static func resolve(_ target: String, from folder: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for part in target.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    private static func relationships(_ archive: ZIPArchiveReader, _ path: String, _ limits: YAMLLimits) throws(InputError) -> [XLSXRelationshipsParser.Relationship] {
        let parser = XLSXRelationshipsParser()
        return try parse(archive, path, with: parser, limits, required: false) ? parser.relationships : []
    }

    /// False when an optional part is absent; throws when a part is damaged or too large.
    @discardableResult
    private static func parse(_ archive: ZIPArchiveReader, _ path: String, with parser: XLSXPartParser, _ limits: YAMLLimits, required: Bool) throws(InputError) -> Bool {
        guard let entry = archive[path] else {
            if required { throw unreadable(Words.Sheets.missingPart(path)) }
            return false
        }
        let data: Data
        do {
            data = try archive.contents(of: entry, maxBytes: limits.maxPartBytes)
        } catch .tooLarge {
            throw partTooLarge(path, limits)
        } catch {
            throw unreadable(Words.Sheets.damagedPart(path))
        }
        guard parser.parse(data) else {
            if let refusal = parser.refusal { throw unreadable(refusal) }
            throw unreadable(Words.Sheets.malformedPart(path, problem: parser.failure ?? ""))
        }
        return true
    }

    private static func partTooLarge(_ path: String, _ limits: YAMLLimits) -> InputError {
        unreadable(Words.Sheets.partTooLarge(path, megabytes: InputLimit.xlsxPartMB.value(in: limits), raise: InputLimit.xlsxPartMB.raised(from: limits)))
    }
}
