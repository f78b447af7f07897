/// A position inside an expression's source text.
///
/// `offset` counts Unicode scalars from the start of the expression; `line` and `column`
/// are 1-based and also count Unicode scalars, so a rubric loader can add them to the YAML
/// position of the expression and print `file:line:col`.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(offset: Int, line: Int, column: Int) {
        self.offset = offset
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Maps scalar offsets of one source text to line/column pairs.
struct LineMap: Sendable {
    /// Scalar offsets at which each line starts (the first is 0).
    private let lineStarts: [Int]

    init(_ scalars: [Unicode.Scalar]) {
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    func location(of offset: Int) -> SourceLocation {
        // Binary search for the last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(offset: offset, line: low + 1, column: offset - lineStarts[low] + 1)
    }
}
