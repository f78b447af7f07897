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
/// overwritten unless `overwrite` is set: that row is refused with the reason. A file that
/// says the same — the same assessment (`Assessment.contentKey`, as `rank` compares "the same
/// application"), whatever its comments, such as the line saying which sheet it came from —
/// is left as it is, so importing a corrected workbook saved under a new name is harmless.
///
/// Each row read gets one summary line naming its enterprise; a row that is written may
/// still carry warnings, at its cells and with its enterprise's name: a blank required cell
/// (the enterprise's name and credit code, a required indicator), a blank answer an
/// eligibility gate reads, a credit code an earlier row of the sheet has, a `fraction`.
public struct SheetImporter: Sendable {
    public struct Report: Sendable {
        /// Each row written (or left, its file already saying the same): its source
        /// (`file:Sheet:7`) and the file's name.
        public var written: [(source: String, file: String)] = []
        /// Rows whose file already held the same assessment, left as it was (also in `written`).
        public var unchanged: [(source: String, file: String)] = []
        /// Each row or sheet refused, with every problem.
        public var rejected: [(source: String, diagnostics: [Diagnostic])] = []
        /// Warnings about rows that were written, at their cells, naming the enterprise.
        public var warnings: [Diagnostic] = []
        /// One line per data row, in row order, naming its enterprise and what became of it.
        public var lines: [Phrase] = []
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
        /// The cell of the first row with each credit code, per sheet.
        var firstCode: [String: String] = [:]
        var failure: Error?
        SpreadsheetInput.read(file, limits: pipeline.limits, titles: SheetTitles(pipeline: pipeline)) { item in
            guard failure == nil else { return }
            switch item {
            case .skippedSheet: report.skippedSheets += 1
            case .rejected(let source, let diagnostics): report.rejected.append((source, diagnostics))
            case .rejectedRow(let context, let row, let diagnostics):
                report.rejected.append((context.place.source(row.number), diagnostics))
                report.lines.append(Words.Import.refused(origin(context, row), enterprise: enterprise(row, context), problems: diagnostics.count))
            case .row(let context, let row):
                let source = context.place.source(row.number)
                let who = enterprise(row, context)
                switch pipeline.read(SheetRowSource(row: row, in: context)) {
                case .rejected(let diagnostics):
                    report.rejected.append((source, diagnostics))
                    report.lines.append(Words.Import.refused(origin(context, row), enterprise: who, problems: diagnostics.count))
                case .read(let assessment, let rubric, let warnings):
                    var rowWarnings = blanks(assessment, rubric: rubric, enterprise: who, row: row, in: context)
                    for warning in warnings where warning.kind == .fraction {
                        let message = warning.id.flatMap(rubric.indicator).map { Words.TypedValues.about(field: rubric.phrase($0.title), warning.message) } ?? warning.message
                        rowWarnings.append(cellWarning(Words.Import.about(who, message), id: warning.id, row: row, in: context))
                    }
                    let stem = assessment.enterprise.creditCode?.value ?? "row-\(row.number)"
                    let count = taken[stem, default: 0] + 1
                    taken[stem] = count
                    let name = stem + (count > 1 ? "-\(count)" : "") + ".yaml"
                    if let code = assessment.enterprise.creditCode?.value {
                        let key = context.place.source + "\u{0}" + code
                        let cell = cellName(id: "enterprise.credit_code", row: row, in: context)
                        if let first = firstCode[key] {
                            rowWarnings.append(cellWarning(Words.Import.repeatedCreditCode(who, code: code, first: first, file: name),
                                                           id: "enterprise.credit_code", row: row, in: context))
                        } else {
                            firstCode[key] = cell
                        }
                    }
                    let header = [Words.Questionnaire.importedFrom(origin(context, row))(language)]
                    let text = AssessmentWriter.yaml(assessment, rubric: rubric, locale: language.rawValue, header: header)
                    let path = (folder as NSString).appendingPathComponent(name)
                    if FileManager.default.fileExists(atPath: path) {
                        // Read once; a file that cannot be read (too large, no permission) is
                        // not the same, so it is not replaced without --force either.
                        let existing = try? FileReader.read(path, maxBytes: pipeline.limits.maxBytes)
                        let same = existing?.elementsEqual(text.utf8) ?? false
                        let held = same ? nil : existing.flatMap { written($0, at: path, rubric: rubric) }
                        if same || held?.contentKey(rubric) == assessment.contentKey(rubric) {
                            report.warnings += rowWarnings
                            report.written.append((source, name))
                            report.unchanged.append((source, name))
                            report.lines.append(Words.Import.unchanged(origin(context, row), enterprise: who, file: name))
                            return
                        }
                        if !overwrite {
                            let changed = held.map { Self.differences($0, assessment, rubric: rubric) } ?? []
                            let refusal = [context.place.error(row: row.number, column: 1, Words.Questionnaire.notReplaced(path, changed: changed))]
                            report.rejected.append((source, refusal))
                            report.lines.append(Words.Import.refused(origin(context, row), enterprise: who, problems: 1))
                            return
                        }
                    }
                    do {
                        try AtomicTextFile.write(path) { $0.write(text) }
                        report.warnings += rowWarnings
                        report.written.append((source, name))
                        report.lines.append(Words.Import.written(origin(context, row), enterprise: who, file: name))
                    } catch {
                        failure = error
                    }
                }
            }
        }
        if let failure { throw failure }
        return report
    }

