import Foundation
import ZhizaoCEL

/// Scores a batch of assessment files in parallel (`rank --jobs`), keeping only the ranking
/// row of each (memory does not grow with the results, only with the rows). Outcomes come
/// back in input order, whatever order the threads finished in: the output never depends
/// on thread timing.
public struct BatchScorer: Sendable {
    public enum Outcome: Sendable {
        /// `input` is kept only with `keepInputs` (for `rank --reports`, which scores each
        /// applicant again, with its plan, once the batch's percentiles are known).
        case ranked(RankEntry, rubric: Rubric, input: BatchInput?)
        case rejected(source: String, reason: String)
    }

    /// What an applicant was read from: a file, or a row of a sheet.
    public enum BatchInput: Sendable {
        case file(String)
        case row(SheetContext, SheetRow)

        public var source: String {
            switch self {
            case .file(let path): return path
            case .row(let context, let row): return context.place.source(row.number)
            }
        }

        /// A problem with the whole input, at its start: `file:1:1`, `file:7:1`, `file:Sheet1!A7`.
        func error(_ message: Phrase) -> Diagnostic {
            switch self {
            case .file(let path): return Diagnostic(.error, file: path, position: SourcePosition(line: 1, column: 1), message)
            case .row(let context, let row): return context.place.error(row: row.number, column: 1, message)
            }
        }
    }

    /// Keep each ranked applicant's input in its outcome (memory grows by a row or a path each).
    public var keepInputs = false

    public let pipeline: AssessmentPipeline
    public let jobs: Int
    public let language: Language

    public init(pipeline: AssessmentPipeline, jobs: Int, language: Language) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.language = language
    }

    /// What a batch gave: one outcome per input (a file, or a sheet row), in input order.
    public struct Batch: Sendable {
        public var outcomes: [Outcome] = []
        /// Workbook sheets that hold no assessments (a template's questions, say).
        public var skippedSheets = 0
        /// The batch's one rubric: `--rubric`, else the one the first ranked input used; nil
        /// when nothing was ranked.
        public var rubric: Rubric?
    }

    /// One unit of work: an input to score, or one already refused.
    private enum Item: Sendable {
        case input(BatchInput)
        case done(Outcome)
    }

    /// Scores files and the rows of CSV/XLSX sheets among them. Work goes to the threads in
    /// blocks of a few thousand inputs, so a sheet of 100,000 rows is never held whole as
    /// documents. `progress` is called now and then with the inputs done and found so far.
    ///
    /// One rubric per batch: an input scored with another rubric than the batch's is
    /// rejected with the reason (lists, quotas and percentiles compare like with like).
    public func score(_ files: [String], progress: (@Sendable (_ done: Int, _ found: Int) -> Void)? = nil) -> Batch {
        var batch = Batch(rubric: pipeline.rubricOverride)
        var pending: [Item] = []
        var found = files.count
        let block = 4096
        func flush() {
            let outcomes = run(pending, before: batch.outcomes.count, found: found, progress: progress)
            for (item, outcome) in zip(pending, outcomes) { batch.outcomes.append(oneRubric(outcome, item, &batch.rubric)) }
            pending.removeAll(keepingCapacity: true)
        }
        for file in files {
            guard SpreadsheetInput.isSpreadsheet(file) else {
                pending.append(.input(.file(file)))
                if pending.count >= block { flush() }
                continue
            }
            found -= 1
            SpreadsheetInput.read(file, maxBytes: pipeline.limits.maxSheetBytes) { item in
                switch item {
                case .row(let context, let row): pending.append(.input(.row(context, row)))
                case .rejected(let source, let diagnostics): pending.append(.done(.rejected(source: source, reason: reason(diagnostics))))
                case .skippedSheet: batch.skippedSheets += 1; return
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
        guard case .ranked(let entry, let rubric, _) = outcome, case .input(let input) = item else { return outcome }
        guard let expected = batchRubric else {
            batchRubric = rubric
            return outcome
        }
        if expected.fingerprint == rubric.fingerprint && expected.reference == rubric.reference { return outcome }
        return .rejected(source: entry.source, reason: reason([input.error(Phrase(
            zh: "评价细则 \(rubric.reference) 与本批次的 \(expected.reference) 不同（可用 --rubric 统一）",
            en: "rubric \(rubric.reference) differs from the batch's \(expected.reference) (use --rubric)"))]))
    }

    /// Runs `work` over `count` indices on `jobs` threads; results in index order.
    public func parallel<T: Sendable>(_ count: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let chunk = max(1, min(64, count / (jobs * 8)))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for index in 0..<((count + chunk - 1) / chunk) {
            queue.addOperation {
                for position in (index * chunk)..<min(count, (index + 1) * chunk) { slots.set(position, work(position)) }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return slots.values()
    }

    private func run(_ items: [Item], before: Int, found: Int, progress: (@Sendable (Int, Int) -> Void)?) -> [Outcome] {
        let done = Counter()
        return parallel(items.count) { index in
            let outcome = self.outcome(items[index])
            let count = done.increment()
            if count % 256 == 0 { progress?(before + count, found) }
            return outcome
        }
    }

    private func outcome(_ item: Item) -> Outcome {
        switch item {
        case .done(let outcome):
            return outcome
        case .input(let input):
            let processed: AssessmentPipeline.Outcome
            switch input {
            case .file(let path): processed = pipeline.process(path: path)
            case .row(let context, let row): processed = pipeline.process(SheetRowSource(row: row, in: context))
            }
            switch processed {
            case .rejected(let diagnostics):
                return .rejected(source: input.source, reason: reason(diagnostics))
            case .scored(let result):
                guard let entry = RankEntry(result) else {
                    return .rejected(source: input.source, reason: reason([input.error(Phrase(
                        zh: "排序需要统一社会信用代码（enterprise.credit_code）", en: "rank needs a credit code (enterprise.credit_code)"))]))
                }
                return .ranked(entry, rubric: result.rubric, input: keepInputs ? input : nil)
            }
        }
    }

    func reason(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? diagnostics : errors).map { $0.rendered(language) }.joined(separator: "; ")
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
