import Foundation
import Testing
import ZhizaoTestSupport
import ZhizaoCEL
@testable import ZhizaoKit

// SPEC §3 as properties over a few hundred random assessments of two rubrics: the
// hand-made `arithmeticRubric` and the shipped sample rubric, read from disk. Every draw
// comes from a seeded generator, so a failure names its seed and case and replays exactly.

// MARK: - Random assessments

/// SplitMix64 (Steele, Lea and Flood, 2014): a small seeded generator, so every run draws
/// the same cases. (Named apart from the one in ZhizaoCELTests, another module.)
struct PropertySplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        Int.random(in: 0..<100, using: &self) < percent
    }
}

/// What the generator wrote for one indicator.
enum DrawnAnswer: Hashable {
    /// The key is absent from `answers:`.
    case absent
    /// `id: null`, as a template leaves it: unanswered too (SPEC §3.2).
    case null
    /// `{na: reason}`.
    case notApplicable
    /// A value, in the short form or the long `{value: …, evidence: […], note: …}`.
    case value(Answer.Value, longForm: Bool)

    var value: Answer.Value? {
        if case .value(let value, _) = self { return value }
        return nil
    }
}

/// One random assessment, kept as the model it was written from, so expectations are
/// computed from what was drawn rather than from what the scorer read.
struct DrawnAssessment {
    let rubric: Rubric
    var profile: [(id: String, value: ProfileValue)]
    /// One entry per indicator, in rubric order.
    var answers: [(id: String, answer: DrawnAnswer)]
    var applyingFor: String?

    /// The assessment file; `order` permutes the answer lines (indices into `answers`).
    func yaml(order: [Int]? = nil) -> String {
        var lines = ["format: zhizao.assessment/1", "rubric: \(rubric.id)"]
        lines.append("enterprise: {name: 随机测试企业, city: 潍坊}")
        if let applyingFor { lines.append("applying_for: \(applyingFor)") }
        lines.append("profile:")
        if profile.isEmpty { lines[lines.count - 1] += " {}" }
        for (id, value) in profile { lines.append("  \(id): \(Self.yaml(value))") }
        lines.append("answers:")
        var written = 0
        for index in order ?? Array(answers.indices) {
            let (id, answer) = answers[index]
            switch answer {
            case .absent: continue
            case .null: lines.append("  \(id): null")
            case .notApplicable: lines.append("  \(id): {na: 本企业不涉及此环节}")
            case .value(let value, let longForm):
                let text = Self.yaml(value)
                lines.append(longForm ? "  \(id): {value: \(text), evidence: [佐证材料.pdf], note: 试点}" : "  \(id): \(text)")
            }
            written += 1
        }
        if written == 0 { lines[lines.count - 1] += " {}" }
        return lines.joined(separator: "\n") + "\n"
    }

    static func yaml(_ value: Answer.Value) -> String {
        switch value {
        case .choice(let id): return id
        case .multi(let ids): return "[" + ids.joined(separator: ", ") + "]"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.description
        }
    }

    static func yaml(_ value: ProfileValue) -> String {
        switch value {
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .int(let i): return String(i)
        case .number(let n): return n.description
        }
    }

    /// The assessment as the reader reads it (the test fails if it is refused).
    func read(order: [Int]? = nil) throws -> Assessment {
        try assessment(yaml(order: order), rubric: rubric)
    }

    func drawn(_ id: String) -> DrawnAnswer {
        answers.first { $0.id == id }?.answer ?? .absent
    }

    func profileValue(_ id: String) -> ProfileValue? {
        profile.first { $0.id == id }?.value
    }
}

