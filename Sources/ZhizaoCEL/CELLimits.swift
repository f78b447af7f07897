/// Bounds that keep hostile expressions from exhausting time, memory or the stack.
public struct CELLimits: Sendable, Hashable {
    /// Longest accepted source text, in UTF-8 bytes (SPEC §2: an expression is at most 64 KB).
    public var maxSourceBytes: Int = 65_536
    /// Deepest nesting of parentheses, brackets, braces, calls and `?:` while parsing.
    public var maxNesting: Int = 100
    /// Tallest expression tree (bounds every recursive walk: checking, evaluating, freeing).
    public var maxHeight: Int = 250
    /// Most comprehension iterations in one evaluation, over all macros together.
    public var maxIterations: Int = 1_000_000

    public init() {}
}
