/// Colour for a terminal, or none (piped output, `NO_COLOR`): the same text either way.
public struct TerminalStyle: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    private func wrap(_ text: String, _ code: TerminalText.StyleCode) -> String {
        colour ? "\u{1B}[\(code.rawValue)m\(text)\u{1B}[\(TerminalText.StyleCode.reset.rawValue)m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, .bold) }
    public func dim(_ text: String) -> String { wrap(text, .dim) }
    public func accent(_ text: String) -> String { wrap(text, .accent) }
    public func error(_ text: String) -> String { wrap(text, .error) }
    public func good(_ text: String) -> String { wrap(text, .good) }
}
