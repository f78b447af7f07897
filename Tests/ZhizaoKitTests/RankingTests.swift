import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// SPEC §4 "Ranking", by hand: achievers first, then T, tie-breaks, credit code; quotas per
// list and per city; duplicates flagged, never selected, taking no place; a total order.

@Suite("Ranking")
struct RankingTests {
    static let tiers = ["basic", "advanced"]

    /// An applicant for the national-style ladder above: `achieved` per tier.
    static func entry(_ code: String, total: Int, tiebreaks: [Double?] = [nil], applying: String? = "advanced", tier: String? = "basic",
                      achieved: [Bool] = [true, false], city: String? = "济南", source: String? = nil, target: String? = nil,
                      complete: Bool = true, fingerprint: String? = nil) -> RankEntry {
        let target = target ?? applying
        let failures: [RankingFailure]
        switch target {
        case "basic"?: failures = achieved[0] ? [] : [.init(kind: .gate, id: "size", status: .fail), .init(kind: .rule, id: "total_40", status: .fail),
                                                       .init(kind: .rule, id: "scenarios_5", status: .fail), .init(kind: .prerequisite, id: "fourth", status: .fail)]
        case "advanced"?: failures = achieved[1] ? [] : [.init(kind: .rule, id: "total_60", status: .fail), .init(kind: .rule, id: "links_4", status: .fail)]
        default: failures = []
        }
        return RankEntry(source: source ?? "\(code).yaml", fingerprint: fingerprint ?? "sha256:" + (source ?? code), creditCode: code, name: code,
                         city: city, industry: nil, applyingFor: applying, tier: tier, total: ExactNumber(total), domains: [], tiebreaks: tiebreaks,
                         complete: complete, missingRequired: complete ? [] : ["rd_digital_design"], achieved: achieved, target: target,
                         failures: failures)
    }

    static func ids(_ row: Ranking.Row?) -> [String] { row?.reasons.map(\.id) ?? [] }

    static func order(_ list: Ranking.List) -> [String] { list.rows.map(\.entry.creditCode) }

    @Test("achievers of the target come first, then the higher total, then the tie-breaks, then the credit code")
    func order() {
        let entries = [
            Self.entry("A", total: 90),                                   // misses advanced, highest total
            Self.entry("B", total: 61, achieved: [true, true]),
            Self.entry("C", total: 70, achieved: [true, true]),
            Self.entry("D", total: 70, tiebreaks: [80], achieved: [true, true]),  // same total as C: its tie-break wins
            Self.entry("F", total: 70, tiebreaks: [80], achieved: [true, true]),  // same as D: credit code decides
        ]
        let lists = Ranking.rank(entries, tiers: Self.tiers)
        #expect(lists.map(\.target) == ["advanced"])
        #expect(Self.order(lists[0]) == ["D", "F", "C", "B", "A"])
        #expect(lists[0].rows.map(\.rank) == [1, 2, 3, 4, 5])
        #expect(Self.ids(lists[0].rows.last) == ["total_60", "links_4"])
        #expect(Self.ids(lists[0].rows.first) == [])
        #expect(lists[0].rows.allSatisfy { $0.selected == nil }, "no quota, no selection")
    }

    @Test("a tie-break that failed sorts after every number, the other way round too")
    func missingTiebreak() {
        let lists = Ranking.rank([Self.entry("A", total: 70, tiebreaks: [nil]), Self.entry("B", total: 70, tiebreaks: [-5])], tiers: Self.tiers)
        #expect(Self.order(lists[0]) == ["B", "A"])
        let second = Ranking.rank([Self.entry("A", total: 70, tiebreaks: [1, nil]), Self.entry("B", total: 70, tiebreaks: [1, 0])], tiers: Self.tiers)
        #expect(Self.order(second[0]) == ["B", "A"])
    }

    @Test("one list per target tier in rubric order, --tier overrides, and a last list of those with no target by result tier")
    func lists() {
        let entries = [
            Self.entry("A", total: 50, applying: "advanced"),
            Self.entry("B", total: 45, applying: "basic"),
            Self.entry("C", total: 40, applying: nil, tier: nil, achieved: [false, false]),
            Self.entry("D", total: 30, applying: nil, tier: "basic"),
            Self.entry("E", total: 99, applying: "gold"),  // not a tier of this rubric: no target
        ]
        let lists = Ranking.rank(entries, tiers: Self.tiers)
        #expect(lists.map(\.target) == ["basic", "advanced", nil])
        #expect(Self.order(lists[0]) == ["B"])
        #expect(Self.order(lists[2]) == ["E", "D", "C"], "result tier first (basic before none), then T")
        #expect(lists[2].rows.allSatisfy { $0.achieved == nil && $0.selected == nil })
        let everyone = Ranking.rank(entries.map { Self.entry($0.creditCode, total: Int($0.total.description)!, applying: $0.applyingFor,
                                                             tier: $0.tier, achieved: $0.achieved, target: "basic") },
                                    tiers: Self.tiers, options: .init(tier: "basic"))
        #expect(everyone.map(\.target) == ["basic"])
        #expect(Self.order(everyone[0]) == ["E", "A", "B", "D", "C"])
        #expect(Self.ids(everyone[0].rows.last) == ["size", "total_40", "scenarios_5", "fourth"], "every reason, not the first three")
    }

