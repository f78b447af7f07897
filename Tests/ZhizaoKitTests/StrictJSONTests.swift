import Testing
@testable import ZhizaoKit

/// SPEC §2: a `.json` file is strict JSON (RFC 8259), refused with the position of the
/// first problem in both languages; the same text as `.yaml` is read as YAML.
@Suite("Strict JSON")
struct StrictJSONTests {
    static let refused: [RefusedText] = [
        RefusedText(text: "{\"a\": 1,\n \"b\": [1, 2,],\n}", line: 2, column: 12,
                zh: "JSON 不允许多余的逗号（] 或 } 前的最后一个逗号），请删去这个逗号",
                en: "JSON does not allow a trailing comma (before ] or }); remove this comma"),
        RefusedText(text: "{\"a\": 1,\n}", line: 1, column: 8,
                zh: "JSON 不允许多余的逗号（] 或 } 前的最后一个逗号），请删去这个逗号",
                en: "JSON does not allow a trailing comma (before ] or }); remove this comma"),
        RefusedText(text: "{\n  // 企业\n  \"a\": 1\n}", line: 2, column: 3,
                zh: "JSON 不允许注释（//、/* */ 或 #），请删去注释，或把文件另存为 .yaml",
                en: "JSON does not allow comments (//, /* */ or #); remove the comment, or save the file as .yaml"),
        RefusedText(text: "{\"a\": 1 /* x */}", line: 1, column: 9,
                zh: "JSON 不允许注释（//、/* */ 或 #），请删去注释，或把文件另存为 .yaml",
                en: "JSON does not allow comments (//, /* */ or #); remove the comment, or save the file as .yaml"),
        RefusedText(text: "{\"a\": 'x'}", line: 1, column: 7,
                zh: "JSON 的字符串必须用双引号 \"，不能用单引号 '", en: "a JSON string must be in double quotes \", not single quotes '"),
        RefusedText(text: "{\"名称\": \"潍坊\", answers: {}}", line: 1, column: 14,
                zh: "JSON 的键必须用双引号括起来：请写成 \"answers\"", en: "a JSON key must be in double quotes: write \"answers\""),
        RefusedText(text: "{\"a\": \"x\ty\"}", line: 1, column: 9,
                zh: "JSON 字符串中不能直接出现控制字符 U+0009（制表符、换行等），请写成 \\t",
                en: "a JSON string cannot hold the control character U+0009 (a tab, a line break, …) as it is; write \\t"),
        RefusedText(text: "{\"a\": \"两行\n文本\"}", line: 1, column: 10,
                zh: "JSON 字符串中不能直接出现控制字符 U+000A（制表符、换行等），请写成 \\n",
                en: "a JSON string cannot hold the control character U+000A (a tab, a line break, …) as it is; write \\n"),
        RefusedText(text: "{\"a\": \"\\x41\"}", line: 1, column: 8,
                zh: "JSON 字符串中的转义 \\x41 无效（可用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX）",
                en: "invalid escape \\x41 in a JSON string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"),
        RefusedText(text: "{\"a\": \"abc}", line: 1, column: 7,
                zh: "从这里开始的字符串没有结束的双引号 \"", en: "the string that starts here has no closing double quote \""),
        RefusedText(text: "{\"a\": 012}", line: 1, column: 7,
                zh: "JSON 的数字不能以 0 开头：012；请去掉前导 0，编号类的值请加双引号",
                en: "a JSON number cannot start with 0: 012; drop the leading 0, or quote it if it is a code"),
        RefusedText(text: "{\"a\": [1, +1]}", line: 1, column: 11,
                zh: "+1 不是有效的 JSON 数字（如 85、-1.5、1e3；不能写 +1、.5、1.、0x10）",
                en: "+1 is not a valid JSON number (such as 85, -1.5, 1e3; not +1, .5, 1. or 0x10)"),
        RefusedText(text: "{\"a\": .5}", line: 1, column: 7,
                zh: ".5 不是有效的 JSON 数字（如 85、-1.5、1e3；不能写 +1、.5、1.、0x10）",
                en: ".5 is not a valid JSON number (such as 85, -1.5, 1e3; not +1, .5, 1. or 0x10)"),
        RefusedText(text: "{\"a\": 0x10}", line: 1, column: 7,
                zh: "0x10 不是有效的 JSON 数字（如 85、-1.5、1e3；不能写 +1、.5、1.、0x10）",
                en: "0x10 is not a valid JSON number (such as 85, -1.5, 1e3; not +1, .5, 1. or 0x10)"),
        RefusedText(text: "{\"a\": NaN}", line: 1, column: 7,
                zh: "JSON 中没有 NaN 这个值：只能是字符串（加双引号）、数字、true、false、null、对象或数组",
                en: "NaN is not a JSON value: only a string (in double quotes), a number, true, false, null, an object or an array"),
        RefusedText(text: "{\"a\": -Infinity}", line: 1, column: 7,
                zh: "-Infinity 不是有效的 JSON 数字（如 85、-1.5、1e3；不能写 +1、.5、1.、0x10）",
                en: "-Infinity is not a valid JSON number (such as 85, -1.5, 1e3; not +1, .5, 1. or 0x10)"),
        RefusedText(text: "{\"a\": True}", line: 1, column: 7,
                zh: "JSON 中没有 True 这个值：只能是字符串（加双引号）、数字、true、false、null、对象或数组",
                en: "True is not a JSON value: only a string (in double quotes), a number, true, false, null, an object or an array"),
        RefusedText(text: "{\"a\" 1}", line: 1, column: 6,
                zh: "这里应为键后面的冒号 :，却是 '1'", en: "expected a colon : after the key, found '1'"),
        RefusedText(text: "{\"a\": 1 \"b\": 2}", line: 1, column: 9,
                zh: "这里应为逗号 , 或 }，却是 '\"'", en: "expected a comma , or }, found '\"'"),
        RefusedText(text: "{\"a\": [1}", line: 1, column: 9,
                zh: "这里应为逗号 , 或 ]，却是 '}'", en: "expected a comma , or ], found '}'"),
        RefusedText(text: "{\"a\": 1}\n{\"b\": 2}", line: 2, column: 1,
                zh: "这里应为文件结束（JSON 只能有一个顶层值），却是 '{'",
                en: "expected the end of the file (JSON holds one top-level value), found '{'"),
        RefusedText(text: "{\"a\": [1, 2", line: 1, column: 12,
                zh: "JSON 在这里意外结束：缺少 ]", en: "the JSON ends unexpectedly here: ] is missing"),
        RefusedText(text: "{\"a\": }", line: 1, column: 7,
                zh: "这里应为一个值（字符串、数字、true、false、null、{ 或 [），却是 '}'",
                en: "expected a value (a string, a number, true, false, null, { or [), found '}'"),
        RefusedText(text: "a: 1\n", line: 1, column: 1,
                zh: "JSON 中没有 a 这个值：只能是字符串（加双引号）、数字、true、false、null、对象或数组",
                en: "a is not a JSON value: only a string (in double quotes), a number, true, false, null, an object or an array"),
    ]

