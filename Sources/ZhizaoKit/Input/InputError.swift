/// A problem in a user's input text, with its position (1-based line and column).
public struct InputError: Error, Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: Phrase

    public init(line: Int, column: Int, _ message: Phrase) {
        self.line = line
        self.column = column
        self.message = message
    }
}
