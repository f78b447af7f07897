import Testing
@testable import ZhizaoKit

/// An assessment that breaks SPEC §2 is refused whole, each problem at its position.
@Suite("Assessment refusals")
struct AssessmentRefusalTests {
    let rubric: Rubric

    init() throws {
        rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
    }

    static let base = """
        format: zhizao.assessment/1
        rubric: arithmetic
        enterprise:
          name: 淄博示例化工有限公司
          credit_code: 91370700MA3C8K2L67
          city: 淄博
        applying_for: t1
        submitted: 2026-05-20
        profile: {size_ok: true}
        answers:
          a1: mid
          a2: 50
          b1: 15
          b2: [x]
          c1: true
        """

    /// The assessment with `old` replaced by `new` must be refused with one error at the
    /// first `marker` (+ `plus` columns), whose messages contain the fragments.
    func expectRefusal(_ old: String, _ new: String, at marker: String, plus: Int = 0, en: String, zh: String? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Self.base.replacingOccurrences(of: old, with: new)
        #expect(text != Self.base, "the replacement did not apply", sourceLocation: sourceLocation)
        let errors = rejection(text, rubric: rubric)
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        #expect(errors.first?.position == RubricRefusalTests.position(of: marker, in: text, plus: plus), "\(errors)",
                sourceLocation: sourceLocation)
        #expect(errors.first?.message.en.contains(en) == true, "\(errors)", sourceLocation: sourceLocation)
        if let zh { #expect(errors.first?.message.zh.contains(zh) == true, "\(errors)", sourceLocation: sourceLocation) }
        #expect(errors.first?.file == "a.yaml", sourceLocation: sourceLocation)
    }

    @Test("the base assessment is valid")
    func valid() throws {
        let assessment = try ZhizaoKitTests.assessment(Self.base, rubric: rubric)
        #expect(assessment.answers.count == 5)
        #expect(assessment.enterprise.creditCode?.value == "91370700MA3C8K2L67")
    }

    @Test("a misspelt section is an error, so no answer is silently dropped")
    func misspeltAnswers() {
        expectRefusal("answers:", "answer:", at: "answer:", en: "unknown key 'answer' in the assessment (did you mean 'answers'?)")
    }

    @Test("an unknown indicator, with the closest one")
    func unknownIndicator() {
        expectRefusal("  a1: mid", "  a11: mid", at: "a11", en: "no indicator 'a11' in the rubric (did you mean 'a1'?)", zh: "细则中没有指标 'a11'")
    }

    @Test("a choice that does not exist lists the valid ones; a label says which id it is")
    func choices() {
        expectRefusal("a1: mid", "a1: middle", at: "middle", en: "no choice 'middle' (did you mean 'mid'?); valid: hi, mid, lo")
        expectRefusal("b2: [x]", "b2: [x, w]", at: "w]", en: "b2: no choice 'w'")
        expectRefusal("b2: [x]", "b2: [x, x]", at: "x]", plus: 0, en: "b2: choice x repeats")
    }

    @Test("numbers: out of bounds, not a number, NaN and infinity are refused")
    func numbers() {
        expectRefusal("a2: 50", "a2: 100.5", at: "100.5", en: "a2 must be at most 100, found 100.5")
        expectRefusal("b1: 15", "b1: -1", at: "-1", en: "b1 must be at least 0, found -1")
        expectRefusal("b1: 15", "b1: fifteen", at: "fifteen", en: "b1 must be a number, found 'fifteen'")
        expectRefusal("b1: 15", "b1: .nan", at: ".nan", en: "must be a number")
        expectRefusal("b1: 15", "b1: .inf", at: ".inf", en: "must be a number")
        expectRefusal("b1: 15", "b1: \"15\"", at: "\"15\"", en: "must be a number")
    }

    @Test("booleans are only true and false (yes and no stay strings)")
    func booleans() {
        expectRefusal("c1: true", "c1: yes", at: "yes", en: "c1 must be true or false")
    }

    @Test("N/A: forbidden by the indicator, without a reason, or together with a value")
    func notApplicable() {
        expectRefusal("a1: mid", "a1: {na: 不涉及}", at: "不涉及", en: "a1 cannot be answered N/A")
        expectRefusal("b1: 15", "b1: {na: \"  \"}", at: "\"  \"", en: "b1: an N/A needs a reason")
        expectRefusal("b1: 15", "b1: {value: 15, na: 不涉及}", at: "{value", en: "b1: give an answer (value) or N/A (na), not both")
        expectRefusal("b1: 15", "b1: {note: 试点}", at: "{note", en: "b1: the answer needs a value, or na with the reason it does not apply")
    }

    @Test("enterprise and header fields", arguments: [
        ("credit_code: 91370700MA3C8K2L67", "credit_code: 91370700MA3C8K2L68", "91370700MA3C8K2L68", "check character of the unified social credit code should be 7"),
        ("credit_code: 91370700MA3C8K2L67", "credit_code: 9137", "9137", "unified social credit code has 18 characters, but 4 were given"),
        ("applying_for: t1", "applying_for: t9", "t9", "The tier applied for (applying_for) 't9' is not a tier of the rubric"),
        ("submitted: 2026-05-20", "submitted: 2026-02-30", "2026-02-30", "The submission date (submitted) must be a date YYYY-MM-DD"),
        ("format: zhizao.assessment/1", "format: zhizao.rubric/1", "zhizao.rubric/1", "is this a rubric?"),
        ("  city: 淄博", "  city: 淄博\n  province: 山东", "province", "unknown key 'province'"),
        ("profile: {size_ok: true}", "profile: {size_ok: 1}", "1}", "size_ok must be true or false"),
        ("profile: {size_ok: true}", "profile: {size_okay: true}", "size_okay", "did you mean 'size_ok'?"),
    ])
    func headerFields(_ old: String, _ new: String, _ marker: String, _ fragment: String) {
        expectRefusal(old, new, at: marker, en: fragment)
    }

    @Test("extension keys (x-…) are ignored at every level")
    func extensions() throws {
        let text = Self.base.replacingOccurrences(of: "answers:", with: "x-consultant: 王工\nanswers:\n  x-comment: 初稿")
        #expect(try ZhizaoKitTests.assessment(text, rubric: rubric).answers.count == 5)
    }

    @Test("every problem of a file is reported at once")
    func allProblems() {
        let text = Self.base.replacingOccurrences(of: "a1: mid", with: "a1: middle").replacingOccurrences(of: "c1: true", with: "c1: yes")
            .replacingOccurrences(of: "a2: 50", with: "a2: 500")
        #expect(rejection(text, rubric: rubric).count == 3)
    }

    @Test("broken YAML, duplicate keys and hostile files are refused by the reader with positions")
    func reader() {
        let duplicate = Self.base.replacingOccurrences(of: "  c1: true", with: "  c1: true\n  c1: false")
        let errors = rejection(duplicate, rubric: rubric)
        #expect(errors.first?.message.en.contains("duplicate key 'c1'") == true, "\(errors)")
        #expect(errors.first?.position.line == 16)
        let bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
            + "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
        #expect(rejection(bomb, rubric: rubric).first?.message.en.contains("aliases expand to too many nodes") == true)
        #expect(rejection("- a\n- b\n", rubric: rubric).first?.message.en.contains("mapping") == true)
    }
}
