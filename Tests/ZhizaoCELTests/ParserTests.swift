import Testing
@testable import ZhizaoCEL

@Suite("Parsing")
struct ParserTests {
    @Test("operators bind with CEL's precedence", arguments: [
        ("1 + 2 * 3", CELValue.int(7)),
        ("(1 + 2) * 3", .int(9)),
        ("10 - 4 - 3", .int(3)),
        ("2 * 3 % 4", .int(2)),
        ("-2 * 3", .int(-6)),
        ("!false && false", .bool(false)),
        ("true || false && false", .bool(true)),
        ("1 < 2 == true", .bool(true)),
        ("true ? 1 : false ? 2 : 3", .int(1)),
        ("false ? 1 : false ? 2 : 3", .int(3)),
        ("2 in [1, 2] && 3 > 2", .bool(true)),
        ("[1, 2, 3,][2]", .int(3)),
        ("{'a': 1,}.a", .int(1)),
        ("// a comment\n 1 + 1 // another", .int(2)),
        ("'''line\nbreak'''", .string("line\nbreak")),
        ("{'if': 1}.if", .int(1)),
    ])
    func precedence(_ source: String, _ expected: CELValue) throws {
        #expect(try evaluate(source) == expected)
    }

    @Test("syntax errors point at the offending token", arguments: [
        ("total >= ", 1, 10),
        ("1 +* 2", 1, 4),
        ("(1 + 2", 1, 7),
        ("[1, 2", 1, 6),
        ("size(1, 2", 1, 10),
        ("1 + 2)", 1, 6),
        ("a.\n  b +", 2, 6),
        ("'unterminated", 1, 1),
        ("'two\nlines'", 1, 5),
        ("\"bad \\q escape\"", 1, 6),
        ("b'bytes'", 1, 1),
        ("if + 1", 1, 1),
        ("Pancakes{}", 1, 9),
        ("9223372036854775808", 1, 1),
        ("1 # 2", 1, 3),
        ("x = 1", 1, 3),
        ("has(x)", 1, 1),
        ("[1].all(1, true)", 1, 5),
    ])
    func syntaxErrorPosition(_ source: String, _ line: Int, _ column: Int) {
        let diagnostics = compileErrors(source, in: CELEnvironment(checking: .dynamic))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == line, "\(diagnostics)")
        #expect(diagnostics.first?.location.column == column, "\(diagnostics)")
    }

    @Test("the most negative int is a literal, its negation overflows")
    func int64Minimum() throws {
        #expect(try evaluate("-9223372036854775808") == .int(.min))
        #expect(evaluationError("-(-9223372036854775808)")?.0.problem == .overflow(operation: "-"))
    }

    @Test("columns count characters, not bytes, so positions in Chinese text are right")
    func chineseColumns() {
        let diagnostics = compileErrors("'山东' + 潍坊", in: CELEnvironment(checking: .dynamic))
        #expect(diagnostics.first?.location.column == 8)
        #expect(diagnostics.first?.problem == .unexpectedCharacter("'潍'"))
    }
}
