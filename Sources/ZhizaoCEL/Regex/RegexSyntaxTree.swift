/// Zero-width tests that RE2 supports; each looks only at the scalars just before and just
/// after the current position.
enum RegexAssertion: UInt32, Sendable {
    case beginText
    case endText
    case beginLine
    case endLine
    case wordBoundary
    case notWordBoundary
}

/// One node of a parsed pattern. Children are referred to by index into `RegexSyntaxTree.nodes`.
///
/// Groups leave no node behind: `matches` only answers yes or no, so captures are never needed,
/// and a group is just its contents. Flags are resolved while parsing (case folding turns
/// literals into sets, `(?s)` picks the kind of dot, `(?m)` the kind of anchor).
enum RegexNode: Sendable {
    /// Matches the empty string, e.g. `()` or an empty alternative in `a|`.
    case empty
    case scalar(UInt32)
    case set(RegexCharSet)
    /// `.` under `(?s)`, and `\C`.
    case anyScalar
    /// `.` without `(?s)`.
    case anyScalarExceptNewline
    case assertion(RegexAssertion)
    case concatenation([Int])
    case alternation([Int])
    /// `max == nil` means unbounded (`*`, `+`, `{n,}`).
    case repetition(Int, min: Int, max: Int?)
}

/// A parsed pattern stored flat. The parser creates children before their parents, so every
/// child index is smaller than its parent's: later passes walk the array with loops and
/// explicit stacks instead of recursion, and a deeply nested pattern cannot overflow the
/// call stack (nor, when released, the stack of a recursive deinit).
struct RegexSyntaxTree: Sendable {
    private(set) var nodes: [RegexNode] = []
    /// For each node, where it starts in the pattern (for repetitions: the operator), in scalars;
    /// used to point at the culprit when the compiled program would be too large.
    private(set) var offsets: [Int] = []
    var root = 0

    mutating func add(_ node: RegexNode, at offset: Int) -> Int {
        nodes.append(node)
        offsets.append(offset)
        return nodes.count - 1
    }

    /// Whether every match must start at the beginning of the text (the pattern begins with
    /// `\A`, or `^` outside multi-line mode), so the matcher can stop as soon as all threads die.
    var isAnchoredAtStart: Bool {
        guard !nodes.isEmpty else { return false }
        var index = root
        while case .concatenation(let children) = nodes[index], let first = children.first {
            index = first
        }
        if case .assertion(.beginText) = nodes[index] { return true }
        return false
    }
}
