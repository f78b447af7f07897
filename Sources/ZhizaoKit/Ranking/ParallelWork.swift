import Foundation

/// Work spread over threads whose results come back in index order, whatever order the
/// threads finished in.
public enum ParallelWork {
    /// Runs `work` over `count` indices on `jobs` threads; results in index order.
    public static func map<T: Sendable>(_ count: Int, jobs: Int, _ work: @escaping @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        let chunk = max(1, min(64, count / (max(1, jobs) * 8)))
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = max(1, jobs)
        for index in 0..<((count + chunk - 1) / chunk) {
            queue.addOperation {
                for position in (index * chunk)..<min(count, (index + 1) * chunk) { slots.set(position, work(position)) }
            }
        }
        queue.waitUntilAllOperationsAreFinished()
        return slots.values()
    }
}
