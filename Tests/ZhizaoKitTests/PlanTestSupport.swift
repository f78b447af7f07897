import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// What the improvement-plan tests judge a plan by (SPEC §1 `step`, §3 "Improvement plan"),
// written from the SPEC and the rubric's own numbers, through the public scoring API only:
// the levels an indicator climbs and what they cost, which tier a plan must reach, what
// "satisfied with margin P" means, and what counts as a new warning. Nothing here calls
// the planner's search.

// MARK: - Levels and their cost

/// The levels one indicator climbs (SPEC §3): its choices ordered by score, a bool's
/// false → true, a number's bands; each level with the `step` that reaching it from the one
/// below costs, which the indicator's `effort` multiplies. Nil for what has no levels in this
/// sense (multi answers, linearly scored numbers).
struct LevelLadder {
    struct Level {
        let value: Answer.Value
        let score: ExactNumber
        let step: Int
    }

    let indicator: Indicator
    let levels: [Level]

    init?(_ indicator: Indicator) {
        self.indicator = indicator
        switch indicator.kind {
        case .choice:
            // By score, ties in the order written (the shipped scales have none).
            let ordered = indicator.choices.enumerated().sorted { a, b in
                a.element.score! < b.element.score! || (a.element.score! == b.element.score! && a.offset < b.offset)
            }.map(\.element)
            levels = ordered.map { Level(value: .choice($0.id), score: $0.score!, step: $0.step) }
        case .bool:
            levels = [Level(value: .bool(false), score: .zero, step: 0), Level(value: .bool(true), score: .one, step: 1)]
        case .number, .percent:
            guard case .bands(let bands)? = indicator.numberScoring else { return nil }
            levels = bands.map { Level(value: .number($0.from), score: $0.score, step: $0.step) }
        case .multi:
            return nil
        }
    }

    /// The level of a value: the choice's position, 0 / 1 for a bool, the band a number falls
    /// in (-1 below the first band).
    func level(of value: Answer.Value) -> Int {
        switch value {
        case .choice(let id): return levels.firstIndex { $0.value == .choice(id) } ?? -1
        case .bool(let b): return b ? 1 : 0
        case .number(let n): return (levels.lastIndex { level in
            if case .number(let from) = level.value { return !(n < from) }
            return false
        }) ?? -1
        case .multi: return -1
        }
    }

    /// effort × the steps of the levels climbed from `from` to `to` (SPEC §1 `step`).
    func cost(from: Int, to: Int) -> Int {
        guard to > from else { return 0 }
        return indicator.effort * levels[(from + 1)...to].reduce(0) { $0 + $1.step }
    }

    /// The levels a plan may move this answer to (the current one first), or nil when the plan
    /// must leave it alone: N/A and unanswered indicators are never touched (SPEC §3).
    func reachableLevels(from answer: Answer?) -> [Int]? {
        guard let answer, answer.notApplicable == nil, let value = answer.value else { return nil }
        let current = level(of: value)
        let score = SpecScore.of(value, indicator)
        // Only higher-scoring levels are raises.
        return [current] + levels.indices.filter { $0 > current && score < levels[$0].score }
    }
}

// MARK: - Judging a plan

/// The tier a plan aims at (SPEC §3): the next above the result, or `applying_for` if higher;
/// nil when the top tier is achieved. Written out again rather than read from the result.
func expectedPlanTarget(_ result: ScoreResult) -> String? {
    let ids = result.rubric.tiers.map(\.id)
    var index = result.tier.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    if let applying = result.assessment.applyingFor, let wanted = ids.firstIndex(of: applying), wanted > index { index = wanted }
    return index < ids.count ? ids[index] : nil
}

/// The rubric text with every score threshold `total >= X` and `domain.d >= Y` raised by
/// `points`: for rubrics whose score rules are all of that plain form, judging them on this
/// rubric is judging them with T and every D lowered by `points` (SPEC §3 `--margin`), since
/// T and D are compared rounded to one decimal and `points` is whole.
func raisingScoreThresholds(_ text: String, by points: Int) -> (text: String, replaced: Int) {
    let pattern = try! NSRegularExpression(pattern: #"\b(total|domain\.[a-z][a-z0-9_]*) >= ([0-9]+(?:\.[0-9]+)?)"#)
    var result = ""
    var last = text.startIndex
    var replaced = 0
    for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        let whole = Range(match.range, in: text)!
        let name = String(text[Range(match.range(at: 1), in: text)!])
        let number = Decimal(string: String(text[Range(match.range(at: 2), in: text)!]))! + Decimal(points)
        var written = "\(number)"
        if !written.contains(".") { written += ".0" }
        result += text[last..<whole.lowerBound] + "\(name) >= \(written)"
        last = whole.upperBound
        replaced += 1
    }
    return (result + text[last...], replaced)
}

