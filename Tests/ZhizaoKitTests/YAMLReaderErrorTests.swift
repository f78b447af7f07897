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

    @Test func syntaxErrorsCarryLibYAMLsProblemAndPosition() {
        let error = documentError("a: 1\nb: [1, 2\nc: 3\n")
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.message.zh.hasPrefix("YAML 语法错误：did not find expected ',' or ']'") == true)
        #expect(error?.message.en.hasPrefix("YAML syntax error: did not find expected ',' or ']'") == true)
        #expect(error?.message.en.contains("while parsing a flow sequence at line 2, column 4") == true)
    }

    @Test func syntaxErrorPositionsCountChineseCharacters() {
        let error = documentError("名称: 山东: 潍坊\n")
        #expect(error?.line == 1)
        #expect(error?.column == 7)
        #expect(error?.message.zh == "YAML 语法错误：mapping values are not allowed in this context")
        #expect(error?.message.en == "YAML syntax error: mapping values are not allowed in this context")
    }

    @Test func badIndentationIsASyntaxError() {
        let error = documentError("enterprise:\n  name: x\n city: y\n")
        #expect(error?.line == 3)
        #expect(error?.message.en.hasPrefix("YAML syntax error: ") == true)
    }

    @Test func tabIndentationIsASyntaxError() {
        let error = documentError("a:\n\tb: 1\n")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.message.en.contains("cannot start any token") == true)
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
