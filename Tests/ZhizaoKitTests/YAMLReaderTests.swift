import Testing
@testable import ZhizaoKit

/// What the reader builds from valid input: kinds, order, styles, tags and positions.
@Suite struct YAMLReaderTests {
    private func pairs(_ node: YAMLNode) -> [YAMLPair] {
        guard case .mapping(let pairs) = node.kind else { Issue.record("not a mapping"); return [] }
        return pairs
    }

    private func text(_ node: YAMLNode) -> String? {
        guard case .scalar(let text, _) = node.kind else { return nil }
        return text
    }

    private func style(_ node: YAMLNode) -> YAMLNode.ScalarStyle? {
        guard case .scalar(_, let style) = node.kind else { return nil }
        return style
    }

    private func elements(_ node: YAMLNode) -> [YAMLNode] {
        guard case .sequence(let elements) = node.kind else { Issue.record("not a sequence"); return [] }
        return elements
    }

    @Test func readsAnAssessmentInDocumentOrder() throws {
        let root = try YAMLReader.readDocument("""
            format: zhizao.assessment/1
            enterprise:
              name: 潍坊某某动力股份有限公司
              credit_code: 91370700MA3C8K2L67
            answers:
              ai_scenarios: [prod_online_inspection, om_predictive_maintenance]
            """)
        let top = pairs(root)
        #expect(top.map { text($0.key) } == ["format", "enterprise", "answers"])
        #expect(root.position == SourcePosition(line: 1, column: 1))
        let enterprise = pairs(top[1].value)
        #expect(text(enterprise[0].value) == "潍坊某某动力股份有限公司")
        #expect(enterprise[1].key.position == SourcePosition(line: 4, column: 3))
        #expect(enterprise[1].value.position == SourcePosition(line: 4, column: 16))
        let scenarios = elements(pairs(top[2].value)[0].value)
        #expect(scenarios.map(text) == ["prod_online_inspection", "om_predictive_maintenance"])
        #expect(scenarios[1].position == SourcePosition(line: 6, column: 42))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try YAMLReader.readDocument("名称: 山东\n城市: [潍坊, 青岛]\n")
        let top = pairs(root)
        #expect(top[0].value.position == SourcePosition(line: 1, column: 5))
        let cities = elements(top[1].value)
        #expect(cities[1].position == SourcePosition(line: 2, column: 10))
    }

    @Test func keepsScalarStyles() throws {
        let root = try YAMLReader.readDocument("""
            a: plain
            b: 'single'
            c: "double"
            d: |
              literal
            e: >
              folded
            """)
        #expect(pairs(root).map { style($0.value) } == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
        #expect(text(pairs(root)[3].value) == "literal\n")
    }

    /// The tag is kept as resolved and honoured by `coreValue` (YAMLCoreTagTests covers the refusals).
    @Test func recordsCoreTagsAndHonoursThem() throws {
        let root = try YAMLReader.readDocument("a: !!str 12\nb: ! x\nc: 12\nd: !!map {k: v}\n")
        let top = pairs(root)
        #expect(top[0].value.tag == "tag:yaml.org,2002:str")
        #expect(text(top[0].value) == "12")
        #expect(style(top[0].value) == .plain)
        #expect(top[0].value.coreValue == .string("12"))
        #expect(top[1].value.tag == "!")
        #expect(top[2].value.tag == nil)
        #expect(top[2].value.coreValue == .int(12))
        #expect(top[3].value.tag == "tag:yaml.org,2002:map")
        #expect(top[0].value.position == SourcePosition(line: 1, column: 4))
    }

    @Test func aliasesShareTheAnchoredNode() throws {
        let root = try YAMLReader.readDocument("base: &b {x: 1, y: [2, 3]}\nfirst: *b\nsecond: *b\nname: &n 名称\ncopy: *n\n")
        let top = pairs(root)
        #expect(top[1].value === top[0].value)
        #expect(top[2].value === top[0].value)
        #expect(text(top[4].value) == "名称")
        #expect(top[4].value === top[3].value)
    }

    @Test func aScalarAliasMayBeAKey() throws {
        let root = try YAMLReader.readDocument("a: &k name\n*k : value\n")
        #expect(pairs(root).map { text($0.key) } == ["a", "name"])
    }

    @Test func mergeKeysAreOrdinaryKeys() throws {
        let root = try YAMLReader.readDocument("base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n")
        let derived = pairs(pairs(root)[1].value)
        #expect(derived.map { text($0.key) } == ["<<", "y"])
        #expect(derived[0].value === pairs(root)[0].value)
    }

    @Test func readsJSON() throws {
        let root = try YAMLReader.readDocument(#"{"name": "山东", "big": 123456789012345678901234567890, "list": [1, 2.5, true, null]}"#)
        let top = pairs(root)
        #expect(top.map { text($0.key) } == ["name", "big", "list"])
        #expect(text(top[1].value) == "123456789012345678901234567890")
        #expect(style(top[1].value) == .plain)
        #expect(CoreSchemaScalar(plain: text(top[1].value) ?? "") == .bigInteger("123456789012345678901234567890"))
        #expect(elements(top[2].value).map(text) == ["1", "2.5", "true", "null"])
        #expect(style(top[0].value) == .doubleQuoted)
    }

    @Test func acceptsCRLFLineEnds() throws {
        let root = try YAMLReader.readDocument("a: 1\r\nb: 山东\r\nc: [x, y]\r\n")
        let top = pairs(root)
        #expect(text(top[1].value) == "山东")
        #expect(top[2].value.position == SourcePosition(line: 3, column: 4))
    }

    @Test func acceptsTabsInsideText() throws {
        let root = try YAMLReader.readDocument("a: \"x\ty\"\n")
        #expect(text(pairs(root)[0].value) == "x\ty")
    }

    @Test func anExplicitDocumentIsAccepted() throws {
        let root = try YAMLReader.readDocument("%YAML 1.2\n---\na: 1\n...\n")
        #expect(pairs(root).count == 1)
    }

    @Test func readValueAllowsAnyRoot() throws {
        #expect(text(try YAMLReader.readValue("42")) == "42")
        #expect(elements(try YAMLReader.readValue("[1, 2, 3]")).count == 3)
        #expect(pairs(try YAMLReader.readValue(#"{"a": [1]}"#)).count == 1)
        #expect(text(try YAMLReader.readValue(#""quoted""#)) == "quoted")
    }

    @Test func bytesAndTextGiveTheSameTree() throws {
        let source = "名称: 山东\nlist: [1, 2]\n"
        let fromText = try YAMLReader.readDocument(source)
        let fromBytes = try YAMLReader.readDocument(Array(source.utf8))
        #expect(pairs(fromText).map { text($0.key) } == pairs(fromBytes).map { text($0.key) })
        #expect(pairs(fromText)[1].value.position == pairs(fromBytes)[1].value.position)
    }
}
