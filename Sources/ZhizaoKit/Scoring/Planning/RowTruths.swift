/// What one row predicate of a count (`indicators.filter(i, …)`) gave for the indicator rows
/// seen so far: per rubric position, each answer met there and the truth it gave. A position
/// meets few answers (its choices, its bands' lower ends, blank, N/A), so a short list
/// scanned in order finds one faster than hashing would.
struct RowTruths: Sendable {
    struct Entry: Sendable {
        let value: Answer.Value?
        let notApplicable: Bool
        let truth: Truth
    }

    private var entries: [[Entry]]

    init(positions: Int) {
        entries = Array(repeating: [], count: positions)
    }

    func truth(at position: Int, value: Answer.Value?, notApplicable: Bool) -> Truth? {
        guard position < entries.count else { return nil }
        for entry in entries[position] where entry.notApplicable == notApplicable && entry.value == value {
            return entry.truth
        }
        return nil
    }

    mutating func learn(at position: Int, value: Answer.Value?, notApplicable: Bool, truth: Truth) {
        guard position < entries.count,
              self.truth(at: position, value: value, notApplicable: notApplicable) == nil else { return }
        entries[position].append(Entry(value: value, notApplicable: notApplicable, truth: truth))
    }

    /// Adds what `other` learned that this one does not know yet.
    mutating func merge(_ other: RowTruths) {
        for (position, list) in other.entries.enumerated() {
            for entry in list {
                learn(at: position, value: entry.value, notApplicable: entry.notApplicable, truth: entry.truth)
            }
        }
    }

}
