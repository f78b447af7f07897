import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// SPEC §3 "Improvement plan" as properties of the plans for seeded random assessments of the
// three shipped rubrics (drawn as in ScoringPropertyTests): every plan is well formed and, when
// found, achieves its tier with no new warning — with `--margin 1` also when every score
// threshold is one point higher — and no raise in it can be made one level smaller or left
// out. Then hand-made profiles that answers cannot fix, and the sample's Weifang example.

@Suite("Improvement plan properties (SPEC §3)")
struct PlanPropertyTests {
    /// Cases per rubric and margin: each re-scores the assessment about once per raise, over a
    /// millisecond apiece for a 51-indicator rubric in a debug build.
    static let cases = 50

    struct Setting: CustomTestStringConvertible, Sendable {
        let rubric: ShippedRubric
        let margin: Int
        var testDescription: String { "\(rubric.rawValue), margin \(margin)" }
        var seed: UInt64 { 0x91A_4C0DE &+ UInt64(ShippedRubric.allCases.firstIndex(of: rubric)! * 2 + margin) }
    }

    static let settings = ShippedRubric.allCases.flatMap { rubric in [0, 1].map { Setting(rubric: rubric, margin: $0) } }

    // Proven least-cost with the planner of issue 15 (measured when written): every plan of
    // these 284 (sample 41 + 44, miit 50 + 50, shandong 50 + 49; margin 0 + 1). Asserted only
    // as a sanity floor (half), so that a budget change does not fail it by itself.
    @Test("a found plan achieves its tier (with the margin) with no new warning, and no raise can be smaller", arguments: settings)
    func plansHold(_ setting: Setting) throws {
        let rubric = try setting.rubric.load()
        let judge = PlanJudge(rubric: rubric, judgedOn: try setting.rubric.load(raisedBy: setting.margin), margin: setting.margin)
        var rng = PropertySplitMix64(seed: setting.seed)
        var (planned, found, proven, blocked, raises) = (0, 0, 0, 0, 0)
        for index in 0..<Self.cases {
            var draw = AssessmentDraw.draw(rubric, &rng)
            // The draw favours the first choice of a profile fact, which for an earlier
            // recognition is "none": a blocker for every national tier. Spread it.
            if let fact = rubric.profile.first(where: { $0.id == "recognised_tier" }),
               let position = draw.profile.firstIndex(where: { $0.id == fact.id }) {
                draw.profile[position].value = .string(fact.choices.randomElement(using: &rng)!.id)
            }
            let assessment = try draw.read()
            let result = judge.scorer.score(assessment, plan: PlanOptions(margin: ExactNumber(setting.margin)))
            let context = "\(setting.testDescription), case \(index) (tier \(result.tier ?? "none"), T \(result.total)):\n\(draw.yaml())"
            guard let target = expectedPlanTarget(result) else {
                #expect(result.plan == nil, "\(context)")
                continue
            }
            guard let plan = result.plan else {
                Issue.record("\(context)\nno plan for \(target)")
                continue
            }
            planned += 1
            if plan.proven { proven += 1 }
            if !plan.blockers.isEmpty { blocked += 1 }
            guard judge.expectWellFormed(plan, for: result, context) else { continue }
            found += 1
            raises += plan.raises.count

            // Irreducible: each raise one level smaller (or left out) loses the tier, or the
            // margin, or brings a warning (a cheaper valid plan would exist otherwise).
            let blockers = judge.blockers(target, result)
            for raise in plan.raises {
                for smaller in judge.smaller(raise) {
                    var answers = plan.proposedAnswers
                    answers[raise.indicator] = smaller == raise.from ? assessment.answers[raise.indicator] : Answer(value: smaller)
                    let works = judge.valid(target, result, assessment.replacingAnswers(answers), except: blockers)
                    #expect(!works,
                            "\(context)\n\(raise.indicator) → \(DrawnAssessment.yaml(smaller)) would do\n\(plan.summary)")
                }
            }
        }
        print("plans, \(setting.testDescription): \(planned) planned, \(found) found, \(proven) proven, \(blocked) with blockers, \(raises) raises")
        #expect(planned >= Self.cases / 2, "most draws have a tier to aim at")
        #expect(found >= planned / 3 && raises >= found, "plans with raises are covered")
        #expect(proven * 2 >= planned, "the search should prove most plans least-cost: \(proven) of \(planned)")
    }

    /// The Weifang example (tier advanced, applying for excellence) with one profile fact changed.
    static func weifang(replacing line: String, with replacement: String) throws -> String {
        let path = PackageRoot.url.appendingPathComponent("Examples/sample/weifang-engine.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(line + "\n"), "the example should say \(line)")
        return text.replacingOccurrences(of: line + "\n", with: replacement.isEmpty ? "" : replacement + "\n")
    }

    @Test("a profile that answers cannot fix is listed as a blocker, and the plan is not reachable", arguments: [
        ("  above_designated_size: true", "  above_designated_size: false", PlanBlocker.Kind.gate, "above_designated_size"),
        ("  accident_grade_3y: none", "  accident_grade_3y: major", .gate, "no_serious_accident"),
        ("  secure_controllable: true", "", .gate, "secure_controllable"),  // fact left out: the gate errors
        ("  cmmm_level: 3", "  cmmm_level: 2", .rule, "cmmm_3"),
    ])
    func profileBlockers(_ line: String, _ replacement: String, _ kind: PlanBlocker.Kind, _ id: String) throws {
        let rubric = try sampleSmartFactoryRubric()
        let assessment = try assessment(try Self.weifang(replacing: line, with: replacement), rubric: rubric)
        let result = Scorer(rubric: rubric).score(assessment)
        let plan = try #require(result.plan)
        #expect(plan.tier == "excellence", "the plan aims at the applied-for tier")
        #expect(plan.blockers.contains { $0.kind == kind && $0.id == id }, "blockers: \(plan.blockers.map(\.id))")
        #expect(!plan.reachable)
        // The plan still says which answers the rest of the tier needs: with them, every
        // gate and rule of excellence passes except the blocker.
        let all = Dictionary(uniqueKeysWithValues: plan.raises.map { ($0.indicator, Answer(value: $0.to)) })
        let applied = Scorer(rubric: rubric).score(assessment.replacingAnswers(all), plan: nil)
        let verdict = try #require(applied.verdict("excellence"))
        #expect((verdict.gates + verdict.rules).filter { $0.status != .pass }.map(\.id) == [id])
        #expect(!verdict.achieved)
    }

    @Test("the unchanged Weifang example gets a reachable, least-cost plan to excellence")
    func weifangPlan() throws {
        let rubric = try sampleSmartFactoryRubric()
        let judge = PlanJudge(rubric: rubric)
        let assessment = try assessment(try Self.weifang(replacing: "  cmmm_level: 3", with: "  cmmm_level: 3"), rubric: rubric)
        let result = judge.scorer.score(assessment)
        let plan = try #require(result.plan)
        // T = 72.5; excellence needs 80 (exact T ≥ 79.95). Satisfaction steps: 部分 1, 大部分 2,
        // 全部 3 (× effort). The least-cost way: rd_digital_design mostly → full (effort 2 × 3 =
        // 6; +2.7), prod_online_inspection partly → mostly (3 × 2 = 6; +3.0) and
        // svc_customer_data partly → mostly (2 × 2 = 4; +2.3): cost 16, T 80.4. The old
        // fewest-changes plan (online inspection partly → full: 3 × (2 + 3) = 15) costs 21.
        #expect(result.total == .d("72.5"))
        #expect(plan.tier == "excellence")
        #expect(plan.reachable && plan.blockers.isEmpty && plan.proven, "\(plan.summary)")
        #expect(plan.raises.map(\.indicator) == ["rd_digital_design", "prod_online_inspection", "svc_customer_data"])
        #expect(plan.raises.map(\.to) == [.choice("full"), .choice("mostly"), .choice("mostly")])
        #expect(plan.raises.map { $0.adds.rounded(places: 1) } == [.d("2.7"), .d("3"), .d("2.3")])
        #expect(plan.raises.map(\.cost) == [6, 6, 4], "effort × step: 2 × 3, 3 × 2, 2 × 2")
        #expect(plan.cost == 16)
        let wellFormed = judge.expectWellFormed(plan, for: result, "Weifang")
        #expect(wellFormed)
        let applied = judge.scorer.score(assessment.replacingAnswers(plan.proposedAnswers), plan: nil)
        #expect(applied.total == .d("80.4"))
        #expect(plan.totalAfter == .d("80.4"))
        #expect(plan.marginLeft == .d("0.4"))
        #expect(applied.tier == "excellence")
        // No combination of raises of its choice, bool and banded answers that costs as much or
        // less comes first in the SPEC's order (the multi answer and the linear number are not
        // varied here: LevelLadder has no levels for them).
        let positions = plan.raises.compactMap { raise in rubric.indicators.firstIndex { $0.id == raise.indicator } }
        let mine = PlanOracleTests.Combination(raised: positions.reduce(0) { $0 | 1 << UInt64($1) }, levels: 0, count: plan.raises.count, cost: plan.cost)
        let thresholds = PlanOracleTests.ScoreThresholds(judge, assessment, target: "excellence")
        var (considered, rescored) = (0, 0)
        for combination in PlanOracleTests.combinations(result, rubric, costAtMost: plan.cost)
        where PlanOracleTests.precedes(combination, mine) {
            considered += 1
            guard thresholds.met(combination) else { continue }
            rescored += 1
            let answers = PlanOracleTests.answers(combination, rubric)
            let works = judge.valid("excellence", result, assessment.replacingAnswers(answers), except: [])
            #expect(!works,
                    "cheaper: \(answers.mapValues { $0.value.map(DrawnAssessment.yaml) ?? "-" }) (cost \(combination.cost))\n\(plan.summary)")
        }
        // (Every cheaper combination misses T ≥ 79.95 here, so none needs re-scoring.)
        #expect(considered > 20, "\(considered) cheaper combinations, \(rescored) re-scored")
    }
}
