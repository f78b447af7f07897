import Testing
import ZhizaoCEL
@testable import ZhizaoKit

/// SPEC §3, clause by clause, on hand-computed cases. Each test writes its arithmetic.
@Suite("Scoring arithmetic (SPEC §3)")
struct ScoringArithmeticTests {
    let rubric: Rubric

    init() throws {
        rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
    }

    @Test("every answer type, a band edge, a linear midpoint, a multi cap, rounding .25 up")
    func everyType() throws {
        let result = try score("""
            a1: mid
            a2: 10
            b1: 15
            b2: [x, y]
            c1: true
            c2: false
            """, profile: "{size_ok: true}", rubric: rubric)
        // a1 = 0.5; a2 = 10 is exactly the first band's from → 0.5
        // D_a = 100 · (3·0.5 + 1·0.5) / (3 + 1) = 50
        // b1 = (15 − 0) / (30 − 0) = 0.5; b2 = 0.6 + 0.6 = 1.2, capped at 1
        // D_b = 100 · (0.5 + 1) / 2 = 75
        // D_c = 100 · (1 + 0) / 2 = 50
        // T = (2·50 + 1·75 + 1·50) / 4 = 225 / 4 = 56.25 → 56.3 (half away from zero)
        #expect(result.domains.map(\.value) == [.d("50"), .d("75"), .d("50")])
        #expect(result.total == .d("56.3"))
        #expect(result.indicators.map(\.score) == [.d("0.5"), .d("0.5"), .d("0.5"), .one, .one, .zero])
        #expect(result.verdict("t2")?.achieved == true, "56.3 >= 56.3: the rounded total is what rules compare")
    }

    @Test("exact arithmetic: a total of exactly 28.75 rounds to 28.8, where doubles give 28.7")
    func exactRounding() throws {
        let result = try score("""
            a1: lo
            a2: 5
            b1: 21
            b2: [x]
            c1: false
            c2: true
            """, rubric: rubric)
        // a2 = 5 is below the first band (10) → 0; D_a = 100 · (3·0 + 0) / 4 = 0
        // b1 = 21 / 30 = 0.7; b2 = 0.6; D_b = 100 · (0.7 + 0.6) / 2 = 65
        // (in doubles 0.7 + 0.6 = 1.2999999999999998, and D_b = 64.99999999999999)
        // D_c = 100 · (0 + 1) / 2 = 50
        // T = (2·0 + 65 + 50) / 4 = 115 / 4 = 28.75 → 28.8
        #expect(result.domains["b"] == .d("65"))
        #expect(result.total == .d("28.8"))
    }

    @Test("linear scores clamp to 0 and 1; bands score the last band reached")
    func clamps() throws {
        let low = try score("a1: hi\na2: 79.9\nb1: -0\nb2: []\nc1: true\nc2: true", rubric: rubric)
        // a2 = 79.9 is still in the 0.5 band; b1 = 0 → 0; b2 = [] → 0
        #expect(low.indicators.first { $0.id == "a2" }?.score == .d("0.5"))
        #expect(low.indicators.first { $0.id == "b1" }?.score == .zero)
        let high = try score("a1: hi\na2: 80\nb1: 45\nb2: [z]\nc1: true\nc2: true", rubric: rubric)
        // a2 = 80 → 1; b1 = 45/30 = 1.5, clamped to 1; b2 = 0.2
        #expect(high.indicators.map(\.score) == [.one, .one, .one, .d("0.2"), .one, .one])
        // D_a = 100, D_b = 100 · 1.2 / 2 = 60, D_c = 100; T = (200 + 60 + 100) / 4 = 90
        #expect(high.total == .d("90"))
    }

    @Test("N/A: exclude leaves the sums, full scores 1, zero scores 0; a total met exactly passes")
    func notApplicable() throws {
        let result = try score("""
            a1: mid
            a2: 10
            b1: 15
            b2: {na: 不采购外协件}
            c1: {na: 不涉及}
            c2: {na: 不涉及}
            """, profile: "{size_ok: true}", rubric: rubric)
        // D_a = 50 (as above); b2 excluded: D_b = 100 · 0.5 / 1 = 50
        // c1 N/A full → 1; c2 N/A zero → 0; D_c = 100 · (1 + 0) / 2 = 50
        // T = (2·50 + 50 + 50) / 4 = 50.0 → "total >= 50.0" holds exactly
        #expect(result.domains["b"] == .d("50"))
        #expect(result.total == .d("50"))
        #expect(result.indicators.map(\.status) == [.answered, .answered, .answered, .naExcluded, .naFull, .naZero])
        #expect(result.indicators.first { $0.id == "b2" }?.score == nil)
        #expect(result.verdict("t1")?.achieved == true)
        #expect(result.tier == "t1")
    }

