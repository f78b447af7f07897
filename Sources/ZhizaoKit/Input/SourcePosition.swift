/// A place in a user's input text. Both numbers start at 1; the column counts Unicode
/// scalars (not bytes), so it matches what an editor shows for Chinese text.
public struct SourcePosition: Hashable, Sendable, Comparable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

extension InputError {
    init(at position: SourcePosition, _ message: Phrase) {
        self.init(line: position.line, column: position.column, message)
    }
}
