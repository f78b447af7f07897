import Testing
@testable import ZhizaoKit

/// SPEC §2: numbers follow the YAML 1.2 core schema in every number field: `0x10` is 16,
/// `0o77` is 63, `+12`, `.5`, `1e3` are numbers; `.nan` and `.inf` are never valid numbers.
@Suite("YAML 1.2 core numbers in number fields")
struct CoreNumberTests {
    let rubric: Rubric

    init() throws {
        rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
    }

    @Test("every core-schema number reads as its exact value", arguments: [
        ("0x10", "16"), ("0o77", "63"), ("0x1a", "26"), ("+12", "12"), (".5", "0.5"), ("+.5", "0.5"),
        ("1e1", "10"), ("2.5E-1", "0.25"), ("6.", "6"), ("!!int \"12\"", "12"), ("!!float 7", "7"),
        ("0x0000000000000000000000000000000000000000000000000000000000000005", "5"),
    ])
    func read(_ written: String, _ value: String) throws {
        let text = AssessmentRefusalTests.base.replacingOccurrences(of: "a2: 50", with: "a2: \(written)")
        let assessment = try ZhizaoKitTests.assessment(text, rubric: rubric)
        #expect(assessment.answers["a2"]?.value == .number(ExactNumber(decimal: value)!))
    }

    @Test("a hexadecimal number beyond 64 bits is read exactly (and then bounded like any other)")
    func bigHex() {
        let text = AssessmentRefusalTests.base.replacingOccurrences(of: "a2: 50", with: "a2: 0x100000000000000000")
        let errors = rejection(text, rubric: rubric)
        #expect(errors.map(\.message.en) == ["a2 must be at most 100, found 295147905179352825856"], "\(errors)")
    }

    @Test(".nan, .inf, 0b101, 1_000 and a quoted number are refused as numbers", arguments: [".nan", "-.inf", ".Inf", "0b101", "1_000", "'12'"])
    func refused(_ written: String) {
        let text = AssessmentRefusalTests.base.replacingOccurrences(of: "a2: 50", with: "a2: \(written)")
        let errors = rejection(text, rubric: rubric)
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.position == SourcePosition(line: 12, column: 7))
    }

    @Test("a decimal integer is told from a hexadecimal one (what !!float accepts)")
    func decimal() {
        #expect(CoreSchemaScalar.isDecimal("+12") && CoreSchemaScalar.isDecimal("-0") && !CoreSchemaScalar.isDecimal("0x1") && !CoreSchemaScalar.isDecimal("+"))
    }
}
