import Testing
@testable import ZhizaoKit

// SPEC §3 "Improvement plan" on small rubrics whose least-cost plans are worked out by hand
// below (and were checked by an exhaustive search when written): the plan is the cheapest set
// of raises, each level costing effort × its step, ties to fewer indicators then rubric order.

@Suite("Improvement plan: hand-checked cases (SPEC §3)")
struct PlanHandCheckedTests {
    /// The shipped scenario scale's scores with steps 1, 2, 3, 4: each level dearer than the one below.
    static let levelScale = """
        scales:
          level:
            - {id: none, score: 0}
            - {id: pilot, score: 0.3, step: 1}
            - {id: digital, score: 0.6, step: 2}
            - {id: integrated, score: 0.8, step: 3}
            - {id: intelligent, score: 1, step: 4}
        """

    func raises(_ plan: ImprovementPlan) -> [String] {
        plan.raises.map { "\($0.indicator): \(DrawnAssessment.yaml($0.from)) → \(DrawnAssessment.yaml($0.to))" }
    }

    @Test("a weak mill gets a broad, shallow plan — many first levels — not a few jumps to the top")
    func broadAndShallow() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: mill
            version: "1"
            title: Textile mill
            \(Self.levelScale)
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: spinning, domain: d, type: choice, scale: level, effort: 2}
              - {id: weaving, domain: d, type: choice, scale: level, effort: 2}
              - {id: dyeing, domain: d, type: choice, scale: level, effort: 2}
              - {id: finishing, domain: d, type: choice, scale: level, effort: 2}
              - {id: marketing, domain: d, type: choice, scale: level, effort: 1}
              - {id: service, domain: d, type: choice, scale: level, effort: 1}
            tiers:
              - {id: morning_star, rules: [{id: total_40, expr: "total >= 40.0"}]}
            """)
        let a = try assessment("""
            format: zhizao.assessment/1
            answers: {spinning: none, weaving: none, dyeing: none, finishing: none, marketing: none, service: none}
            """, rubric: rubric)
        let result = Scorer(rubric: rubric).score(a)
        #expect(result.total == .zero)
        let plan = try #require(result.plan)
        // T = 100 · Σs / 6 must reach 39.95: Σs ≥ 2.4 (exactly 2.4 gives 40.0).
        // Cost of reaching each level from none: pilot 1, digital 1 + 2 = 3, integrated 6,
        // intelligent 10, times the effort (2 for the four production links, 1 for the others).
        // Six pilots give only 1.8 (cost 4 · 2 + 2 · 1 = 10); the missing 0.6 is cheapest as two
        // more levels pilot → digital on the effort-1 links (2 · 2 = 4): cost 14, Σs = 2.4.
        // Anything else costs more: leaving a pilot out means a higher level elsewhere, at 16 or
        // more (e.g. two pilots and three digitals: 2 + 2 + 6 + 3 + 3 = 16).
        // The fewest-changes plan it replaces — spinning → digital, marketing → integrated,
        // service → intelligent (0.6 + 0.8 + 1 = 2.4) — costs 2 · 3 + 6 + 10 = 22.
        #expect(plan.reachable && plan.proven, "\(plan.summary)")
        #expect(raises(plan) == ["spinning: none → pilot", "weaving: none → pilot", "dyeing: none → pilot", "finishing: none → pilot",
                                 "marketing: none → digital", "service: none → digital"], "\(plan.summary)")
        #expect(plan.raises.map(\.levels) == [1, 1, 1, 1, 2, 2])
        #expect(plan.raises.map(\.cost) == [2, 2, 2, 2, 3, 3])
        #expect(plan.cost == 14)
        #expect(plan.totalAfter == .d("40"))
        #expect(plan.marginLeft == .zero)
    }

    /// Domain a (weight 1): x1 (weight 3), x2 (4). Domain b (weight 1): y1 (4), y2 (5), y3 (6).
    static let marginRubric = """
        format: zhizao.rubric/1
        id: margin
        version: "1"
        title: Margin
        \(levelScale)
        domains: [{id: a, weight: 1}, {id: b, weight: 1}]
        indicators:
          - {id: x1, domain: a, type: choice, scale: level, weight: 3, effort: 2}
          - {id: x2, domain: a, type: choice, scale: level, weight: 4, effort: 1}
          - {id: y1, domain: b, type: choice, scale: level, weight: 4, effort: 1}
          - {id: y2, domain: b, type: choice, scale: level, weight: 5, effort: 1, na: zero}
          - {id: y3, domain: b, type: choice, scale: level, weight: 6, effort: 1}
        tiers:
          - {id: t, rules: [{id: total_60, expr: "total >= 60.0"}]}
        """

    static let marginAnswers = """
        format: zhizao.assessment/1
        answers: {x1: none, x2: integrated, y1: digital, y2: {na: 不涉及}, y3: intelligent}
        """

    @Test("the 59.98 case: without a margin the cheapest plan lands at 59.95, which rounds to 60.0 and passes")
    func landsJustAbove() throws {
        let rubric = try ZhizaoKitTests.rubric(Self.marginRubric)
        let result = Scorer(rubric: rubric).score(try assessment(Self.marginAnswers, rubric: rubric))
        // Now: a = 100 · (3 · 0 + 4 · 0.8) / 7 = 45.71, b = 100 · (4 · 0.6 + 5 · 0 + 6 · 1) / 15 = 56
        // (y2 is N/A, scored 0, and never raised), T = (a + b) / 2 = 50.86 → 50.9.
        // Raises and what they add to T: x1 → pilot +6.43 (cost 2 · 1 = 2), → digital +12.86
        // (2 · 3 = 6); x2 → intelligent +5.71 (1 · 4 = 4); y1 → integrated +2.67 (1 · 3 = 3),
        // → intelligent +5.33 (1 · 7 = 7). T must gain 9.09 (to 59.95).
        // Cost ≤ 5: only x1 → pilot with y1 → integrated (2 + 3) does it:
        // a = 100 · 4.1 / 7 = 58.571, b = 100 · 9.2 / 15 = 61.333, T = 12590 / 210 = 59.952 → 60.0.
        #expect(result.total == .d("50.9"))
        let plan = try #require(result.plan)
        #expect(plan.reachable && plan.proven, "\(plan.summary)")
        #expect(raises(plan) == ["x1: none → pilot", "y1: digital → integrated"], "\(plan.summary)")
        #expect(plan.raises.map(\.cost) == [2, 3])
        #expect(plan.totalAfter == .d("60"))
        #expect(plan.marginLeft == .zero)
        let after = PlanJudge(rubric: rubric).exactTotal(result.assessment.replacingAnswers(plan.proposedAnswers))
        #expect(!(after < .d("59.95")) && after < .d("59.96"), "exact T after the plan: \(after)")
    }

    @Test("the 59.98 case with margin 1: the plan reaches 61 or more")
    func withMargin() throws {
        let rubric = try ZhizaoKitTests.rubric(Self.marginRubric)
        let result = Scorer(rubric: rubric).score(try assessment(Self.marginAnswers, rubric: rubric), plan: PlanOptions(margin: .one))
        // T − 1 ≥ 59.95 means T ≥ 60.95: a gain of 10.09. Cost 5 (the plan above) gives 59.95: not
        // enough. Cost 6: x1 → digital alone (+12.86: a = 100 · 5 / 7 = 71.43, T = 63.71 → 63.7),
        // or x1 → pilot with x2 → intelligent (2 + 4, +12.14, T = 63.0): the same cost, and one
        // indicator beats two.
        let plan = try #require(result.plan)
        #expect(plan.reachable && plan.proven, "\(plan.summary)")
        #expect(raises(plan) == ["x1: none → digital"], "\(plan.summary)")
        #expect(plan.raises.map(\.levels) == [2])
        #expect(plan.cost == 6)
        #expect(plan.requestedMargin == .one)
        #expect(plan.totalAfter == .d("63.7"))
        #expect(plan.marginLeft == .d("3.7"))
        let total = try #require(plan.totalAfter)
        #expect(!(total < .d("61")))
    }

    @Test("an AI-share rule needs the data platform raised first: the plan raises it")
    func aiNeedsPlatform() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: ai
            version: "1"
            title: AI
            \(Self.levelScale)
            domains: [{id: d, weight: 1}]
            indicators:
              - {id: s1, domain: d, type: choice, scale: level, effort: 1, scenario: 1}
              - {id: s2, domain: d, type: choice, scale: level, effort: 1, scenario: 2}
              - {id: s3, domain: d, type: choice, scale: level, effort: 1, scenario: 3}
              - {id: platform, domain: d, type: choice, scale: level, effort: 2}
            metrics:
              - {id: built, expr: "indicators.filter(i, i.scenario > 0 && i.score >= 0.6).size()"}
              - {id: ai, expr: "indicators.filter(i, i.scenario > 0 && i.id in answer && answer[i.id] == 'intelligent').size()"}
              - {id: ai_share, expr: "metric.built == 0 ? 0.0 : double(metric.ai) / double(metric.built)"}
            checks:
              - id: ai_needs_platform
                expr: "metric.ai == 0 || (has(answer.platform) && answer.platform in ['integrated', 'intelligent'])"
                message: {zh: 有场景为智能化但数据平台未达到集成协同, en: AI without the data platform}
            tiers:
              - {id: t, rules: [{id: ai_share_30, expr: "metric.ai_share >= 0.3"}]}
            """)
        let a = try assessment("""
            format: zhizao.assessment/1
            answers: {s1: digital, s2: digital, s3: integrated, platform: digital}
            """, rubric: rubric)
        let result = Scorer(rubric: rubric).score(a)
        // Three scenarios built, none with AI: the share is 0. One at intelligent makes it 1/3.
        // The cheapest is s3 integrated → intelligent (1 · 4 = 4), but alone it raises
        // ai_needs_platform; with the platform digital → integrated (2 · 3 = 6) it does not:
        // cost 10. (s1 or s2 → intelligent costs 1 · (3 + 4) = 7, plus the platform: 13.)
        #expect(result.warnings.filter { $0.kind == .check }.isEmpty)
        let plan = try #require(result.plan)
        #expect(plan.reachable && plan.proven, "\(plan.summary)")
        #expect(raises(plan) == ["s3: integrated → intelligent", "platform: digital → integrated"], "\(plan.summary)")
        #expect(plan.raises.map(\.cost) == [4, 6])
        let applied = Scorer(rubric: rubric).score(a.replacingAnswers(plan.proposedAnswers), plan: nil)
        #expect(applied.tier == "t")
        #expect(applied.warnings.filter { $0.kind == .check }.isEmpty)
    }
}
