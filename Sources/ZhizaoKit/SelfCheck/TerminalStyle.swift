/// Colour for a terminal, or none (piped output, `NO_COLOR`): the same text either way.
public struct TerminalStyle: Sendable {
    public let colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    private func wrap(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func accent(_ text: String) -> String { wrap(text, "36") }
    public func error(_ text: String) -> String { wrap(text, "31") }
    public func good(_ text: String) -> String { wrap(text, "32") }
}