enum AssessmentDraw {
    /// A random assessment of `rubric`: every indicator answered with any value its kind
    /// allows, left out, null, or N/A where the rubric allows it; every profile fact given
    /// a random value or left out. Each assessment draws a "skill" that biases answers
    /// towards the top, and most draw a profile that passes the sample's gates, so that
    /// every tier is reached by some draws.
    static func draw(_ rubric: Rubric, _ rng: inout PropertySplitMix64, answeredPercent: Int = 85) -> DrawnAssessment {
        let skill = Int.random(in: 0...100, using: &rng)
        let eligible = rng.chance(65)
        var profile: [(id: String, value: ProfileValue)] = []
        for fact in rubric.profile where rng.chance(eligible ? 99 : 85) {
            profile.append((fact.id, profileValue(fact, &rng, favourable: rng.chance(eligible ? 97 : 40))))
        }
        var answers: [(id: String, answer: DrawnAnswer)] = []
        for indicator in rubric.indicators {
            let answer: DrawnAnswer
            if !rng.chance(answeredPercent) {
                answer = rng.chance(50) ? .absent : .null
            } else if indicator.notApplicable != .forbid && rng.chance(15) {
                answer = .notApplicable
            } else {
                answer = .value(value(indicator, &rng, skill: skill), longForm: rng.chance(20))
            }
            answers.append((indicator.id, answer))
        }
        let applyingFor = rng.chance(50) ? rubric.tiers.randomElement(using: &rng)?.id : nil
        return DrawnAssessment(rubric: rubric, profile: profile, answers: answers, applyingFor: applyingFor)
    }

    /// A fact value; `favourable` picks what the sample rubric's gates and rules want.
    static func profileValue(_ fact: ProfileFact, _ rng: inout PropertySplitMix64, favourable: Bool) -> ProfileValue {
        switch fact.kind {
        case .bool:
            // Every bool gate in the sample wants true, except `serious_discredit`.
            return .bool(favourable ? fact.id != "serious_discredit" : rng.chance(50))
        case .choice:
            let ids = fact.choices.map(\.id)
            return .string(favourable ? ids[0] : ids.randomElement(using: &rng)!)
        case .string:
            return .string("文本")
        case .int:
            let low = Int(fact.minimum.map(\.doubleValue) ?? 0)
            let high = Int(fact.maximum.map(\.doubleValue) ?? 10)
            return .int(Int64(favourable ? high - Int.random(in: 0...min(2, high - low), using: &rng) : Int.random(in: low...high, using: &rng)))
        case .number:
            return .number(ExactNumber(Int.random(in: 0...1000, using: &rng)) / ExactNumber(10))
        }
    }

    /// Any value the indicator accepts; with probability `skill`% one near the top.
    static func value(_ indicator: Indicator, _ rng: inout PropertySplitMix64, skill: Int = 0) -> Answer.Value {
        let good = rng.chance(skill)
        switch indicator.kind {
        case .choice:
            let best = indicator.choices.max { $0.score! < $1.score! }!
            return .choice(good ? best.id : indicator.choices.randomElement(using: &rng)!.id)
        case .multi:
            let chosen = indicator.choices.shuffled(using: &rng).filter { _ in rng.chance(good ? 85 : 40) }
            return .multi(chosen.map(\.id))
        case .bool:
            return .bool(good || rng.chance(50))
        case .number, .percent:
            guard good else { return .number(number(indicator, &rng)) }
            let (low, high) = numberRange(indicator)
            switch indicator.numberScoring {
            case .bands(let bands)?: return .number(between(max(bands.last!.from, low), high, &rng))
            case .linear(_, let to)?: return .number(between(to < high ? to : high, high, &rng))
            case nil: return .number(high)
            }
        }
    }

    static func numberRange(_ indicator: Indicator) -> (low: ExactNumber, high: ExactNumber) {
        let bounds = indicator.bounds
        return (bounds.minimum ?? .zero, bounds.maximum ?? .hundred)
    }

    /// A number within the indicator's bounds: half of the time an edge (a bound, a band's
    /// `from` or just below it, a linear end), else any value with up to two decimals.
    static func number(_ indicator: Indicator, _ rng: inout PropertySplitMix64) -> ExactNumber {
        let (low, high) = numberRange(indicator)
        var edges = [low, high]
        switch indicator.numberScoring {
        case .bands(let bands)?: edges += bands.flatMap { [$0.from, $0.from - ExactNumber(1, 100)] }
        case .linear(let from, let to)?: edges += [from, to, (from + to) / ExactNumber(2)]
        case nil: break
        }
        edges = edges.filter { !($0 < low) && !(high < $0) }
        if rng.chance(50), let edge = edges.randomElement(using: &rng) { return edge }
        return between(low, high, &rng)
    }

