import Testing
@testable import ZhizaoKit
import ZhizaoCEL

/// SPEC §2: an explicit core-schema tag is honoured, any other tag refused at its position.
@Suite("YAML core-schema tags")
struct YAMLCoreTagTests {
    let rubric: Rubric

    init() throws {
        rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
    }

    private func error(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try YAMLReader.readDocument(text) }
    }

    static let refused: [RefusedText] = [
        RefusedText(text: "a: !custom 1\n", line: 1, column: 4,
                zh: "不支持标签 !custom：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !custom is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "a: 1\nb: !!python/object:os.system {x: 1}\n", line: 2, column: 4,
                zh: "不支持标签 !!python/object:os.system：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !!python/object:os.system is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "a:\n  - !!binary aGVsbG8=\n", line: 2, column: 5,
                zh: "不支持标签 !!binary：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !!binary is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "submitted: !!timestamp 2026-05-20\n", line: 1, column: 12,
                zh: "不支持标签 !!timestamp：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !!timestamp is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "a: !<tag:example.com,2026:x> 1\n", line: 1, column: 4,
                zh: "不支持标签 !<tag:example.com,2026:x>：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !<tag:example.com,2026:x> is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "{\"a\": 1, \"b\": !!set {x}}", line: 1, column: 15,
                zh: "不支持标签 !!set：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                en: "tag !!set is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag"),
        RefusedText(text: "a: !!int abc\n", line: 1, column: 4,
                zh: "标签 !!int 与值 'abc' 不符，请改正值或删去标签", en: "tag !!int does not fit the value 'abc'; correct the value or remove the tag"),
        RefusedText(text: "a: !!int 1.5\n", line: 1, column: 4,
                zh: "标签 !!int 与值 '1.5' 不符，请改正值或删去标签", en: "tag !!int does not fit the value '1.5'; correct the value or remove the tag"),
        RefusedText(text: "a: !!float 0x10\n", line: 1, column: 4,
                zh: "标签 !!float 与值 '0x10' 不符，请改正值或删去标签", en: "tag !!float does not fit the value '0x10'; correct the value or remove the tag"),
        RefusedText(text: "a: !!bool yes\n", line: 1, column: 4,
                zh: "标签 !!bool 与值 'yes' 不符，请改正值或删去标签", en: "tag !!bool does not fit the value 'yes'; correct the value or remove the tag"),
        RefusedText(text: "a: !!null 0\n", line: 1, column: 4,
                zh: "标签 !!null 与值 '0' 不符，请改正值或删去标签", en: "tag !!null does not fit the value '0'; correct the value or remove the tag"),
        RefusedText(text: "a: !!map x\n", line: 1, column: 4,
                zh: "标签 !!map 不能用于单个值，请删去标签", en: "tag !!map cannot be used on a single value; remove the tag"),
        RefusedText(text: "a: !!map [1]\n", line: 1, column: 4,
                zh: "标签 !!map 不能用于列表，请删去标签", en: "tag !!map cannot be used on a list; remove the tag"),
        RefusedText(text: "a: !!seq {b: 1}\n", line: 1, column: 4,
                zh: "标签 !!seq 不能用于映射，请删去标签", en: "tag !!seq cannot be used on a mapping; remove the tag"),
        RefusedText(text: "!!str\na: 1\n", line: 1, column: 1,
                zh: "标签 !!str 不能用于映射，请删去标签", en: "tag !!str cannot be used on a mapping; remove the tag"),
    ]

    @Test("any other tag, and a core tag its node does not fit, is refused where it is written", arguments: refused)
    func refusal(_ item: RefusedText) {
        let error = error(item.text)
        item.expectRefusal(error)
    }

    @Test("core tags are honoured in --var values: !!str 65 is a string, !!int \"12\" an int, !!float 1 a double")
    func values() throws {
        #expect(try YAMLValueReader.value(from: "!!str 65") == .string("65"))
        #expect(try YAMLValueReader.value(from: "!!int \"12\"") == .int(12))
        #expect(try YAMLValueReader.value(from: "!!int '0x10'") == .int(16))
        #expect(try YAMLValueReader.value(from: "!!float 1") == .double(1))
        #expect(try YAMLValueReader.value(from: "!!bool \"true\"") == .bool(true))
        #expect(try YAMLValueReader.value(from: "!!null ''") == .null)
        #expect(try YAMLValueReader.value(from: "! 12") == .string("12"))
        #expect(try YAMLValueReader.value(from: "!!seq [!!str true]") == .list([.string("true")]))
    }

    static let base = AssessmentRefusalTests.base

    @Test("!!str 65 in a number field is refused with the usual message")
    func stringInNumberField() {
        let text = Self.base.replacingOccurrences(of: "a2: 50", with: "a2: !!str 65")
        let errors = rejection(text, rubric: rubric)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.position == SourcePosition(line: 12, column: 7))
        let plainQuoted = rejection(Self.base.replacingOccurrences(of: "a2: 50", with: "a2: '65'"), rubric: rubric)
        #expect(errors.first?.message == plainQuoted.first?.message)
        #expect(errors.first?.message.en.contains("65") == true, "\(errors)")
    }

    @Test("!!int \"12\" and !!bool in answer fields are read as their values")
    func honoured() throws {
        let text = Self.base.replacingOccurrences(of: "a2: 50", with: "a2: !!int \"12\"")
            .replacingOccurrences(of: "c1: true", with: "c1: !!bool 'false'")
            .replacingOccurrences(of: "size_ok: true", with: "size_ok: !!bool \"true\"")
        let assessment = try ZhizaoKitTests.assessment(text, rubric: rubric)
        #expect(assessment.answers["a2"]?.value == .number(ExactNumber(12)))
        #expect(assessment.answers["c1"]?.value == .bool(false))
    }
}
