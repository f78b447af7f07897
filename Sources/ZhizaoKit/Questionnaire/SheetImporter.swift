import Foundation
import ZhizaoCEL

/// `zhizao import FILE.csv|xlsx -o DIR`: each row of a filled-in questionnaire becomes an
/// assessment file (SPEC §4). A row is read and validated exactly as `rank` reads it —
/// choice cells may hold the id or a label, every bad cell is reported at `Sheet!C7` with
/// what was expected — and a row with any error is not written.
///
/// Files are named by credit code (`<code>.yaml`; a credit code has passed its check, so
/// it is 18 characters of `0-9A-Z` and cannot name a path), else `row-<N>.yaml`; a name
/// taken twice gets `-2`, `-3`… in row order. Each file is written atomically.
///
/// A file already in DIR with other content (a consultant's hand edits, say) is never
/// overwritten unless `overwrite` is set: that row is refused with the reason. The same
/// content is simply left, so importing a sheet again after fixing one row is harmless.
public struct SheetImporter: Sendable {
    public struct Report: Sendable {
        /// Each row written: its source (`file:Sheet:7`) and the file's name.
        public var written: [(source: String, file: String)] = []
        /// Each row or sheet refused, with every problem.
        public var rejected: [(source: String, diagnostics: [Diagnostic])] = []
        public var skippedSheets = 0
    }

    public let pipeline: AssessmentPipeline
    public let language: Language
    /// `import --force`: replace files that hold something else.
    public var overwrite = false

    public init(pipeline: AssessmentPipeline, language: Language) {
        self.pipeline = pipeline
        self.language = language
    }

    public func run(_ file: String, to folder: String) throws -> Report {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var report = Report()
        var taken: [String: Int] = [:]
        var failure: Error?
        SpreadsheetInput.read(file, maxBytes: pipeline.limits.maxSheetBytes, titles: SheetTitles(pipeline: pipeline)) { item in
            guard failure == nil else { return }
            switch item {
            case .skippedSheet: report.skippedSheets += 1
            case .rejected(let source, let diagnostics): report.rejected.append((source, diagnostics))
            case .rejectedRow(let context, let row, let diagnostics): report.rejected.append((context.place.source(row.number), diagnostics))
            case .row(let context, let row):
                let source = context.place.source(row.number)
                switch pipeline.read(SheetRowSource(row: row, in: context)) {
                case .rejected(let diagnostics): report.rejected.append((source, diagnostics))
                case .read(let assessment, let rubric, _):
                    let stem = assessment.enterprise.creditCode?.value ?? "row-\(row.number)"
                    let count = taken[stem, default: 0] + 1
                    taken[stem] = count
                    let name = stem + (count > 1 ? "-\(count)" : "") + ".yaml"
                    let origin = (context.place.file as NSString).lastPathComponent + (context.place.sheet.map { ":" + $0 } ?? "") + ":\(row.number)"
                    let header = [Words.Questionnaire.importedFrom(origin)(language)]
                    let text = AssessmentWriter.yaml(assessment, rubric: rubric, locale: language.rawValue, header: header)
                    let path = (folder as NSString).appendingPathComponent(name)
                    if !overwrite, let existing = FileManager.default.contents(atPath: path), existing != Data(text.utf8) {
                        report.rejected.append((source, [context.place.error(row: row.number, column: 1, Words.Questionnaire.notReplaced(path))]))
                        return
                    }
                    do {
                        try AtomicTextFile.write(path) { $0.write(text) }
                        report.written.append((source, name))
                    } catch {
                        failure = error
                    }
                }
            }
        }
        if let failure { throw failure }
        return report
    }
}