    /// A random number in [low, high] with at most two decimals.
    static func between(_ low: ExactNumber, _ high: ExactNumber, _ rng: inout PropertySplitMix64) -> ExactNumber {
        let hundred = ExactNumber.hundred
        let from = Int((low * hundred).doubleValue.rounded(.up))
        let to = Int((high * hundred).doubleValue.rounded(.down))
        guard from <= to else { return low }
        return ExactNumber(Int.random(in: from...to, using: &rng)) / .hundred
    }

    /// Raises one answer (SPEC: a higher-scoring choice, true for false, a larger number,
    /// one more choice in a multi); nil when it is already at the top or N/A.
    static func raised(_ indicator: Indicator, _ drawn: DrawnAnswer, _ rng: inout PropertySplitMix64) -> Answer.Value? {
        let current = drawn.value
        switch drawn {
        case .notApplicable: return nil
        case .absent, .null, .value: break
        }
        switch indicator.kind {
        case .choice:
            let now = current.map { SpecScore.of($0, indicator) }
            // From unanswered (scored 0), any answer is a raise.
            let higher = indicator.choices.filter { choice in now.map { $0 < choice.score! } ?? true }
            return higher.randomElement(using: &rng).map { .choice($0.id) }
        case .multi:
            var ids: [String] = { if case .multi(let ids)? = current { return ids } else { return [] } }()
            guard let added = indicator.choices.filter({ !ids.contains($0.id) }).randomElement(using: &rng) else {
                return current == nil ? .multi([]) : nil
            }
            ids.append(added.id)
            return .multi(ids)
        case .bool:
            if case .bool(true)? = current { return nil }
            return .bool(true)
        case .number, .percent:
            let (low, high) = numberRange(indicator)
            guard case .number(let n)? = current else { return .number(between(low, high, &rng)) }
            guard n < high else { return nil }
            var larger = between(n, high, &rng)
            if !(n < larger) { larger = high }
            return .number(larger)
        }
    }
}

// MARK: - Expectations from the SPEC

/// SPEC §3.1–3.5 written out again, from the rubric's numbers and what was drawn.
enum SpecScore {
    /// §3.1: an indicator's score for a value.
    static func of(_ value: Answer.Value, _ indicator: Indicator) -> ExactNumber {
        switch value {
        case .choice(let id):
            return indicator.choices.first { $0.id == id }!.score!
        case .multi(let ids):
            let sum = ids.reduce(ExactNumber.zero) { total, id in total + indicator.choices.first { $0.id == id }!.score! }
            return sum < .one ? sum : .one
        case .bool(let b):
            return b ? .one : .zero
        case .number(let v):
            switch indicator.numberScoring {
            case .bands(let bands)?:
                var score = ExactNumber.zero
                for band in bands where !(v < band.from) { score = band.score }
                return score
            case .linear(let from, let to)?:
                let t = (v - from) / (to - from)
                return t < .zero ? .zero : (ExactNumber.one < t ? .one : t)
            case nil:
                return .zero
            }
        }
    }

    /// §3.1–3.3: the score (nil when excluded) and status for what was drawn.
    static func indicator(_ indicator: Indicator, _ drawn: DrawnAnswer) -> (score: ExactNumber?, status: IndicatorResult.Status) {
        switch drawn {
        case .absent, .null:
            return (.zero, .missing)
        case .notApplicable:
            switch indicator.notApplicable {
            case .exclude: return (nil, .naExcluded)
            case .full: return (.one, .naFull)
            case .zero, .forbid: return (.zero, .naZero)
            }
        case .value(let value, _):
            return (of(value, indicator), .answered)
        }
    }

    /// §3.4: exact D per applicable domain (rubric order) and exact T, from indicator scores.
    static func totals(_ rubric: Rubric, scores: [String: ExactNumber?]) -> (domains: [(String, ExactNumber)], total: ExactNumber) {
        var domains: [(String, ExactNumber)] = []
        var weighted = ExactNumber.zero
        var weights = ExactNumber.zero
        for domain in rubric.domains {
            var sum = ExactNumber.zero
            var w = ExactNumber.zero
            for indicator in rubric.indicators where indicator.domain == domain.id {
                guard let s = scores[indicator.id] ?? nil else { continue }  // excluded
                sum = sum + indicator.weight * s
                w = w + indicator.weight
            }
            guard !w.isZero else { continue }
            let d = ExactNumber.hundred * sum / w
            domains.append((domain.id, d))
            weighted = weighted + domain.weight * d
            weights = weights + domain.weight
        }
        return (domains, weights.isZero ? .zero : weighted / weights)
    }
}

