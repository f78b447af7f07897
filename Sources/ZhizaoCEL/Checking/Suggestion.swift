/// "Did you mean …?": the candidate a typo most likely meant. Used for expressions and
/// for rubric and assessment files alike, so both suggest the same way.
public enum Suggestion {
    /// Within a few edits (a third of the name's length, at least two, and fewer than the
    /// name has characters: "totl" → "total", not "x" → "y"), or a candidate the name starts
    /// with or that starts with the name ("boolean" → "bool"). Ties go to the first in
    /// alphabetical order, so suggestions are deterministic.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let c = candidate.lowercased()
            let prefix = c.count >= 3 && lowered.count >= 3 && (lowered.hasPrefix(c) || c.hasPrefix(lowered))
            let d = prefix ? 0 : distance(name, candidate)
            if best == nil || d < best!.distance || (d == best!.distance && candidate < best!.candidate) {
                best = (candidate, d)
            }
        }
        guard let best, best.distance <= max(2, name.count / 3), best.distance < name.count else { return nil }
        return best.candidate
    }

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
