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
    }

    /// Keep each ranked applicant's input in its outcome (memory grows by a row or a path each).
    public var keepInputs = false

    public let pipeline: AssessmentPipeline
    public let jobs: Int
    public let language: MessageLanguage

    public init(pipeline: AssessmentPipeline, jobs: Int, language: MessageLanguage) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.language = language
    }

    /// What a batch gave: one outcome per input (a file, or a sheet row), in input order.
    public struct Batch: Sendable {
        public var outcomes: [Outcome] = []
        /// Workbook sheets that hold no assessments (a template's questions, say).
        public var skippedSheets = 0
    }

    /// One unit of work: a file to read, a sheet row, or an input already refused.
    private enum Item: @unchecked Sendable {
        case file(String)
        case row(SheetContext, SheetRow)
        case done(Outcome)
    }

    /// Scores files and the rows of CSV/XLSX sheets among them. Work goes to the threads in
    /// blocks of a few thousand inputs, so a sheet of 100,000 rows is never held whole as
    /// documents. `progress` is called now and then with the inputs done and found so far.
    public func score(_ files: [String], progress: (@Sendable (_ done: Int, _ found: Int) -> Void)? = nil) -> Batch {
        var batch = Batch()
        var pending: [Item] = []
        var found = files.count
        let block = 4096
        func flush() {
            batch.outcomes += run(pending, before: batch.outcomes.count, found: found, progress: progress)
            pending.removeAll(keepingCapacity: true)
        }
        for file in files {
            guard SpreadsheetInput.isSpreadsheet(file) else {
                pending.append(.file(file))
                if pending.count >= block { flush() }
                continue
            }
            found -= 1
            SpreadsheetInput.read(file, maxBytes: pipeline.limits.maxSheetBytes) { item in
                switch item {
                case .row(let context, let row): pending.append(.row(context, row))
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
        case .file(let path):
            return outcome(path, pipeline.process(path: path), input: keepInputs ? .file(path) : nil)
        case .row(let context, let row):
            let place = context.sheet.map { "\(context.file):" + CellReference.text(sheet: $0, row: row.number, column: 1) } ?? "\(context.file):\(row.number):1"
            return outcome(context.source(row.number), pipeline.process(row: row, in: context), place: place, input: keepInputs ? .row(context, row) : nil)
        case .done(let outcome): return outcome
        }
    }

    func reason(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }
        return (errors.isEmpty ? diagnostics : errors).map { $0.rendered(language) }.joined(separator: "; ")
    }

    /// `place`: where a missing credit code is reported (the file's start, or the row's first cell).
    func outcome(_ source: String, _ processed: AssessmentPipeline.Outcome, place: String? = nil, input: BatchInput? = nil) -> Outcome {
        switch processed {
        case .rejected(let diagnostics):
            return .rejected(source: source, reason: reason(diagnostics))
        case .scored(let result):
            guard let entry = RankEntry(result) else {
                return .rejected(source: source, reason: "\(place ?? source + ":1:1"): error: " + LocalizedMessage(
                    zh: "排序需要统一社会信用代码（enterprise.credit_code）", en: "rank needs a credit code (enterprise.credit_code)").text(language))
            }
            return .ranked(entry, rubric: result.rubric, input: input)
        }
    }
}

/// Slots filled by many threads, each slot by one.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }
    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
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
