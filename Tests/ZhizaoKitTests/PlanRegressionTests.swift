import Testing
import ZhizaoCEL
@testable import ZhizaoKit

/// Cases that once went wrong, kept so they stay right.
@Suite("Plan and evaluation regressions")
struct PlanRegressionTests {
    @Test("the plan bound uses the exact total: 59.935 needs only 0.015 more, so the cheap raise wins")
    func exactBound() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: prune
            version: "1"
            title: Prune
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: x, domain: d, type: choice, choices: [{id: almost, score: 0.9997}, {id: all, score: 1}], effort: 1}
              - {id: y, domain: d, type: choice, choices: [{id: little, score: 0.199}, {id: all, score: 1}], effort: 5}
            tiers:
              - {id: t, rules: [{id: total_60, expr: "total >= 60.0"}]}
            """)
        let a = try assessment("format: zhizao.assessment/1\nanswers: {x: almost, y: little}", rubric: rubric)
        let result = Scorer(rubric: rubric).score(a)
        // T = 100 · (0.9997 + 0.199) / 2 = 59.935 → 59.9; x → all gives 59.95 → 60.0 at cost 1
        // (y → all costs 5).
        #expect(result.total == .d("59.9"))
        let plan = try #require(result.plan)
        #expect(plan.raises.map(\.indicator) == ["x"])
        #expect(plan.raises.first?.cost == 1)
        #expect(plan.proven)
    }

    @Test("a share metric can fall as answers rise: the planner still finds the plan")
    func nonMonotoneShare() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: share
            version: "1"
            title: Share
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: a, domain: d, type: bool, tags: [ai], scenario: 1}
              - {id: c1, domain: d, type: bool, scenario: 2}
              - {id: c2, domain: d, type: bool, scenario: 3}
              - {id: c3, domain: d, type: bool, scenario: 4}
              - {id: c4, domain: d, type: bool, scenario: 5}
              - {id: b, domain: d, type: multi, scenario: 6, choices: [{id: p, score: 0.4}, {id: q, score: 0.3}, {id: r, score: 0.3}]}
            metrics:
              - {id: covered, expr: "indicators.filter(i, i.scenario > 0 && i.score >= 0.5).size()"}
              - {id: ai_share, expr: "metric.covered == 0 ? 0.0 : double(indicators.filter(i, 'ai' in i.tags && i.score >= 0.5).size()) / double(metric.covered)"}
            tiers:
              - {id: t, rules: [{id: total_90, expr: "total >= 90.0"}, {id: ai_20, expr: "metric.ai_share >= 0.2"}]}
            """)
        let a = try assessment("format: zhizao.assessment/1\nanswers: {a: true, c1: true, c2: true, c3: true, c4: true, b: []}", rubric: rubric)
        let result = Scorer(rubric: rubric).score(a)
        // b = [p] scores 0.4: T = 100 · 5.4 / 6 = 90.0, and b (< 0.5) is not a covered scenario,
        // so the AI share stays 1/5. b at its best (1.0) would make it 1/6 < 0.2.
        let plan = try #require(result.plan)
        #expect(plan.reachable)
        #expect(plan.raises.map(\.indicator) == ["b"])
        #expect(plan.raises.first?.to == .multi(["p"]))
        let changed = a.replacingAnswers(["b": Answer(value: .multi(["p"]))])
        #expect(Scorer(rubric: rubric).score(changed, plan: nil).tier == "t")
    }

    @Test("the order answers are written in never changes a verdict")
    func answerOrder() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: order
            version: "1"
            title: Order
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: x, domain: d, type: bool}
              - {id: y, domain: d, type: bool}
            metrics:
              - {id: keys, expr: "answer.map(k, k)"}
            tiers:
              - {id: t, rules: [{id: first, expr: "answer.map(k, k)[0] == 'x'"}]}
            """)
        let forward = Scorer(rubric: rubric).score(try assessment("format: zhizao.assessment/1\nanswers: {x: true, y: true}", rubric: rubric), plan: nil)
        let backward = Scorer(rubric: rubric).score(try assessment("format: zhizao.assessment/1\nanswers: {y: true, x: true}", rubric: rubric), plan: nil)
        #expect(forward.tier == "t")
        #expect(backward.tier == "t")
        #expect(forward.metrics["keys"] == backward.metrics["keys"])
    }

    @Test("the plan search is bounded by a count of nodes, so it gives the same plan every time")
    func deterministicBudget() throws {
        var options = PlanOptions()
        options.maxWork = 3
        let rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
        let a = try assessment("format: zhizao.assessment/1\nprofile: {size_ok: true}\nanswers: {a1: lo, a2: 0, b1: 0, b2: [], c1: false, c2: false}", rubric: rubric)
        let first = Scorer(rubric: rubric).score(a, plan: options).plan
        let second = Scorer(rubric: rubric).score(a, plan: options).plan
        #expect(first?.proven == false, "three search nodes cannot prove a plan least-cost here")
        #expect(first?.raises == second?.raises)
        #expect(first?.blockers == second?.blockers)
    }
}

/// The plan must not depend on the order answers come in (the greedy climb once handed its
/// changes over in a dictionary's order, which differs between processes).
@Suite("Plan order independence")
struct PlanOrderTests {
    @Test("ties in cost and count go to rubric order, whatever order the answers are written in")
    func tiesGoToRubricOrder() throws {
        // Any two of a, b, c reach the tier (T = 66.7 ≥ 66), each raise costing effort 2 × 1
        // step: {a, b}, {a, c} and {b, c} tie on cost and count; rubric order prefers raising
        // the earlier indicators, a and b.
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: ties
            version: "1"
            title: Ties
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: a, domain: d, type: bool, effort: 2}
              - {id: b, domain: d, type: bool, effort: 2}
              - {id: c, domain: d, type: bool, effort: 2}
            tiers:
              - {id: t, rules: [{id: two_of_three, expr: "total >= 66.0"}]}
            """)
        let lines = ["a: false", "b: false", "c: false"]
        let orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]
        for order in orders {
            let text = "format: zhizao.assessment/1\nanswers:\n" + order.map { "  " + lines[$0] + "\n" }.joined()
            let plan = try #require(Scorer(rubric: rubric).score(try assessment(text, rubric: rubric)).plan)
            #expect(plan.raises.map(\.indicator) == ["a", "b"], "answers in order \(order)")
            #expect(plan.cost == 4 && plan.proven)
        }
    }
}