/// Rubric files from disk with their score thresholds raised (see `raisingScoreThresholds`).
struct ThresholdRaisingFileSource: RubricFileSource {
    let points: Int

    func read(_ path: String) throws(InputError) -> [UInt8] {
        let bytes = try DiskFileSource().read(path)
        return Array(raisingScoreThresholds(String(decoding: bytes, as: UTF8.self), by: points).text.utf8)
    }
}

/// A shipped rubric (from the checkout) as `--rubric` reads it.
enum ShippedRubric: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sample = "sample-smart-factory"
    case miit = "miit-smart-factory"
    case shandong = "shandong-smart-factory"

    var testDescription: String { rawValue }
    var path: String { PackageRoot.url.appendingPathComponent("Rubrics/\(rawValue).yaml").path }

    /// The rubric; with `raisedBy`, its score thresholds raised by that many points.
    func load(raisedBy points: Int = 0) throws -> Rubric {
        let result = points == 0 ? RubricLoader().load(path) : RubricLoader(files: ThresholdRaisingFileSource(points: points)).load(path)
        guard let rubric = result.rubric else {
            Issue.record(Comment(rawValue: "\(rawValue) did not load:\n" + result.diagnostics.map(\.description).joined(separator: "\n")))
            throw TestFailure()
        }
        return rubric
    }
}

/// Judges plans for one rubric: what a plan must achieve, with and without margin, and what
/// it must not break. `judged` is the rubric the tiers are judged on: the rubric itself, or
/// (for a margin) the same rubric with its score thresholds raised.
struct PlanJudge {
    let rubric: Rubric
    let scorer: Scorer
    let judged: Scorer
    let margin: Int

    init(rubric: Rubric, judgedOn judged: Rubric? = nil, margin: Int = 0) {
        self.rubric = rubric
        self.scorer = Scorer(rubric: rubric)
        self.judged = Scorer(rubric: judged ?? rubric)
        self.margin = margin
        precondition(rubric.checks.map(\.expression.source) == self.judged.rubric.checks.map(\.expression.source),
                     "the judged rubric must keep the checks as they are")
    }

    /// The tier and every tier it requires, transitively.
    func requiredTiers(_ target: String) -> [String] {
        var result: [String] = []
        var pending = [target]
        while let next = pending.popLast() {
            guard !result.contains(next) else { continue }
            result.append(next)
            pending += rubric.tiers.first { $0.id == next }?.requires ?? []
        }
        return result
    }

    /// Reads only what no answer can change (SPEC §3 "Blockers").
    static func answerIndependent(_ expression: RubricExpression) -> Bool {
        expression.program.references.allSatisfy { ["profile", "enterprise"].contains($0.variable) }
    }

    /// The gates and rules of the target (and what it requires) that fail on the original
    /// answers and read only profile or enterprise facts: the blockers a plan must list.
    func blockers(_ target: String, _ result: ScoreResult) -> Set<String> {
        var ids = Set<String>()
        for tierID in requiredTiers(target) {
            guard let verdict = result.verdict(tierID), let tier = rubric.tiers.first(where: { $0.id == tierID }) else { continue }
            for (gate, outcome) in zip(rubric.gates.filter { $0.applies(to: tierID) }, verdict.gates)
            where outcome.status != .pass && Self.answerIndependent(gate.expression) { ids.insert(gate.id) }
            for (rule, outcome) in zip(tier.rules, verdict.rules)
            where outcome.status != .pass && Self.answerIndependent(rule.expression) { ids.insert(rule.id) }
        }
        return ids
    }

    /// Every gate and rule of the target and the tiers it requires holds on `judged` (with the
    /// margin), except the blockers.
    func satisfies(_ target: String, _ assessment: Assessment, except blocked: Set<String>) -> Bool {
        satisfies(target, judged.score(assessment, plan: nil), except: blocked)
    }