    @Test("a quota selects the first N achievers, per city with --quota-by; duplicates are flagged, never selected, and take no place")
    func quotas() {
        let entries = [
            Self.entry("A", total: 95, achieved: [true, true], city: "青岛"),
            Self.entry("B", total: 90, achieved: [true, true], city: "青岛"),
            Self.entry("C", total: 85, achieved: [true, true], city: "青岛"),
            Self.entry("D", total: 80, achieved: [true, true], city: "潍坊"),
            Self.entry("E", total: 99, achieved: [true, false], city: "潍坊"),  // does not achieve: never selected
            Self.entry("G", total: 98, achieved: [true, true], city: nil, source: "g1.yaml"),
            Self.entry("G", total: 97, achieved: [true, true], city: nil, source: "g2.yaml"),  // the same credit code twice
        ]
        let plain = Ranking.rank(entries, tiers: Self.tiers, options: .init(quota: 2))[0]
        #expect(Self.order(plain) == ["G", "G", "A", "B", "C", "D", "E"])
        #expect(plain.rows.map(\.selected) == [false, false, true, true, false, false, false])
        #expect(plain.rows.map(\.duplicate) == [true, true, false, false, false, false, false])
        #expect(Self.ids(plain.rows[0]) == ["duplicate"])
        #expect(Self.ids(plain.rows[6]) == ["total_60", "links_4"], "E misses the target: no duplicate among its reasons")
        #expect(plain.rows.map { $0.status?.rawValue ?? "" } == ["duplicate", "duplicate", "selected", "selected", "quota_full", "quota_full", "not_achieved"])
        if case .duplicate(let others) = plain.rows[0].reasons[0] { #expect(others.map(\.source) == ["g2.yaml"]) } else { Issue.record("no duplicate reason") }
        let byCity = Ranking.rank(entries, tiers: Self.tiers, options: .init(quota: 1, quotaBy: .city)) { $0.city ?? "" }[0]
        // One per city: 青岛 A, 潍坊 D; the group without a city holds only the duplicates.
        #expect(byCity.rows.filter { $0.selected == true }.map(\.entry.creditCode) == ["A", "D"])
    }

    @Test("an entry keeps its target's failures with the values read: gates, rules, then prerequisites, in the verdict's order")
    func typedFailures() throws {
        let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
        guard case .scored(let result) = pipeline.process(path: PackageRoot.url.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path) else {
            Issue.record("the example is rejected")
            return
        }
        var failing = 0
        for tier in result.rubric.tiers {
            let entry = try #require(RankEntry(result, tier: tier.id))
            let verdict = try #require(result.verdict(tier.id))
            #expect(entry.target == tier.id)
            let ids: [String] = entry.failures.map { $0.id }
            #expect(ids == verdict.failures, "\(tier.id): every failure, in order")
            if !verdict.failures.isEmpty { failing += 1 }
            for failure in entry.failures where failure.kind != .prerequisite {
                let kept = !failure.values.isEmpty || failure.status == .error
                #expect(kept, "\(failure.id) keeps what it read")
            }
        }
        #expect(failing > 0, "the example fails some tier, so the comparison says something")
    }

    @Test("sources sorted with their keys computed once come in the order precedes gives", arguments: 0..<5)
    func sourceOrder(_ seed: Int) {
        var generator = PropertySplitMix64(seed: UInt64(seed + 40))
        let bases = ["a.csv", "b.xlsx:申报", "b.xlsx:说明", "c.yaml", "a.csv:x", "d:9:y"]
        let sources = (0..<300).map { _ -> String in
            let base = bases.randomElement(using: &generator)!
            return Bool.random(using: &generator) ? base : base + ":" + String(Int.random(in: 1...120, using: &generator))
        }
        #expect(SourceOrder.sorted(sources) { $0 } == sources.sorted(by: SourceOrder.precedes))
    }

    @Test("the order is total: any input order gives the same lists", arguments: 0..<20)
    func totalOrder(_ seed: Int) {
        var generator = PropertySplitMix64(seed: UInt64(seed + 1))
        var entries: [RankEntry] = []
        for index in 0..<60 {
            let code = "C\(Int.random(in: 0..<40, using: &generator))"  // some duplicates
            entries.append(Self.entry(code, total: Int.random(in: 40...60, using: &generator),
                                      tiebreaks: [Bool.random(using: &generator) ? Double(Int.random(in: 0...3, using: &generator)) : nil],
                                      applying: ["basic", "advanced", nil].randomElement(using: &generator)!,
                                      achieved: [Bool.random(using: &generator), Bool.random(using: &generator)],
                                      city: ["济南", "青岛", nil].randomElement(using: &generator)!, source: "f\(index).yaml"))
        }
        let reference = Ranking.rank(entries, tiers: Self.tiers, options: .init(quota: 3, quotaBy: .city)) { $0.city ?? "" }
        let shuffled = Ranking.rank(entries.shuffled(using: &generator), tiers: Self.tiers, options: .init(quota: 3, quotaBy: .city)) { $0.city ?? "" }
        #expect(reference.map(\.target) == shuffled.map(\.target))
        for (a, b) in zip(reference, shuffled) {
            #expect(a.rows.map(\.entry.source) == b.rows.map(\.entry.source))
            #expect(a.rows.map(\.selected) == b.rows.map(\.selected))
        }
        // Every applicant is in exactly one list.
        #expect(reference.flatMap(\.rows).map(\.entry.source).sorted() == entries.map(\.source).sorted())
    }
}

@Suite("Percentiles")
struct PercentileTests {
    static func entry(_ code: String, total: String, rd: String?, city: String) -> RankEntry {
        RankEntry(source: code, fingerprint: code, creditCode: code, name: nil, city: city, industry: nil, applyingFor: nil, tier: nil,
                  total: ExactNumber(decimal: total)!, domains: [rd.flatMap { ExactNumber(decimal: $0) }], tiebreaks: [], achieved: [])
    }

