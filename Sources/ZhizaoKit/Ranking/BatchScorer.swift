import Foundation
import ZhizaoCEL

/// Scores a batch of assessment files in parallel (`rank --jobs`), keeping only the ranking
/// row of each (memory does not grow with the results, only with the rows). Outcomes come
/// back in input order, whatever order the threads finished in: the output never depends
/// on thread timing.
public struct BatchScorer: Sendable {
    public enum Outcome: Sendable {
        case ranked(RankEntry, rubric: Rubric)
        case rejected(source: String, reason: String)
    }

    public let pipeline: AssessmentPipeline
    public let jobs: Int
    public let language: MessageLanguage

    public init(pipeline: AssessmentPipeline, jobs: Int, language: MessageLanguage) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.language = language
    }

    /// `progress` is called now and then with the count done so far (from any thread).
    public func score(_ files: [String], progress: (@Sendable (Int) -> Void)? = nil) -> [Outcome] {
        let results = OutcomeBuffer(count: files.count)
        let done = Counter()
        // Chunks of files per task: fewer hand-overs than one file each, and every job busy.
        let chunk = max(1, min(64, files.count / (jobs * 8)))
        let chunks = (files.count + chunk - 1) / chunk
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = jobs
        for index in 0..<chunks {
            queue.addOperation {
                for position in (index * chunk)..<min(files.count, (index + 1) * chunk) {
                    results.set(position, self.outcome(files[position]))
                    let count = done.increment()
                    if count % 256 == 0 { progress?(count) }
                }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        progress?(files.count)
        return results.values()
    }

    func outcome(_ file: String) -> Outcome {
        switch pipeline.process(path: file) {
        case .rejected(let diagnostics):
            let reason = diagnostics.filter { $0.severity == .error }.map { $0.rendered(language) }.joined(separator: "; ")
            return .rejected(source: file, reason: reason.isEmpty ? diagnostics.map { $0.rendered(language) }.joined(separator: "; ") : reason)
        case .scored(let result):
            guard let entry = RankEntry(result) else {
                return .rejected(source: file, reason: "\(file):1:1: error: " + LocalizedMessage(
                    zh: "排序需要统一社会信用代码（enterprise.credit_code）", en: "rank needs a credit code (enterprise.credit_code)").text(language))
            }
            return .ranked(entry, rubric: result.rubric)
        }
    }
}

/// Slots filled by many threads, each slot by one.
private final class OutcomeBuffer: @unchecked Sendable {
    private var slots: [BatchScorer.Outcome?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ outcome: BatchScorer.Outcome) {
        lock.lock()
        slots[index] = outcome
        lock.unlock()
    }
    func values() -> [BatchScorer.Outcome] {
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