    func satisfies(_ target: String, _ judgedResult: ScoreResult, except blocked: Set<String>) -> Bool {
        requiredTiers(target).allSatisfy { tierID in
            guard let verdict = judgedResult.verdict(tierID) else { return false }
            return (verdict.gates + verdict.rules).allSatisfy { $0.status == .pass || blocked.contains($0.id) }
        }
    }

    /// Consistency checks the changed answers raise that the original did not.
    func newChecks(_ original: ScoreResult, _ changed: Assessment) -> [String] {
        newChecks(original, scorer.score(changed, plan: nil))
    }

    func newChecks(_ original: ScoreResult, _ changed: ScoreResult) -> [String] {
        let before = Set(original.warnings.filter { $0.kind == .check }.compactMap(\.id))
        return changed.warnings.filter { $0.kind == .check }.compactMap(\.id).filter { !before.contains($0) }
    }

    /// Whether these answers would do as a plan: the target holds (but for blockers) with the
    /// margin, and no new check fires. (One scoring: raising score thresholds leaves the checks
    /// as they were, which `init` makes sure of.)
    func valid(_ target: String, _ original: ScoreResult, _ changed: Assessment, except blocked: Set<String>) -> Bool {
        let result = judged.score(changed, plan: nil)
        return satisfies(target, result, except: blocked) && newChecks(original, result).isEmpty
    }

    /// The highest `total >= X` threshold among the rules of the target and what it requires.
    func totalThreshold(_ target: String) -> ExactNumber? {
        let pattern = try! NSRegularExpression(pattern: #"^\s*total >= ([0-9]+(?:\.[0-9]+)?)\s*$"#)
        var highest: ExactNumber?
        for tier in rubric.tiers where requiredTiers(target).contains(tier.id) {
            for rule in tier.rules {
                let source = rule.expression.source
                guard let match = pattern.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)),
                      let value = ExactNumber(decimal: String(source[Range(match.range(at: 1), in: source)!])) else { continue }
                if highest.map({ $0 < value }) ?? true { highest = value }
            }
        }
        return highest
    }

    /// Exact T for an assessment (SPEC §3.1–3.4, independently of the scorer).
    func exactTotal(_ assessment: Assessment) -> ExactNumber {
        var scores: [String: ExactNumber?] = [:]
        for indicator in rubric.indicators {
            let answer = assessment.answers[indicator.id]
            var drawn = DrawnAnswer.absent
            if answer?.notApplicable != nil { drawn = .notApplicable } else if let value = answer?.value { drawn = .value(value, longForm: false) }
            scores[indicator.id] = SpecScore.indicator(indicator, drawn).score
        }
        return SpecScore.totals(rubric, scores: scores).total
    }
}

extension ImprovementPlan {
    /// The answers the plan proposes.
    var proposedAnswers: [String: Answer] {
        Dictionary(uniqueKeysWithValues: raises.map { ($0.indicator, Answer(value: $0.to)) })
    }

    /// What the tests print about a plan when one fails.
    var summary: String {
        let items = raises.map { "\($0.indicator) \(DrawnAssessment.yaml($0.from)) → \(DrawnAssessment.yaml($0.to)) (\($0.levels) levels, cost \($0.cost))" }
        return "plan to \(tier): cost \(cost), found \(found), proven \(proven), reachable \(reachable), blockers \(blockers.map(\.id)), "
            + "unanswered \(unanswered)\n  " + items.joined(separator: "\n  ")
    }
}

