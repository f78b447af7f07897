import Testing
@testable import ZhizaoKit

/// Refused documents: every error has a position and both languages.
@Suite struct YAMLReaderErrorTests {
    private func documentError(_ text: String, limits: YAMLLimits = YAMLLimits()) -> InputError? {
        #expect(throws: InputError.self) { try YAMLReader.readDocument(text, limits: limits) }
    }

    private func valueError(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try YAMLReader.readValue(text) }
    }

    /// A syntax error as `validate` prints it: the place, then the message in both languages.
    struct SyntaxCase: Sendable, CustomTestStringConvertible {
        let text: String
        let place: String
        let zh: String
        let en: String
        var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }
    }

    static let syntaxCases: [SyntaxCase] = [
        // A tab used for indentation, wherever LibYAML notices it: the tab itself.
        SyntaxCase(text: "a:\n\tb: 1\n", place: "a.yaml:2:1",
                   zh: "YAML 语法错误：这里用制表符（Tab）缩进了；YAML 只能用空格缩进，请把 Tab 换成空格",
                   en: "YAML syntax error: a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces"),
        SyntaxCase(text: "a:\n  b: 1\n  \tc: 2\n", place: "a.yaml:3:3",
                   zh: "YAML 语法错误：这里用制表符（Tab）缩进了；YAML 只能用空格缩进，请把 Tab 换成空格",
                   en: "YAML syntax error: a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces"),
        SyntaxCase(text: "a: |\n\tx\n", place: "a.yaml:2:1",
                   zh: "YAML 语法错误：这里用制表符（Tab）缩进了；YAML 只能用空格缩进，请把 Tab 换成空格",
                   en: "YAML syntax error: a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces"),
        // Full-width spaces as indentation: pointed at, on the line they are on.
        SyntaxCase(text: "format: zhizao.assessment/1\nenterprise:\n\u{3000}\u{3000}name: 潍坊柴油机\n  city: 潍坊\n", place: "a.yaml:3:1",
                   zh: "YAML 语法错误：这里用全角空格缩进了；YAML 只能用半角空格缩进，请把全角空格换成半角空格（切换到英文输入法再输入）",
                   en: "YAML syntax error: full-width spaces are used for indentation here; YAML indents with ASCII spaces only, so replace them"),
        // A full-width colon: LibYAML gives up a line later; the colon itself is pointed at.
        SyntaxCase(text: "format: zhizao.assessment/1\nenterprise：\n  name: 潍坊柴油机\n", place: "a.yaml:2:11",
                   zh: "YAML 语法错误：“enterprise”后面是全角冒号“：”；YAML 要用半角冒号加空格，请写成“enterprise:”",
                   en: "YAML syntax error: 'enterprise' is followed by a full-width colon '：'; YAML needs a half-width colon and a space: 'enterprise:'"),
        SyntaxCase(text: "enterprise:\n  name: x\n  city：潍坊\n  industry: 装备\n", place: "a.yaml:3:7",
                   zh: "YAML 语法错误：“city”后面是全角冒号“：”；YAML 要用半角冒号加空格，请写成“city: 潍坊”",
                   en: "YAML syntax error: 'city' is followed by a full-width colon '：'; YAML needs a half-width colon and a space: 'city: 潍坊'"),
        SyntaxCase(text: "enterprise:\n  名称：x\n  city: y\n", place: "a.yaml:2:5",
                   zh: "YAML 语法错误：“名称”后面是全角冒号“：”；YAML 要用半角冒号加空格，请写成“名称: x”",
                   en: "YAML syntax error: '名称' is followed by a full-width colon '：'; YAML needs a half-width colon and a space: '名称: x'"),
        SyntaxCase(text: "a: 1\nb：2\n", place: "a.yaml:2:2",
                   zh: "YAML 语法错误：“b”后面是全角冒号“：”；YAML 要用半角冒号加空格，请写成“b: 2”",
                   en: "YAML syntax error: 'b' is followed by a full-width colon '：'; YAML needs a half-width colon and a space: 'b: 2'"),
        // An unclosed quote: the opening quote.
        SyntaxCase(text: "a: \"abc\nb: 2\nc: 3\n", place: "a.yaml:1:4",
                   zh: "YAML 语法错误：这里的引号 \" 没有闭合；请在这段文字末尾补上 \"",
                   en: "YAML syntax error: the quote \" opened here is never closed; end the text with another \""),
        SyntaxCase(text: "名称: '山东\n---\n", place: "a.yaml:1:5",
                   zh: "YAML 语法错误：这里的引号 ' 没有闭合；请在这段文字末尾补上 '",
                   en: "YAML syntax error: the quote ' opened here is never closed; end the text with another '"),
        SyntaxCase(text: "a: \"abc\nb: \"x\"\n", place: "a.yaml:1:4",
                   zh: "YAML 语法错误：这里的引号 \" 没有闭合；请在这段文字末尾补上 \"",
                   en: "YAML syntax error: the quote \" opened here is never closed; end the text with another \""),
        SyntaxCase(text: "a: 'it's'\nb: 1\n", place: "a.yaml:1:8",
                   zh: "YAML 语法错误：引号 ' 在这之前已经结束，后面的文字不属于它；文字本身含引号时，请用另一种引号把整段括起来（单引号内的 ' 写作 ''）",
                   en: "YAML syntax error: the quoted text (') ended before this; if the text holds a quote, enclose it all in the other kind of quote (inside single quotes, write ' as '')"),
        // No space after the colon: the colon.
        SyntaxCase(text: "answers:\n  rd_design:1\n  rd_plan: 2\n", place: "a.yaml:2:12",
                   zh: "YAML 语法错误：“rd_design”的冒号后面缺少空格；请写成“rd_design: 1”",
                   en: "YAML syntax error: no space after the colon of 'rd_design'; write 'rd_design: 1'"),
        SyntaxCase(text: "a: 1\nb:2\n", place: "a.yaml:2:2",
                   zh: "YAML 语法错误：“b”的冒号后面缺少空格；请写成“b: 2”",
                   en: "YAML syntax error: no space after the colon of 'b'; write 'b: 2'"),
        // Others: LibYAML's problem in Chinese, its English kept, with where the reading began.
        SyntaxCase(text: "a: 1\nb: [1, 2\nc: 3\n", place: "a.yaml:3:2",
                   zh: "YAML 语法错误：列表 [ … ] 中缺少“,”或“]”（该方括号列表始于第 2 行第 4 列）",
                   en: "YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2, column 4)"),
        SyntaxCase(text: "名称: 山东: 潍坊\n", place: "a.yaml:1:7",
                   zh: "YAML 语法错误：这里不能出现“键: 值”：可能是缩进不对，或文字中有“: ”却没有加引号",
                   en: "YAML syntax error: mapping values are not allowed in this context (the indentation is wrong, or text holding ': ' is not quoted)"),
        SyntaxCase(text: "enterprise:\n  name: x\n city: y\n", place: "a.yaml:3:2",
                   zh: "YAML 语法错误：这里应是一个键（键: 值），请检查缩进（该映射始于第 1 行第 1 列）",
                   en: "YAML syntax error: did not find expected key (check the indentation) (while parsing a block mapping at line 1, column 1)"),
        SyntaxCase(text: "a:\n  - 1\n  b: 2\n", place: "a.yaml:3:3",
                   zh: "YAML 语法错误：这里应是列表项“- ”，请检查缩进（该列表始于第 2 行第 3 列）",
                   en: "YAML syntax error: did not find expected '-' indicator (check the indentation) (while parsing a block collection at line 2, column 3)"),
        SyntaxCase(text: "a: @x\n", place: "a.yaml:1:4",
                   zh: "YAML 语法错误：这个字符不能作为内容的开头；以 @ 或 ` 开头的文字请加引号",
                   en: "YAML syntax error: found character that cannot start any token (quote text that begins with @ or `)"),
        SyntaxCase(text: "a: \"\\q\"\n", place: "a.yaml:1:5",
                   zh: "YAML 语法错误：未知的转义字符（双引号内的 \\ 要写成 \\\\）（该引号内的文字始于第 1 行第 4 列）",
                   en: "YAML syntax error: found unknown escape character (while parsing a quoted scalar at line 1, column 4)"),
    ]

    @Test(arguments: syntaxCases) func syntaxErrorsAreExplainedWhereTheSlipIs(_ example: SyntaxCase) throws {
        let error = try #require(documentError(example.text))
        let diagnostic = Diagnostic(.error, file: "a.yaml", position: SourcePosition(line: error.line, column: error.column), error.message)
        #expect(diagnostic.rendered(.zh) == "\(example.place): error: \(example.zh)")
        #expect(diagnostic.rendered(.en) == "\(example.place): error: \(example.en)")
    }

    @Test func aProblemLibYAMLAddsLaterKeepsItsOwnWords() {
        let message = YAMLProblem.syntax(problem: "found something new", context: nil, contextAt: nil).message
        #expect(message == Phrase(zh: "YAML 语法错误：无法解析（found something new）", en: "YAML syntax error: found something new"))
    }

    @Test func everyProblemAndContextOfLibYAMLIsInChinese() {
        // LibYAML's fixed strings (scanner.c, parser.c); a new one would show as 无法解析（…）.
        let problems = ["block sequence entries are not allowed in this context", "could not find expected ':'",
                        "mapping values are not allowed in this context", "did not find expected key",
                        "found unexpected end of stream", "did not find expected node content"]
        for problem in problems {
            #expect(Words.Input.Syntax.problem(problem)?.zh.contains(where: { $0.unicodeScalars.first!.value > 0x2E80 }) == true)
        }
        for context in ["while parsing a block mapping", "while scanning a simple key", "while scanning a quoted scalar"] {
            #expect(Words.Input.Syntax.reading(context) != nil)
        }
    }

    @Test func duplicateKeyPointsAtTheSecondAndNamesTheFirst() {
        let error = documentError("domain: rd\nrd_design: 1\nrd_design: 2\n")
        #expect(error == InputError(line: 3, column: 1, Phrase(
            zh: "第 3 行重复的键 'rd_design'（第一次出现在第 2 行）",
            en: "duplicate key 'rd_design' (first at line 2)")))
    }

    @Test func duplicateKeysAreFoundInNestedMappings() {
        let error = documentError("answers:\n  a: 1\n  b: 2\n  a: 3\nother:\n  a: 1\n")
        #expect(error?.line == 4)
        #expect(error?.column == 3)
        #expect(error?.message.en == "duplicate key 'a' (first at line 2)")
    }

    @Test func duplicateKeysInLargeMappings() throws {
        let keys = (1...40).map { "key\($0): \($0)\n" }.joined()
        _ = try YAMLReader.readDocument(keys)
        // Found among many keys (hashed) and among few (searched one by one).
        #expect(documentError(keys + "key3: again\n")?.message.en == "duplicate key 'key3' (first at line 3)")
        #expect(documentError(keys + "key40: again\n")?.line == 41)
        let few = (1...10).map { "key\($0): \($0)\n" }.joined()
        #expect(documentError(few + "key10: again\n")?.message.en == "duplicate key 'key10' (first at line 10)")
    }

    @Test func keysInDifferentMappingsAreNotDuplicates() throws {
        _ = try YAMLReader.readDocument("x: {a: 1}\ny: {a: 1}\n")
    }

    @Test func plainAndQuotedKeysWithTheSameTextAreDuplicates() {
        let error = documentError("1: a\n\"1\": b\n")
        #expect(error?.line == 2)
        #expect(error?.message.en == "duplicate key '1' (first at line 1)")
    }

    @Test func duplicateKeyInJSON() {
        let error = documentError(#"{"name": "a", "city": "b", "name": "c"}"#)
        #expect(error?.line == 1)
        #expect(error?.column == 28)
        #expect(error?.message.zh == "第 1 行重复的键 'name'（第一次出现在第 1 行）")
    }

    @Test func duplicateKeyWrittenThroughAnAlias() {
        let error = documentError("a: &k name\nname: 1\n*k : 2\n")
        #expect(error?.line == 3)
        #expect(error?.column == 1)
        #expect(error?.message.en == "duplicate key 'name' (first at line 2)")
    }

    @Test func longOrMultiLineKeysAreShortenedInMessages() {
        let key = String(repeating: "长", count: 60)
        let error = documentError("\"\(key)\": 1\n\"\(key)\": 2\n")
        #expect(error?.message.en == "duplicate key '\(String(repeating: "长", count: 40))…' (first at line 1)")
        let newline = documentError("\"a\\nb\": 1\n\"a\\nb\": 2\n")
        #expect(newline?.message.en == "duplicate key 'a\\nb' (first at line 1)")
    }

    @Test func nonScalarKeysAreRefused() {
        let message = Phrase(
            zh: "映射的键必须是单个值，不能是列表或映射",
            en: "a mapping key must be a single value, not a list or a mapping")
        #expect(documentError("? [a, b]\n: 1\n") == InputError(line: 1, column: 3, message))
        #expect(documentError("{{a: 1}: 2}") == InputError(line: 1, column: 2, message))
        #expect(documentError("x: &m {a: 1}\n*m : 2\n") == InputError(line: 2, column: 1, message))
    }

    @Test func emptyFile() {
        let message = Phrase(zh: "内容是空的", en: "the input is empty")
        #expect(documentError("") == InputError(line: 1, column: 1, message))
        #expect(documentError("  \n\n") == InputError(line: 1, column: 1, message))
        #expect(valueError("") == InputError(line: 1, column: 1, message))
    }

    @Test func commentOnlyFile() {
        #expect(documentError("# 评估表\n  # 还没填\n") == InputError(line: 1, column: 1, Phrase(
            zh: "只有注释，没有内容", en: "the input contains only comments")))
    }

    @Test func documentMarkerWithNothingAfterIt() {
        let message = Phrase(
            zh: "文档没有内容，顶层应是映射（键: 值）",
            en: "the document is empty; its top level must be a mapping (key: value)")
        #expect(documentError("---\n# nothing\n") == InputError(line: 1, column: 1, message))
        #expect(documentError("# header\n---\n") == InputError(line: 2, column: 1, message))
        #expect(documentError("~\n")?.message.en == "the top level must be a mapping (key: value), not a single value")
    }

    @Test func scalarRoot() {
        #expect(documentError("just text\n") == InputError(line: 1, column: 1, Phrase(
            zh: "顶层应是映射（键: 值），实际是单个值",
            en: "the top level must be a mapping (key: value), not a single value")))
    }

    @Test func listRoot() {
        #expect(documentError("- a: 1\n- a: 2\n") == InputError(line: 1, column: 1, Phrase(
            zh: "顶层应是映射（键: 值），实际是列表",
            en: "the top level must be a mapping (key: value), not a list")))
        #expect(documentError("\n  [1, 2]")?.line == 2)
    }

    @Test func multipleDocuments() {
        let message = Phrase(
            zh: "这里开始了第二个 YAML 文档（---），只允许有一个",
            en: "a second YAML document (---) starts here; only one is allowed")
        #expect(documentError("a: 1\n---\nb: 2\n") == InputError(line: 2, column: 1, message))
        #expect(documentError("---\na: 1\n---\n") == InputError(line: 3, column: 1, message))
        #expect(valueError("1\n---\n2\n") == InputError(line: 2, column: 1, message))
    }

    @Test func undefinedAlias() {
        #expect(documentError("a: 1\nb: *missing\n") == InputError(line: 2, column: 4, Phrase(
            zh: "别名 '*missing' 没有定义（前面没有锚点 '&missing'）",
            en: "undefined alias '*missing' (no earlier anchor '&missing')")))
    }

    @Test func aliasUsedBeforeItsAnchor() {
        let error = documentError("a: *x\nb: &x 1\n")
        #expect(error?.line == 1)
        #expect(error?.column == 4)
        #expect(error?.message.en == "undefined alias '*x' (no earlier anchor '&x')")
    }

    @Test func aliasInsideItsOwnAnchor() {
        #expect(documentError("a: &x [1, *x]\n") == InputError(line: 1, column: 11, Phrase(
            zh: "别名 '*x' 引用了包含它自身的节点",
            en: "alias '*x' refers to a node that contains it")))
    }
}
