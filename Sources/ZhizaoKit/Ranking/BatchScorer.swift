import Foundation
import ZhizaoCEL

/// Scores a batch of assessment files in parallel (`rank --jobs`), keeping only the ranking
/// row of each (memory does not grow with the results, only with the rows), unless asked to
/// keep the results for the applicants' reports. Outcomes come back in input order,
/// whatever order the threads finished in: the output never depends on thread timing.
public struct BatchScorer: Sendable {
    public enum Outcome: Sendable {
        case ranked(RankEntry, rubric: Rubric)
        case rejected(RankingReject)
    }

    /// What an applicant is read from: a file, or a row of a sheet.
    enum Input: Sendable {
        case file(String)
        case row(SheetRowSource)

        var source: String {
            switch self {
            case .file(let path): return path
            case .row(let row): return row.name
            }
        }

        /// Who the input is, for its reject: a row's cells, or a file's document read again
        /// (only a rejected file is, so a batch keeps no file's bytes).
        func applicant(limits: YAMLLimits) -> RejectedApplicant {
            switch self {
            case .file(let path):
                guard let bytes = try? FileReader.read(path, maxBytes: limits.maxBytes),
                      let document = try? YAMLReader.readDocument(bytes, limits: limits, syntax: InputSyntax(path: path)) else { return .unknown }
                return RejectedApplicant(document: document)
            case .row(let row): return RejectedApplicant(row: row.row, in: row.sheet)
            }
        }

        /// A problem with the whole input, at its start: `file:1:1`, `file:7:1`, `file:Sheet1!A7`.
        func error(_ message: Phrase) -> Diagnostic {
            switch self {
            case .file(let path): return Diagnostic(.error, file: path, position: SourcePosition(line: 1, column: 1), message)
            case .row(let row): return row.error(message)
            }
        }
    }

    /// Keep each ranked applicant's whole result in the batch (memory grows by a result
    /// each; `rank --reports` renders them once the batch's percentiles are known).
    public var keepResults = false

    /// `rank --tier`: the target of every applicant, whose failures each ranking row keeps
    /// (else each applicant's own `applying_for`).
    public var targetTier: String?

    public let pipeline: AssessmentPipeline
    public let jobs: Int