extension PlanJudge {
    /// Checks what every plan must be, whatever the search (SPEC §3), and returns whether it
    /// was found and valid. `context` names the case in failures.
    @discardableResult
    func expectWellFormed(_ plan: ImprovementPlan, for result: ScoreResult, _ context: @autoclosure () -> String) -> Bool {
        let assessment = result.assessment
        let target = expectedPlanTarget(result)
        #expect(plan.tier == target, "\(context())\nplan for \(plan.tier), expected \(target ?? "none")")
        guard let target else { return false }
        #expect(plan.requestedMargin == ExactNumber(margin), "\(context())")

        // Raises: in rubric order, one per indicator, each from the current answer of an
        // answered, applicable indicator to a higher-scoring answer, costed by the rubric.
        let positions = plan.raises.map { raise in rubric.indicators.firstIndex { $0.id == raise.indicator } ?? -1 }
        #expect(positions == positions.sorted() && Set(positions).count == positions.count && !positions.contains(-1),
                "\(context())\nraises not in rubric order, repeated or unknown\n\(plan.summary)")
        let before = exactTotal(assessment)
        for raise in plan.raises {
            guard let indicator = rubric.indicator(raise.indicator) else { continue }
            let answer = assessment.answers[raise.indicator]
            #expect(answer?.notApplicable == nil && answer?.value != nil, "\(context())\nraises an N/A or unanswered indicator\n\(plan.summary)")
            #expect(raise.from == answer?.value, "\(context())\n\(raise.indicator): from is not the answer")
            #expect(SpecScore.of(raise.from, indicator) < SpecScore.of(raise.to, indicator),
                    "\(context())\n\(raise.indicator) does not score higher\n\(plan.summary)")
            if let ladder = LevelLadder(indicator) {
                let from = ladder.level(of: raise.from)
                let to = ladder.level(of: raise.to)
                #expect(raise.levels == to - from, "\(context())\n\(raise.indicator): \(raise.levels) levels, expected \(to - from)")
                #expect(raise.cost == ladder.cost(from: from, to: to),
                        "\(context())\n\(raise.indicator): cost \(raise.cost), expected \(ladder.cost(from: from, to: to))")
            }
            #expect(raise.adds == exactTotal(assessment.replacingAnswers([raise.indicator: Answer(value: raise.to)])) - before,
                    "\(context())\n\(raise.indicator): adds \(raise.adds)")
        }
        #expect(plan.cost == plan.raises.reduce(0) { $0 + $1.cost })

        // Unanswered required questions, in rubric order; blockers are exactly the failing
        // conditions on facts answers cannot change.
        let unanswered = rubric.indicators.filter { indicator in
            indicator.required && assessment.answers[indicator.id].map { $0.value == nil && $0.notApplicable == nil } ?? true
        }.map(\.id)
        #expect(plan.unanswered == unanswered, "\(context())\nunanswered \(plan.unanswered), expected \(unanswered)")
        let blocked = blockers(target, result)
        #expect(Set(plan.blockers.filter { $0.kind != .unreachable }.map(\.id)) == blocked,
                "\(context())\nblockers \(plan.blockers.map(\.id)), expected \(blocked.sorted())")
        #expect(plan.reachable == (plan.found && plan.blockers.isEmpty && plan.unanswered.isEmpty), "\(context())\n\(plan.summary)")

        guard plan.found else {
            #expect(plan.raises.isEmpty && plan.totalAfter == nil && plan.marginLeft == nil, "\(context())\n\(plan.summary)")
            #expect(plan.blockers.contains { $0.kind == .unreachable }, "\(context())\nnothing found, and no blocker says so")
            return false
        }
        // Applying it achieves the tier (with the margin), but for the blockers, with no new warning.
        let applied = assessment.replacingAnswers(plan.proposedAnswers)
        let holds = satisfies(target, applied, except: blocked)
        #expect(holds, "\(context())\napplying the plan leaves \(judged.score(applied, plan: nil).verdict(target)?.failures ?? [])\n\(plan.summary)")
        let warnings = newChecks(result, applied)
        #expect(warnings.isEmpty, "\(context())\napplying the plan raises \(warnings)\n\(plan.summary)")
        let total = scorer.score(applied, plan: nil).total
        #expect(plan.totalAfter == total, "\(context())\ntotal after \(String(describing: plan.totalAfter)), expected \(total)")
        #expect(plan.marginLeft == totalThreshold(target).map { total - $0 },
                "\(context())\nmargin left \(String(describing: plan.marginLeft))")
        return holds && warnings.isEmpty
    }

    /// The answers one level below a raise's target (or the original answer when it climbed
    /// one level): what "this raise, one level smaller" means. For multi answers, each choice
    /// added left out in turn; for linear numbers, only leaving the raise out.
    func smaller(_ raise: PlanRaise) -> [Answer.Value] {
        guard let indicator = rubric.indicator(raise.indicator) else { return [] }
        if let ladder = LevelLadder(indicator) {
            let from = ladder.level(of: raise.from)
            let lower = ladder.level(of: raise.to) - 1
            return [lower > from ? ladder.levels[lower].value : raise.from]
        }
        if case .multi(let to) = raise.to, case .multi(let from) = raise.from {
            return to.filter { !from.contains($0) }.map { added in .multi(to.filter { $0 != added }) }
        }
        return [raise.from]
    }
}