    /// `applicants.xlsx:评估:5`: where a row came from, without the folders.
    private func origin(_ context: SheetContext, _ row: SheetRow) -> String {
        (context.place.file as NSString).lastPathComponent + (context.place.sheet.map { ":" + $0 } ?? "") + ":\(row.number)"
    }

    /// The row's enterprise, as its name cell says, or `第 7 行（未填企业名称）`.
    private func enterprise(_ row: SheetRow, _ context: SheetContext) -> String {
        let name = context.column(of: "enterprise.name").flatMap { column -> String? in
            if case .text(let text) = row.cell(column) { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
            return nil
        }
        guard let name, !name.isEmpty else { return Words.Import.unnamed(row: row.number)(language) }
        return name
    }

    /// The assessment the file at `path` holds (its `bytes`, read under `rubric`), whatever its
    /// comments; nil when it cannot be read as one (then it is not the same, and not replaced).
    private func written(_ bytes: [UInt8], at path: String, rubric: Rubric) -> Assessment? {
        guard let document = try? YAMLReader.readDocument(bytes, limits: pipeline.limits),
              case .success(let existing) = AssessmentReader(rubric: rubric).read(document, source: path, fingerprint: "") else { return nil }
        return existing
    }

    /// The fields whose answers differ between a file already written and a row, by title
    /// in rubric order: what `--force` would replace.
    static func differences(_ old: Assessment, _ new: Assessment, rubric: Rubric) -> [Phrase] {
        var changed: [Phrase] = []
        let words = Words.Questionnaire.self
        if old.enterprise.name != new.enterprise.name { changed.append(words.enterpriseName) }
        if old.enterprise.creditCode != new.enterprise.creditCode { changed.append(words.creditCode) }
        if old.enterprise.city != new.enterprise.city { changed.append(words.city) }
        if old.enterprise.industry != new.enterprise.industry { changed.append(words.industry) }
        if old.applyingFor != new.applyingFor { changed.append(words.applyingFor) }
        if old.submitted != new.submitted { changed.append(words.submitted) }
        for fact in rubric.profile where old.profile[fact.id] != new.profile[fact.id] { changed.append(rubric.phrase(fact.title)) }
        for indicator in rubric.indicators where old.answers[indicator.id] != new.answers[indicator.id] {
            changed.append(rubric.phrase(indicator.title))
        }
        return changed
    }

    /// Blank cells a written row should not have: an answer an eligibility gate reads (a
    /// gate reads `profile.<id>`, or `answer.<id>` or `score.<id>`; warned whether or not the sheet has its
    /// column, since the verdict turns on it), each at its cell; then, in one warning at the
    /// first of them, the blank cells of required fields the sheet has columns for (the
    /// enterprise's name and credit code, the required indicators).
    private func blanks(_ assessment: Assessment, rubric: Rubric, enterprise who: String, row: SheetRow, in context: SheetContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var required: [(id: String, title: Phrase)] = []
        func blankCell(_ id: String) -> Bool { context.column(of: id) != nil }
        if assessment.enterprise.name == nil, blankCell("enterprise.name") { required.append(("enterprise.name", Words.Import.enterpriseName)) }
        if assessment.enterprise.creditCode == nil, blankCell("enterprise.credit_code") {
            required.append(("enterprise.credit_code", Words.Import.creditCode))
        }
        func gates(reading reads: (RubricExpression) -> Bool) -> [Phrase] {
            rubric.gates.filter { reads($0.expression) }.map { rubric.phrase($0.title) }
        }
        for fact in rubric.profile where assessment.profile[fact.id] == nil {
            let readers = gates { $0.reads("profile", fact.id) }
            if !readers.isEmpty {
                found.append(cellWarning(Words.Import.blankGateAnswer(who, field: rubric.phrase(fact.title), conditions: readers),
                                         id: "profile." + fact.id, row: row, in: context))
            }
        }
        for indicator in rubric.indicators where assessment.answers[indicator.id] == nil {
            let readers = gates { $0.readsIndicator(indicator.id) }
            if !readers.isEmpty {
                found.append(cellWarning(Words.Import.blankGateAnswer(who, field: rubric.phrase(indicator.title), conditions: readers),
                                         id: indicator.id, row: row, in: context))
            } else if indicator.required, blankCell(indicator.id) {
                required.append((indicator.id, rubric.phrase(indicator.title)))
            }
        }
        if let first = required.first {
            found.insert(cellWarning(Words.Import.blankRequired(who, fields: required.map(\.title)), id: first.id, row: row, in: context), at: 0)
        }
        return found
    }

    /// A warning at the cell of `id` in this row (its first cell when the sheet has no such column).
    private func cellWarning(_ message: Phrase, id: String?, row: SheetRow, in context: SheetContext) -> Diagnostic {
        let column = id.flatMap { context.column(of: $0) }.map { $0 + 1 } ?? 1
        return context.place.placed(Diagnostic(.warning, file: context.place.file, position: SourcePosition(line: row.number, column: column), message))
    }

    /// `评估!B4` (CSV: `B4`): the cell of `id` in this row.
    private func cellName(id: String, row: SheetRow, in context: SheetContext) -> String {
        let column = (context.column(of: id) ?? 0) + 1
        return context.place.sheet.map { CellReference.text(sheet: $0, row: row.number, column: column) } ?? CellReference.columnName(column) + "\(row.number)"
    }
}