    @Test("hand-computed: mid-rank percentile ranks, nearest-rank quartiles, a domain that does not apply left out")
    func handComputed() {
        let entries = [Self.entry("A", total: "10", rd: "50", city: "济南"), Self.entry("B", total: "20", rd: nil, city: "济南"),
                       Self.entry("C", total: "20", rd: "70", city: "青岛"), Self.entry("D", total: "40", rd: "90", city: "青岛")]
        let percentiles = Percentiles(entries, measures: 2)
        // T = 10, 20, 20, 40: below/level → (0 + ½)/4, (1 + 2·½)/4, (3 + ½)/4.
        #expect(entries.map { Percentiles.text(percentiles.standing(of: $0).batch[0]) } == ["12.5", "50.0", "50.0", "87.5"])
        // RD applies to three: 50, 70, 90 → 16.6 (tenths, rounded down), 50.0, 83.3; B has none.
        #expect(entries.map { Percentiles.text(percentiles.standing(of: $0).batch[1]) } == ["16.6", "", "50.0", "83.3"])
        // Within 青岛: C (20) and D (40).
        #expect(Percentiles.text(percentiles.standing(of: entries[3]).city[0]) == "75.0")
        let totals = percentiles.batch.distributions[0]
        #expect([10, 25, 50, 75, 90].map { totals.quantile($0)!.description } == ["10", "10", "20", "20", "40"])
        #expect(percentiles.cities.map(\.name) == ["济南", "青岛"])
        #expect(percentiles.batch.distributions[1].count == 3)
    }

    @Test("the run-length distribution gives what counting every applicant gives", arguments: 0..<10)
    func againstCounting(_ seed: Int) {
        var generator = PropertySplitMix64(seed: UInt64(seed + 100))
        // Few distinct values, so ties are the rule: totals in tenths from 0.0 to 5.0.
        let values = (0..<Int.random(in: 1...200, using: &generator)).map { _ in ExactNumber(Int.random(in: 0...50, using: &generator)) / ExactNumber(10) }
        let distribution = Percentiles.Distribution(values)
        let sorted = values.sorted()
        #expect(distribution.count == values.count)
        for p in [0, 1, 10, 25, 50, 75, 90, 99, 100] {
            #expect(distribution.quantile(p) == sorted[min(values.count, max(1, (p * values.count + 99) / 100)) - 1], "p\(p)")
        }
        // Values held, and values between, below and above every one.
        for tenths in -1...51 {
            let value = ExactNumber(tenths) / ExactNumber(10)
            let below = values.filter { $0 < value }.count
            let level = values.filter { $0 == value }.count
            #expect(distribution.rank(of: value) == (1000 * below + 500 * level) / values.count, "\(value)")
        }
    }
}