/// Loads `Rubrics/sample-smart-factory.yaml` from the checkout, as `--rubric` would.
func sampleSmartFactoryRubric() throws -> Rubric {
    let path = PackageRoot.url.appendingPathComponent("Rubrics/sample-smart-factory.yaml").path
    let result = RubricLoader().load(path)
    guard let rubric = result.rubric else {
        Issue.record(Comment(rawValue: "sample rubric did not load:\n" + result.diagnostics.map(\.description).joined(separator: "\n")))
        throw TestFailure()
    }
    return rubric
}

/// The two rubrics the properties run on.
enum PropertyRubric: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case arithmetic, sample

    var testDescription: String { rawValue }

    func load() throws -> Rubric {
        switch self {
        case .arithmetic: return try rubric(arithmeticRubric)
        case .sample: return try sampleSmartFactoryRubric()
        }
    }

    var seed: UInt64 { self == .arithmetic ? 0xA11_7E57 : 0x5A3_91E }
}

// MARK: - Tests

@Suite("Scoring properties (SPEC §3) on random assessments")
struct ScoringPropertyTests {
    static let cases = 250

    /// `count` random assessments of the rubric, each with the text it was read from.
    func drawn(_ which: PropertyRubric, seed offset: UInt64 = 0, count: Int = cases) throws -> (Rubric, [DrawnAssessment]) {
        let rubric = try which.load()
        var rng = PropertySplitMix64(seed: which.seed &+ offset)
        return (rubric, (0..<count).map { _ in AssessmentDraw.draw(rubric, &rng) })
    }

    func json(_ result: ScoreResult) -> String { ResultJSON.value(result, language: .zh, version: "test").serialized() }