    public init(pipeline: AssessmentPipeline, jobs: Int) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
    }

    /// What a batch gave: one outcome per input (a file, or a sheet row), in input order.
    public struct Batch: Sendable {
        public var outcomes: [Outcome] = []
        /// Workbook sheets that hold no assessments (a template's questions, say), as
        /// `file.xlsx:Sheet`, in the order they were found.
        public var skippedSheets: [String] = []
        /// The batch's one rubric: `--rubric`, else the one the first ranked input used; nil
        /// when nothing was ranked.
        public var rubric: Rubric?
        /// With `keepResults`: each ranked applicant's whole result, by its entry (kept apart
        /// from the outcomes, so that an outcome stays a few words long without them).
        var results: [ObjectIdentifier: ScoreResult] = [:]

        /// Each ranked applicant of `lists` with its list's target, its row and its whole
        /// result, in list order (the results are there with `keepResults`; an applicant
        /// without one is left out).
        public func results(of lists: [Ranking.List]) -> [(target: String?, row: Ranking.Row, result: ScoreResult)] {
            lists.flatMap { list in list.rows.compactMap { row in results[ObjectIdentifier(row.entry)].map { (list.target, row, $0) } } }
        }
    }

    /// What a thread gives for one item: its outcome, and its result when it is kept.
    private struct Scored: Sendable {
        let outcome: Outcome
        let result: ScoreResult?
    }

    /// One unit of work: an input to score, or one already refused.
    private enum Item: Sendable {
        case input(Input)
        case done(Outcome)
    }

    /// Scores files and the rows of CSV/XLSX sheets among them. Work goes to the threads in
    /// blocks of a few thousand inputs, so a sheet of 100,000 rows is never held whole as
    /// documents. `progress` is called now and then with the inputs done and found so far.
    ///
    /// One rubric per batch: an input scored with another rubric than the batch's is
    /// rejected with the reason (lists, quotas and percentiles compare like with like).
    ///
    /// A folder `found` could not read is a reject of its own: every input is accounted for.
    public func score(_ found: InputFinder.Found, progress: (@Sendable (_ done: Int, _ found: Int) -> Void)? = nil) -> Batch {
        score(found.files, unreadable: found.unreadable.map { RankingReject(source: $0.path, diagnostics: [$0.error.diagnostic(file: $0.path)]) },
              progress: progress)
    }

    func score(_ files: [String], unreadable: [RankingReject] = [], progress: (@Sendable (_ done: Int, _ found: Int) -> Void)? = nil) -> Batch {
        var batch = Batch(rubric: pipeline.rubricOverride)
        var titles: SheetTitles?  // worked out at the first sheet
        var pending: [Item] = unreadable.map { .done(.rejected($0)) }
        var found = files.count + unreadable.count
        let block = 4096
        func flush() {
            let scored = run(pending, before: batch.outcomes.count, found: found, progress: progress)
            for (item, scored) in zip(pending, scored) {
                let outcome = oneRubric(scored.outcome, item, &batch.rubric)
                batch.outcomes.append(outcome)
                if case .ranked(let entry, _) = outcome, let result = scored.result { batch.results[ObjectIdentifier(entry)] = result }
            }
            pending.removeAll(keepingCapacity: true)
        }
        for file in files {
            guard SpreadsheetInput.isSpreadsheet(file) else {
                pending.append(.input(.file(file)))
                if pending.count >= block { flush() }
                continue
            }
            found -= 1
            let sheetTitles = titles ?? SheetTitles(pipeline: pipeline)
            titles = sheetTitles
            SpreadsheetInput.read(file, limits: pipeline.limits, titles: sheetTitles) { item in
                switch item {
                case .row(let context, let row): pending.append(.input(.row(SheetRowSource(row: row, in: context))))
                case .rejectedRow(let context, let row, let diagnostics):
                    pending.append(.done(.rejected(RankingReject(source: context.place.source(row.number), diagnostics: diagnostics,
                                                                 applicant: RejectedApplicant(row: row, in: context)))))
                case .rejected(let source, let diagnostics): pending.append(.done(.rejected(RankingReject(source: source, diagnostics: diagnostics))))
                case .skippedSheet(let source): batch.skippedSheets.append(source); return
                }
                found += 1
                if pending.count >= block { flush() }
            }
        }
        flush()
        progress?(batch.outcomes.count, batch.outcomes.count)
        return batch
    }

    private func oneRubric(_ outcome: Outcome, _ item: Item, _ batchRubric: inout Rubric?) -> Outcome {
        guard case .ranked(let entry, let rubric) = outcome, case .input(let input) = item else { return outcome }
        guard let expected = batchRubric else {
            batchRubric = rubric
            return outcome
        }
        if expected.fingerprint == rubric.fingerprint && expected.reference == rubric.reference { return outcome }
        return .rejected(RankingReject(source: entry.source, diagnostics: [
            input.error(Words.Ranking.otherRubric(rubric.reference, batch: expected.reference)),
        ], applicant: RejectedApplicant(entry: entry)))
    }

    private func run(_ items: [Item], before: Int, found: Int, progress: (@Sendable (Int, Int) -> Void)?) -> [Scored] {
        let done = Counter()
        return ParallelWork.map(items.count, jobs: jobs) { index in
            let outcome = self.outcome(items[index])
            let count = done.increment()
            if count % 256 == 0 { progress?(before + count, found) }
            return outcome
        }
    }

    private func outcome(_ item: Item) -> Scored {
        switch item {
        case .done(let outcome):
            return Scored(outcome: outcome, result: nil)
        case .input(let input):
            let processed: AssessmentPipeline.Outcome
            switch input {
            case .file(let path): processed = pipeline.process(path: path)
            case .row(let row): processed = pipeline.process(row)
            }
            switch processed {
            case .rejected(let diagnostics):
                let applicant = input.applicant(limits: pipeline.limits)
                return Scored(outcome: .rejected(RankingReject(source: input.source, diagnostics: diagnostics, applicant: applicant)), result: nil)
            case .scored(let result):
                guard let entry = RankEntry(result, tier: targetTier) else {
                    let applicant = input.applicant(limits: pipeline.limits)
                    return Scored(outcome: .rejected(RankingReject(source: input.source, diagnostics: [input.error(Words.Ranking.needsCreditCode)],
                                                                   applicant: applicant)),
                                  result: nil)
                }
                return Scored(outcome: .ranked(entry, rubric: result.rubric), result: keepResults ? result : nil)
            }
        }
    }
}

private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