    @Test("a .json file that is not strict JSON is refused at the problem", arguments: refused)
    func refusal(_ item: RefusedText) throws {
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument(item.text, syntax: .json) }
        item.expectRefusal(error)
    }

    @Test("strict JSON is read with positions, escapes, numbers and a BOM")
    func accepted() throws {
        let text = "\u{FEFF}{\"a\": [1, -0.5, 2E+3, 0, true, false, null, \"\\u6f4d\\n\\/\"],\n \"b\": {}, \"c\": []}"
        let root = try YAMLReader.readDocument(text, syntax: .json)
        guard case .mapping(let pairs) = root.kind, case .sequence(let items) = pairs[0].value.kind else {
            Issue.record("not a mapping with a list")
            return
        }
        #expect(items.map(\.exactNumberValue).prefix(4) == [ExactNumber(1), ExactNumber(decimal: "-0.5"), ExactNumber(2000), ExactNumber(0)])
        #expect(items[7].scalar == "潍\n/")
        #expect(pairs[1].key.position == SourcePosition(line: 2, column: 2))
    }

    @Test("the JSON check is iterative and capped like YAML nesting")
    func deep() {
        let text = "{\"a\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument(text, syntax: .json) }
        #expect(error?.line == 1 && error?.column == 106)
        #expect(error?.message.en == "nesting too deep (limit 100 levels)")
        // The same words as the YAML reader's own check (which LibYAML places at the line's start).
        let yaml = #expect(throws: InputError.self) { try YAMLReader.readDocument(text) }
        #expect(yaml?.message == error?.message)
    }

    @Test("duplicate keys are refused in JSON as in YAML")
    func duplicateKey() {
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument("{\"a\": 1,\n \"a\": 2}", syntax: .json) }
        #expect(error?.line == 2 && error?.column == 2)
    }

    @Test("an assessment or a rubric named .json is read strictly, a .yaml one as YAML")
    func byFileName() throws {
        let text = "{\"format\": \"zhizao.assessment/1\", \"answers\": {},}"
        let catalog = RubricCatalog()
        let pipeline = AssessmentPipeline(catalog: catalog)
        guard case .rejected(let json) = pipeline.process(bytes: Array(text.utf8), source: "a.json", folder: nil) else {
            Issue.record("a trailing comma in a .json file was accepted")
            return
        }
        #expect(json.map(\.description) == ["a.json:1:48: error: JSON does not allow a trailing comma (before ] or }); remove this comma"])
        if case .rejected(let yaml) = pipeline.process(bytes: Array(text.utf8), source: "a.yaml", folder: nil) {
            #expect(!yaml.map(\.description).joined().contains("trailing comma"))
        }
        let rubric = loadRubric("{\"format\": \"zhizao.rubric/1\",}", path: "r.json")
        #expect(rubric.diagnostics.map(\.description) == ["r.json:1:29: error: JSON does not allow a trailing comma (before ] or }); remove this comma"])
    }
}
