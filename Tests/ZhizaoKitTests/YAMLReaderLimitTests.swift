import Testing
@testable import ZhizaoKit

/// Hostile inputs are stopped at a limit, with a position, before they cost much.
@Suite struct YAMLReaderLimitTests {
    private func documentError(_ text: String, limits: YAMLLimits = YAMLLimits()) -> InputError? {
        #expect(throws: InputError.self) { try YAMLReader.readDocument(text, limits: limits) }
    }

    /// Nine levels of nine aliases: 9^9 "lol"s if expanded, a few hundred bytes as written.
    static let billionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """

    @Test func billionLaughsIsRefused() {
        let error = documentError(Self.billionLaughs)
        // Level f holds 9^5 + … nodes; the first alias whose expansion crosses 200 000 is on line 6.
        #expect(error?.line == 6)
        #expect(error?.message == Phrase(
            zh: "别名展开后节点过多（上限 200000）",
            en: "aliases expand to too many nodes (limit 200000)"))
    }

    @Test func aliasReuseWithinTheLimitsWorks() throws {
        let text = Self.billionLaughs.split(separator: "\n").prefix(4).joined(separator: "\n")
        let root = try YAMLReader.readDocument(text)
        guard case .mapping(let pairs) = root.kind, case .sequence(let d) = pairs[3].value.kind else {
            Issue.record("unexpected shape"); return
        }
        #expect(d.count == 9)
        #expect(d.allSatisfy { $0 === pairs[2].value })
    }

    @Test func expansionCountingCannotOverflow() {
        var limits = YAMLLimits()
        limits.maxNodes = .max
        // Each level doubles the previous one: 2^70 nodes, far past Int.max.
        var text = "a0: &a0 [x, x]\n"
        for level in 1...70 { text += "a\(level): &a\(level) [*a\(level - 1), *a\(level - 1)]\n" }
        let error = documentError(text, limits: limits)
        #expect(error?.message.en == "aliases expand to too many nodes (limit \(Int.max))")
    }

    @Test func aliasUsesAreCounted() {
        var limits = YAMLLimits()
        limits.maxAliases = 3
        let error = documentError("a: &x 1\nb: [*x, *x, *x, *x]\n", limits: limits)
        #expect(error == InputError(line: 2, column: 17, Phrase(
            zh: "别名使用次数过多（上限 3 次）", en: "too many alias uses (limit 3)")))
    }

    @Test func nodesAreCounted() {
        var limits = YAMLLimits()
        limits.maxNodes = 5
        // The root mapping, two keys and two values are five nodes; the sixth is refused.
        let error = documentError("a: 1\nb: 2\nc: 3\n", limits: limits)
        #expect(error == InputError(line: 3, column: 1, Phrase(
            zh: "节点过多（上限 5）", en: "too many nodes (limit 5)")))
    }

    @Test func tenThousandNestedBracketsAreRefused() {
        for opener in ["[", "{"] {
            let error = documentError("a: " + String(repeating: opener, count: 10_000))
            #expect(error?.line == 1)
            #expect(error?.message == Phrase(zh: "嵌套过深（上限 100 层）", en: "nesting too deep (limit 100 levels)"))
        }
    }

    @Test func tenThousandNestedBracketsOnSeparateLines() {
        let error = documentError("a: [\n" + String(repeating: " [\n", count: 9_999))
        // The root mapping is level 1 and the bracket on line n is level n + 1.
        #expect(error == InputError(line: 100, column: 2, Phrase(
            zh: "嵌套过深（上限 100 层）", en: "nesting too deep (limit 100 levels)")))
    }

    @Test func deeplyNestedBlockMappings() {
        var text = ""
        for level in 0..<150 { text += String(repeating: " ", count: level) + "k\(level):\n" }
        let error = documentError(text)
        // The mapping that starts on line n is level n.
        #expect(error?.line == 101)
        #expect(error?.column == 101)
        #expect(error?.message.en == "nesting too deep (limit 100 levels)")
    }

    @Test func depthLimitIsConfigurable() throws {
        var limits = YAMLLimits()
        limits.maxDepth = 3
        _ = try YAMLReader.readDocument("a: {b: [1]}", limits: limits)
        #expect(documentError("a: {b: [[1]]}", limits: limits) == InputError(line: 1, column: 9, Phrase(
            zh: "嵌套过深（上限 3 层）", en: "nesting too deep (limit 3 levels)")))
    }

    @Test func depthReachedThroughAnAliasIsCounted() {
        var limits = YAMLLimits()
        limits.maxDepth = 4
        // &x is three levels deep; used inside two more levels it would make five.
        let error = documentError("a: &x [[[1]]]\nb: [*x]\n", limits: limits)
        #expect(error == InputError(line: 2, column: 5, Phrase(
            zh: "别名展开后嵌套过深（上限 4 层）", en: "alias expands to nesting too deep (limit 4 levels)")))
    }

    @Test func sizeLimit() throws {
        var limits = YAMLLimits()
        limits.maxBytes = 2048
        _ = try YAMLReader.readDocument("a: " + String(repeating: "x", count: 2045), limits: limits)
        #expect(documentError("a: " + String(repeating: "x", count: 2046), limits: limits) == InputError(
            line: 1, column: 1, Phrase(zh: "文件过大（上限 2 KB）", en: "file too large (limit 2 KB)")))
        let bytes = #expect(throws: InputError.self) {
            try YAMLReader.readDocument([UInt8](repeating: 0x20, count: 3000), limits: limits)
        }
        #expect(bytes?.message.en == "file too large (limit 2 KB)")
    }

    @Test func sizeLimitIsShownInSensibleUnits() {
        var limits = YAMLLimits()
        let big = String(repeating: "#", count: 1000)
        limits.maxBytes = 10 * 1024 * 1024
        #expect(YAMLProblem.fileTooLarge(limit: limits.maxBytes).message
            == Phrase(zh: "文件过大（上限 10 MB）", en: "file too large (limit 10 MB)"))
        limits.maxBytes = 500
        #expect(documentError(big, limits: limits)?.message
            == Phrase(zh: "文件过大（上限 500 字节）", en: "file too large (limit 500 bytes)"))
    }

    @Test func sizeIsCheckedBeforeEncoding() {
        var limits = YAMLLimits()
        limits.maxBytes = 4
        let error = #expect(throws: InputError.self) {
            try YAMLReader.readDocument([0xC3, 0xFB, 0xB3, 0xC6, 0x3A], limits: limits)
        }
        #expect(error?.message.en == "file too large (limit 4 bytes)")
    }
}
