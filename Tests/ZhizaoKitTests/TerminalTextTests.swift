import Testing
@testable import ZhizaoKit

/// `TerminalText`: the one escaping of text on its way to a terminal (SPEC §2).
@Suite struct TerminalTextTests {
    @Test("control, escape and bidirectional control characters are shown as \\uXXXX")
    func field() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb") == "a\\u001b[2Jb")
        #expect(TerminalText.escaped("\u{0}\u{7}\u{8}\u{7F}") == "\\u0000\\u0007\\u0008\\u007f")
        #expect(TerminalText.escaped("\u{9B}31m\u{85}") == "\\u009b31m\\u0085")
        #expect(TerminalText.escaped("abc\u{202E}def\u{2066}\u{2069}\u{202A}") == "abc\\u202edef\\u2066\\u2069\\u202a")
        // A one-line field escapes line breaks and tabs too.
        #expect(TerminalText.escaped("潍坊\n得分: 100\t\r") == "潍坊\\u000a得分: 100\\u0009\\u000d")
        // Ordinary text, right-to-left marks and Chinese pass unchanged.
        #expect(TerminalText.escaped("潍坊示例 ＡＢＣ \u{200F}שלום\u{200E} é") == "潍坊示例 ＡＢＣ \u{200F}שלום\u{200E} é")
    }

    @Test("a whole screen keeps its line feeds, tabs and CR LF; a lone carriage return is escaped")
    func screen() {
        #expect(TerminalText.escaped("a\nb\tc\r\nd\re\u{1B}[Af", lineBreaks: .kept) == "a\nb\tc\r\nd\\u000de\\u001b[Af")
    }

    @Test("check's own colours pass, any other sequence is escaped")
    func styles() {
        let style = TerminalStyle(colour: true)
        let screen = style.bold("标题") + " " + style.dim("x") + style.accent("y") + style.error("z") + style.good("w") + "\n"
        #expect(TerminalText.escapedKeepingStyles(screen) == screen)
        #expect(TerminalText.escapedKeepingStyles("\u{1B}[1m名\u{1B}[2J\u{1B}[0m\u{1B}[31;1m\u{1B}[1") == "\u{1B}[1m名\\u001b[2J\u{1B}[0m\\u001b[31;1m\\u001b[1")
    }
}
