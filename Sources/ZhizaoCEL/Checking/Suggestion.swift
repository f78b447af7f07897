/// "Did you mean …?": the closest candidate by edit distance, if it is close enough to be
/// a plausible typo.
public enum Suggestion {
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || d < best!.distance || (d == best!.distance && candidate < best!.candidate) {
                best = (candidate, d)
            }
        }
        guard let best else { return nil }
        // A third of the name's length, at least one edit: "totl" → "total", not "x" → "y".
        let allowed = max(1, target.count / 3)
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Levenshtein distance, with transpositions counted as one edit.
    /// Edit distance between two names, case-insensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars))
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