    @Test("a domain with every indicator excluded is not applicable and leaves the total")
    func domainNotApplicable() throws {
        let result = try score("a1: hi\na2: 100\nb1: {na: 无}\nb2: {na: 无}\nc1: true\nc2: false", rubric: rubric)
        // D_a = 100; b not applicable; D_c = 50; T = (2·100 + 1·50) / (2 + 1) = 83.333… → 83.3
        #expect(result.domains.keys.elementsEqual(["a", "c"]))
        #expect(result.total == .d("83.3"))
        let json = ResultJSON.value(result, language: .zh, version: "test").serialized()
        #expect(json.contains(#""domains":{"a":100.0,"c":50.0}"#))
    }

    @Test("unanswered: scored 0 and listed; a required one makes the result incomplete")
    func unanswered() throws {
        let optionalMissing = try score("a1: hi\na2: 100\nb1: 30\nb2: [x, y]\nc1: true\nc2: null", rubric: rubric)
        #expect(optionalMissing.complete)
        #expect(optionalMissing.indicators.last?.status == .missing)
        #expect(optionalMissing.warnings.contains { $0.kind == .missing && $0.id == "c2" })
        let requiredMissing = try score("a1: hi\nc1: true", rubric: rubric)
        #expect(!requiredMissing.complete)
        #expect(requiredMissing.warnings.filter { $0.kind == .missing }.map(\.id) == ["a2", "b1", "b2", "c2"])
        // D_a = 100 · (3·1 + 0) / 4 = 75; D_b = 0; D_c = 50; T = (150 + 0 + 50) / 4 = 50
        #expect(requiredMissing.total == .d("50"))
    }

    @Test("a gate that is false and a gate that errors both block, with the reason recorded")
    func gates() throws {
        let answers = "a1: hi\na2: 100\nb1: 30\nb2: [x, y]\nc1: true\nc2: true"
        let failing = try score(answers, profile: "{size_ok: false}", rubric: rubric)
        #expect(failing.verdict("t1")?.gates.map(\.status) == [.fail])
        #expect(failing.verdict("t1")?.gates.first?.values.map(\.reference) == ["profile.size_ok"])
        #expect(failing.verdict("t1")?.achieved == false)
        let erroring = try score(answers, rubric: rubric)  // size_ok not given
        #expect(erroring.verdict("t1")?.gates.first?.status == .error)
        #expect(erroring.verdict("t1")?.gates.first?.error?.en.contains("no such key") == true)
        #expect(erroring.verdict("t1")?.achieved == false)
        // t2 requires t1 (the default ladder): blocked too, and says why.
        #expect(erroring.verdict("t2")?.missingPrerequisites == ["t1"])
        #expect(erroring.verdict("t2")?.failures == ["t1"])
        let passing = try score(answers, profile: "{size_ok: true}", rubric: rubric)
        #expect(passing.tier == "t2")
    }

    @Test("requires: [] frees a tier from the ladder; a rule that errors counts as not met")
    func requiresAndErrors() throws {
        let result = try score("a1: lo\na2: 0\nb1: 0\nb2: [x]\nc1: false\nc2: false", rubric: rubric)
        let t3 = try #require(result.verdict("t3"))
        #expect(t3.missingPrerequisites.isEmpty, "requires: [] — t1 and t2 are not needed")
        #expect(t3.rules.first?.status == .error)
        #expect(t3.rules.first?.error?.en.contains("out of range") == true)
        #expect(!t3.achieved)
        #expect(result.tier == nil)
    }

    @Test("a metric that fails is absent with a warning; a check that fails warns and changes nothing")
    func metricsAndChecks() throws {
        let result = try score("a1: hi\na2: 100\nb1: 30\nb2: [x, y]\nc1: true\nc2: false", rubric: rubric)
        // T = (200 + 100 + 50) / 4 = 87.5; metric half = 43.75
        #expect(result.metrics["half"] == .some(.double(43.75)))
        #expect(result.metrics["broken"] == .some(nil))
        #expect(result.warnings.contains { $0.kind == .metric && $0.id == "broken" })
        #expect(result.warnings.contains { $0.kind == .check && $0.id == "c_agree" && $0.message.zh == "c1 与 c2 不一致" })
        #expect(result.total == .d("87.5"))
    }

    @Test("no applicable domain: the total is 0, with a warning")
    func noDomain() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: empty
            version: "1"
            title: t
            domains: [{id: a, weight: 1}]
            indicators: [{id: x, domain: a, type: bool, na: exclude}]
            tiers: [{id: t, rules: [{id: r, expr: "total >= 0.0"}]}]
            """)
        let result = try score("x: {na: 不适用}", rubric: rubric)
        #expect(result.total == .zero)
        #expect(result.domains.isEmpty)
        #expect(result.warnings.contains { $0.kind == .total })
    }
}
