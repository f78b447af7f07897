/// One application reached more than once with identical content (SPEC §4): the same credit
/// code and the same content — byte-identical files, and also files that differ only in
/// line endings, comments, key order or quoting (`RankEntry.content`). It is ranked once,
/// from its first source; the others are noted, never ranked (they would be flagged as
/// duplicates of themselves).
public struct SameApplication: Sendable {
    /// The source that is ranked.
    public let kept: String
    /// The other sources with identical content, in source order.
    public let repeats: [String]

    /// `entries` with every identical resubmission folded into its first source (in source
    /// order), and the folds.
    static func fold(_ entries: [RankEntry]) -> (entries: [RankEntry], folds: [SameApplication]) {
        var firstByContent: [ContentIdentity: RankEntry] = [:]
        var repeats: [ObjectIdentifier: [String]] = [:]
        var dropped: Set<ObjectIdentifier> = []
        for entry in SourceOrder.sorted(entries, by: \.source) {
            let key = ContentIdentity(creditCode: entry.creditCode, content: entry.content)
            if let first = firstByContent[key] {
                repeats[ObjectIdentifier(first), default: []].append(entry.source)
                dropped.insert(ObjectIdentifier(entry))
            } else {
                firstByContent[key] = entry
            }
        }
        let kept = entries.filter { !dropped.contains(ObjectIdentifier($0)) }
        let folds = kept.compactMap { entry in repeats[ObjectIdentifier(entry)].map { SameApplication(kept: entry.source, repeats: $0) } }
            .sorted { SourceOrder.precedes($0.kept, $1.kept) }
        return (kept, folds)
    }
}

/// An application's credit code and what it says.
private struct ContentIdentity: Hashable {
    let creditCode: String
    let content: Int
}