    @Test("the same input gives byte-identical JSON, scored twice or with its answers in another order",
          arguments: PropertyRubric.allCases)
    func deterministic(_ which: PropertyRubric) throws {
        let (rubric, draws) = try drawn(which)
        let scorer = Scorer(rubric: rubric)
        var rng = PropertySplitMix64(seed: 7)
        for (index, draw) in draws.enumerated() {
            let original = try draw.read()
            let first = json(scorer.score(original, plan: nil))
            #expect(first == json(scorer.score(original, plan: nil)), "case \(index): second scoring differs")
            #expect(first == json(Scorer(rubric: rubric).score(original, plan: nil)), "case \(index): a new scorer differs")
            // The same answers written in another order: only the bytes (so the fingerprint)
            // differ, and the fingerprint is carried over to compare everything else.
            let order = Array(draw.answers.indices).shuffled(using: &rng)
            let shuffled = try draw.read(order: order)
            #expect(Set(shuffled.answers.keys) == Set(original.answers.keys), "case \(index): the same answers")
            let sameBytes = Assessment(source: original.source, fingerprint: original.fingerprint, rubricReference: shuffled.rubricReference,
                                       enterprise: shuffled.enterprise, applyingFor: shuffled.applyingFor, submitted: shuffled.submitted,
                                       profile: shuffled.profile, answers: shuffled.answers)
            #expect(first == json(scorer.score(sameBytes, plan: nil)),
                    "case \(index): answer order changed the result\n\(draw.yaml())\n---\n\(draw.yaml(order: order))")
        }
    }

    @Test("T and every D lie in [0, 100] with exactly one decimal", arguments: PropertyRubric.allCases)
    func roundedRange(_ which: PropertyRubric) throws {
        let (rubric, draws) = try drawn(which, seed: 1)
        let scorer = Scorer(rubric: rubric)
        for (index, draw) in draws.enumerated() {
            let result = scorer.score(try draw.read(), plan: nil)
            for (name, value) in [("total", result.total)] + result.domains.map({ ($0.key, $0.value) }) {
                #expect(!(value < .zero) && !(ExactNumber.hundred < value), "case \(index): \(name) = \(value)")
                #expect(value == value.rounded(places: 1), "case \(index): \(name) = \(value) has more than one decimal")
            }
            // What the JSON shows is that value, with one decimal.
            let json = json(result)
            #expect(json.contains("\"total\":\(result.total.decimalString(places: 1)),"), "case \(index)")
        }
    }

    @Test("indicator scores follow §3.1–3.3; D and T are the weighted means of §3.4, rounded once",
          arguments: PropertyRubric.allCases)
    func weightedMeans(_ which: PropertyRubric) throws {
        let (rubric, draws) = try drawn(which, seed: 2)
        let scorer = Scorer(rubric: rubric)
        var sawExcludedDomain = false
        var sawRoundingGap = false
        var statuses: Set<String> = []
        for (index, draw) in draws.enumerated() {
            let result = scorer.score(try draw.read(), plan: nil)
            // Every indicator, in rubric order, scored as the SPEC says for what was drawn.
            #expect(result.indicators.map(\.id).sorted() == rubric.indicators.map(\.id).sorted(), "case \(index)")
            for indicator in rubric.indicators {
                let expected = SpecScore.indicator(indicator, draw.drawn(indicator.id))
                let actual = result.indicators.first { $0.id == indicator.id }
                #expect(actual?.score == expected.score && actual?.status == expected.status,
                        "case \(index): \(indicator.id) drawn \(draw.drawn(indicator.id)) scored \(String(describing: actual))")
            }
            // D and T recomputed from the reported indicator scores and the rubric's weights.
            let scores = Dictionary(uniqueKeysWithValues: result.indicators.map { ($0.id, $0.score) })
            let exact = SpecScore.totals(rubric, scores: scores)
            #expect(result.domains.map(\.key) == exact.domains.map(\.0), "case \(index): applicable domains")
            for (domain, d) in exact.domains {
                #expect(result.domains[domain] == d.rounded(places: 1), "case \(index): D_\(domain) exact \(d)")
            }
            #expect(result.total == exact.total.rounded(places: 1), "case \(index): T exact \(exact.total)")
            if exact.domains.count < rubric.domains.count { sawExcludedDomain = true }
            statuses.formUnion(result.indicators.map(\.status.rawValue))
            // Where the mean of the rounded D rounds differently, T must follow the exact D.
            let fromRounded = exact.domains.reduce(ExactNumber.zero) { sum, pair in
                sum + rubric.domains.first { $0.id == pair.0 }!.weight * pair.1.rounded(places: 1)
            }
            let weights = exact.domains.reduce(ExactNumber.zero) { sum, pair in sum + rubric.domains.first { $0.id == pair.0 }!.weight }
            if !weights.isZero, (fromRounded / weights).rounded(places: 1) != result.total { sawRoundingGap = true }
            // Missing answers are listed, and a required one makes the result incomplete (§3.2).
            let missing = rubric.indicators.filter { [.absent, .null].contains(draw.drawn($0.id)) }
            #expect(Set(result.warnings.filter { $0.kind == .missing }.compactMap(\.id)) == Set(missing.map(\.id)), "case \(index)")
            #expect(result.complete == !missing.contains { $0.required }, "case \(index)")
        }
        if which == .arithmetic { #expect(sawExcludedDomain, "the draws should include a domain left with no indicator") }
        // Every status the rubric allows was drawn: answered, unanswered and each N/A policy it uses.
        let policies = Set(rubric.indicators.map(\.notApplicable)).subtracting([.forbid])
        let expectedStatuses = ["answered", "missing"] + policies.map { ["exclude": "na_excluded", "full": "na_full", "zero": "na_zero"][$0.rawValue]! }
        #expect(statuses == Set(expectedStatuses))
        #expect(sawRoundingGap, "the draws should include a total where rounding D first would give another T")
    }

    @Test("raising any single answer never lowers T or any D", arguments: PropertyRubric.allCases)
    func monotone(_ which: PropertyRubric) throws {
        let (rubric, draws) = try drawn(which, seed: 3, count: 120)
        let scorer = Scorer(rubric: rubric)
        var rng = PropertySplitMix64(seed: 11)
        var raises = 0
        for (index, draw) in draws.enumerated() {
            let original = try draw.read()
            let before = scorer.score(original, plan: nil)
            for indicator in rubric.indicators {
                guard let higher = AssessmentDraw.raised(indicator, draw.drawn(indicator.id), &rng) else { continue }
                raises += 1
                let after = scorer.score(original.replacingAnswers([indicator.id: Answer(value: higher)]), plan: nil)
                let what = "case \(index): \(indicator.id) \(draw.drawn(indicator.id)) → \(higher)"
                #expect(!(after.total < before.total), "\(what): T \(before.total) → \(after.total)")
                #expect(after.domains.map(\.key) == before.domains.map(\.key), "\(what): applicable domains changed")
                for (domain, d) in before.domains {
                    #expect(!((after.domains[domain] ?? .zero) < d), "\(what): D_\(domain) \(d) → \(String(describing: after.domains[domain]))")
                }
            }
        }
        #expect(raises > draws.count * rubric.indicators.count / 2, "most answers should have a raise to try")
    }

    @Test("a tier is achieved iff its gates and rules pass and its prerequisites are achieved; the result is the last one",
          arguments: PropertyRubric.allCases)
    func tierVerdicts(_ which: PropertyRubric) throws {
        let (rubric, draws) = try drawn(which, seed: 4)
        let scorer = Scorer(rubric: rubric)
        var achievedCount: [String: Int] = [:]
        for (index, draw) in draws.enumerated() {
            let result = scorer.score(try draw.read(), plan: nil)
            #expect(result.tiers.map(\.id) == rubric.tiers.map(\.id), "case \(index): one verdict per tier, in rubric order")
            for (position, tier) in rubric.tiers.enumerated() {
                guard let verdict = result.verdict(tier.id) else { continue }
                let applying = rubric.gates.filter { $0.tiers?.contains(tier.id) ?? true }
                #expect(verdict.gates.map(\.id) == applying.map(\.id), "case \(index): \(tier.id) lists the gates that apply to it")
                #expect(verdict.rules.map(\.id) == tier.rules.map(\.id), "case \(index): \(tier.id) lists its rules")
                // The requires a tier has (default: the tier before it); all lower in the list.
                let earlier = result.tiers.prefix(position)
                let missing = tier.requires.filter { required in earlier.first { $0.id == required }?.achieved != true }
                #expect(verdict.missingPrerequisites == missing, "case \(index): \(tier.id) prerequisites")
                let expected = verdict.gates.allSatisfy { $0.status == .pass } && verdict.rules.allSatisfy { $0.status == .pass }
                    && missing.isEmpty
                #expect(verdict.achieved == expected, "case \(index): \(tier.id) achieved = \(verdict.achieved), failures \(verdict.failures)")
                #expect(verdict.achieved == verdict.failures.isEmpty, "case \(index): \(tier.id)")
                if verdict.achieved { achievedCount[tier.id, default: 0] += 1 }
            }
            #expect(result.tier == result.tiers.last { $0.achieved }?.id, "case \(index): the result tier is the last achieved one")
        }
        // The draws exercise both outcomes of every tier that can be achieved at all.
        for tier in rubric.tiers where tier.id != "t3" {
            #expect((1..<draws.count).contains(achievedCount[tier.id] ?? 0), "tier \(tier.id) achieved \(achievedCount[tier.id] ?? 0) times")
        }
    }

    @Test("sample rubric: every gate, rule and tier decided as its YAML says, computed independently")
    func sampleVerdictsFromTheRubricText() throws {
        let (rubric, draws) = try drawn(.sample, seed: 5)
        let scorer = Scorer(rubric: rubric)
        var tiersSeen: Set<String?> = []
        var checkWarnings = 0
        for (index, draw) in draws.enumerated() {
            let result = scorer.score(try draw.read(), plan: nil)
            var scores: [String: ExactNumber?] = [:]
            for indicator in rubric.indicators { scores[indicator.id] = SpecScore.indicator(indicator, draw.drawn(indicator.id)).score }
            let exact = SpecScore.totals(rubric, scores: scores)
            let total = exact.total.rounded(places: 1)
            let production = exact.domains.first { $0.0 == "production" }.map { $0.1.rounded(places: 1) }
            // metric.scenarios_covered: indicators with a scenario and a score ≥ 0.5 (excluded: 0.0);
            // metric.ai_share: those tagged `ai` among them, as a share.
            let half = ExactNumber(1, 2)
            let covered = rubric.indicators.filter { ($0.scenario ?? 0) > 0 && !(((scores[$0.id] ?? nil) ?? .zero) < half) }.count
            let ai = rubric.indicators.filter { $0.tags.contains("ai") && !(((scores[$0.id] ?? nil) ?? .zero) < half) }.count
            #expect(result.metrics["scenarios_covered"] == .some(.int(Int64(covered))), "case \(index)")

            // A gate on a missing fact errors and blocks, like a false one (§3.7).
            func fact(_ id: String) -> ProfileValue? { draw.profileValue(id) }
            let gates: [String: Bool] = [
                "above_designated_size": fact("above_designated_size") == .bool(true),
                "no_serious_accident": [.string("none"), .string("general")].contains(fact("accident_grade_3y")),
                "no_serious_discredit": fact("serious_discredit") == .bool(false),
                "secure_controllable": fact("secure_controllable") == .bool(true),
            ]
            let cmmm: Int64? = { if case .int(let i)? = fact("cmmm_level") { return i } else { return nil } }()
            let rules: [String: [String: Bool]] = [
                "basic": ["cmmm_2": (cmmm ?? 0) >= 2 && cmmm != nil, "production_covered": production.map { !($0 < ExactNumber(50)) } ?? false,
                          "total_50": !(total < ExactNumber(50))],
                "advanced": ["cmmm_2": (cmmm ?? 0) >= 2 && cmmm != nil, "total_65": !(total < ExactNumber(65)), "scenarios_6": covered >= 6],
                // ai / covered ≥ 0.2 ⇔ 5·ai ≥ covered (and 0.0 when nothing is covered).
                "excellence": ["cmmm_3": (cmmm ?? 0) >= 3 && cmmm != nil, "total_80": !(total < ExactNumber(80)),
                               "ai_share_20": covered > 0 && 5 * ai >= covered],
            ]
            var achieved: [String: Bool] = [:]
            var previous: String?
            for tier in rubric.tiers {
                let verdict = try #require(result.verdict(tier.id))
                for outcome in verdict.gates {
                    #expect((outcome.status == .pass) == gates[outcome.id], "case \(index): gate \(outcome.id) is \(outcome.status)")
                    let reads = ["no_serious_accident": "accident_grade_3y", "no_serious_discredit": "serious_discredit"][outcome.id] ?? outcome.id
                    if fact(reads) == nil {
                        #expect(outcome.status == .error, "case \(index): gate \(outcome.id) on a missing fact")
                    }
                }
                for outcome in verdict.rules {
                    #expect((outcome.status == .pass) == rules[tier.id]?[outcome.id], "case \(index): \(tier.id).\(outcome.id) is \(outcome.status)")
                }
                let expected = gates.values.allSatisfy { $0 } && rules[tier.id]!.values.allSatisfy { $0 } && (previous.map { achieved[$0]! } ?? true)
                #expect(verdict.achieved == expected, "case \(index): \(tier.id)")
                achieved[tier.id] = expected
                previous = tier.id
            }
            let expectedTier = rubric.tiers.last { achieved[$0.id]! }?.id
            #expect(result.tier == expectedTier, "case \(index)")
            tiersSeen.insert(expectedTier)
            // The check warns iff predictive maintenance scores above condition monitoring (§3.9).
            let predictive = scores["om_predictive_maintenance"] ?? nil
            let monitoring = (scores["om_monitoring"] ?? nil) ?? .zero
            let warns = predictive.map { monitoring < $0 } ?? false
            #expect(result.warnings.contains { $0.kind == .check && $0.id == "predictive_needs_monitoring" } == warns, "case \(index)")
            if warns { checkWarnings += 1 }
        }
        #expect(tiersSeen == [nil, "basic", "advanced", "excellence"], "the draws should reach every outcome; saw \(tiersSeen)")
        #expect(checkWarnings > 0)
    }
}
