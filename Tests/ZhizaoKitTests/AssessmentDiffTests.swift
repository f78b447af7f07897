import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// `zhizao diff`'s engine on hand-built cases: a Shandong example a year later with a few
// answers changed, the same file twice, and one file under an edited copy of the shipped
// rubric. Every expected number is worked out from the rubric by hand in the comments.

@Suite("Assessment diff")
struct AssessmentDiffTests {
    static let root = PackageRoot.url
    /// 58.4, no tier: 1.6 short of 晨星工厂 (Examples/shandong/linyi-fasteners.yaml).
    static let linyi = (try? String(contentsOf: root.appendingPathComponent("Examples/shandong/linyi-fasteners.yaml"), encoding: .utf8)) ?? ""

    /// The example with each `from` replaced by its `to` (each must occur exactly once).
    static func edited(_ text: String, _ edits: [(String, String)]) throws -> String {
        var text = text
        for (from, to) in edits {
            try #require(text.components(separatedBy: from).count == 2, "'\(from)' occurs once")
            text = text.replacingOccurrences(of: from, with: to)
        }
        return text
    }

    static func score(_ text: String, source: String, rubric: Rubric? = nil, catalog: RubricCatalog = RubricCatalog()) throws -> ScoreResult {
        let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: rubric, planOptions: nil)
        switch pipeline.process(bytes: Array(text.utf8), source: source, folder: nil) {
        case .scored(let result): return result
        case .rejected(let diagnostics):
            Issue.record(Comment(rawValue: diagnostics.map(\.description).joined(separator: "\n")))
            throw TestFailure()
        }
    }

    /// Last year's file and this year's: a better service domain and a note on one answer.
    static func twoYears() throws -> AssessmentDiff {
        let catalog = RubricCatalog()
        let thisYear = try edited(linyi, [
            ("svc_customer_systems: mostly", "svc_customer_systems: full"),
            ("svc_proactive_service: digital", "svc_proactive_service: intelligent"),
            ("om_security: mostly", "om_security: {value: mostly, note: 等保二级已备案}"),
        ])
        return AssessmentDiff(old: try score(linyi, source: "2025.yaml", catalog: catalog),
                              new: try score(thisYear, source: "2026.yaml", catalog: catalog))
    }

    @Test("two years of one enterprise: the answers changed in rubric order, the total and domain moves, the tier and the one rule that flipped")
    func twoYearsOfOneEnterprise() throws {
        let diff = try Self.twoYears()
        #expect(diff.answers.map(\.id) == ["om_security", "svc_customer_systems", "svc_proactive_service"])
        #expect(diff.answers.map(\.kind) == [.changed, .changed, .changed])
        #expect(diff.answers.map(\.aspects) == [[.note], [.value], [.value]])
        #expect(diff.answers[0].answer.new?.note == "等保二级已备案")
        #expect(!diff.answers[0].scoreChanged, "a note scores nothing")
        #expect(diff.answers[2].outcome.old?.score == .d("0.6") && diff.answers[2].outcome.new?.score == .one)

        // Service (weight 15 of 100): Σw = 6; before 0.8 + 0.3·3 + 0.6·2 = 2.9 → 48.33;
        // after 1 + 0.3·3 + 1·2 = 3.9 → 65.0. T moves by 0.15 · 100 · 1.0/6 = 2.5 exactly.
        #expect(diff.total.score.old == .d("58.4") && diff.total.score.new == .d("60.9"))
        #expect(diff.total.delta == .d("2.5"))
        let moved = diff.domains.filter(\.change.changed)
        #expect(moved.map(\.id) == ["service"])
        #expect(moved.first?.change.score.old == .d("48.3") && moved.first?.change.score.new == .d("65.0"))
        #expect(moved.first?.change.delta == .d("16.7"))
        #expect(diff.domains.map(\.id) == ["rd", "production", "om", "supply", "service"], "every domain is listed")

        #expect(diff.tier == Change(old: nil, new: "morning_star"))
        // Only 晨星工厂 moved: its total rule; the AI share (1/16 → 2/16) stays under 20%.
        #expect(diff.tiers.map(\.id) == ["morning_star"])
        #expect(diff.tiers.first?.achieved == Change(old: false, new: true))
        let flips = try #require(diff.tiers.first?.flips)
        #expect(flips.map(\.id) == ["total_60"])
        #expect(flips.first?.kind == .rule)
        #expect(flips.first?.status == Change(old: .fail, new: .pass))
        #expect(diff.fields.isEmpty && diff.profile.isEmpty && diff.rubricItems.isEmpty && !diff.rubricChanged)
        #expect(!diff.isEmpty)
    }

    @Test("a profile fact and the submission date changed: listed, and the excellence rule that reads the fact flips though the tier does not")
    func profileAndFields() throws {
        let catalog = RubricCatalog()
        let later = try Self.edited(Self.linyi, [("cmmm_level: 2", "cmmm_level: 3"), ("submitted: 2026-05-20", "submitted: 2027-05-20")])
        let diff = AssessmentDiff(old: try Self.score(Self.linyi, source: "a.yaml", catalog: catalog),
                                  new: try Self.score(later, source: "b.yaml", catalog: catalog))
        #expect(diff.profile == [ProfileChange(id: "cmmm_level", value: Change(old: .int(2), new: .int(3)))])
        #expect(diff.fields == [FieldChange(field: .submitted, value: Change(old: "2026-05-20", new: "2027-05-20"))])
        #expect(diff.answers.isEmpty && !diff.total.changed && !diff.tier.changed)
        #expect(diff.tiers.map(\.id) == ["excellence"])
        #expect(diff.tiers.first?.achieved == Change(old: false, new: false))
        #expect(diff.tiers.first?.flips.map(\.id) == ["cmmm_3"])
        let text = DiffFormat.text.render(diff, language: .en, version: "test")
        #expect(text.contains("Self-assessed CMMM level (GB/T 39116) (cmmm_level): 2 → 3\n"))
        #expect(text.contains("Submitted: 2026-05-20 → 2027-05-20\n"))
    }

    @Test("the same file twice: no differences, in every format")
    func identical() throws {
        let result = try Self.score(Self.linyi, source: "a.yaml")
        let diff = AssessmentDiff(old: result, new: result)
        #expect(diff.isEmpty)
        #expect(diff.answers.isEmpty && diff.tiers.isEmpty && diff.fields.isEmpty && diff.profile.isEmpty)
        #expect(DiffFormat.text.render(diff, language: .zh, version: "test").contains("\n无差异：回答、得分和等级均相同。\n判定等级：未达到任何等级；总分 58.4\n"))
        #expect(DiffFormat.markdown.render(diff, language: .en, version: "test").contains("\nNo differences: the answers, scores and tier are the same.\n"))
        #expect(DiffFormat.json.render(diff, language: .zh, version: "test").contains(#""differs":false"#))
    }

    /// A copy of the shipped Shandong rubric and its parts in a fresh folder, edited.
    static func editedRubric(_ edits: [(String, String)], parts: [String: [(String, String)]] = [:]) throws -> (Rubric, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("parts"), withIntermediateDirectories: true)
        let rubrics = root.appendingPathComponent("Rubrics")
        for name in ["sources", "profile", "indicators", "metrics"] {
            let text = try String(contentsOf: rubrics.appendingPathComponent("parts/\(name).yaml"), encoding: .utf8)
            try edited(text, parts[name] ?? []).write(to: folder.appendingPathComponent("parts/\(name).yaml"), atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOf: rubrics.appendingPathComponent("shandong-smart-factory.yaml"), encoding: .utf8)
        let path = folder.appendingPathComponent("shandong-2027.yaml")
        try edited(text, [(#"version: "2026.1""#, #"version: "2027.1""#)] + edits).write(to: path, atomically: true, encoding: .utf8)
        guard case .rubric(let rubric, _) = RubricCatalog().resolve(path.path, origin: "test") else {
            Issue.record("the edited rubric does not load")
            throw TestFailure()
        }
        return (rubric, folder)
    }

    @Test("one assessment under two rubric versions: the rewritten and removed rules are listed, and the threshold flips the tier")
    func twoRubricVersions() throws {
        // 晨星工厂 asks for 62 instead of 60 and no longer counts scenarios.
        let (rubric, folder) = try Self.editedRubric([
            (#"expr: "total >= 60.0""#, #"expr: "total >= 62.0""#),
            ("""
                  - id: scenarios_10
                    title: {zh: 已建成应用的典型场景不少于10个, en: At least 10 typical scenarios built}
                    expr: "metric.scenarios_covered >= 10"
                    provisional: true

            """, ""),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let thisYear = try Self.edited(Self.linyi, [("svc_customer_systems: mostly", "svc_customer_systems: full"),
                                                   ("svc_proactive_service: digital", "svc_proactive_service: intelligent")])
        let diff = AssessmentDiff(old: try Self.score(thisYear, source: "a.yaml"), new: try Self.score(thisYear, source: "a.yaml", rubric: rubric))
        #expect(diff.rubricChanged)
        #expect(diff.rubricItems == [
            RubricItemChange(kind: .rule, id: "total_60", tier: "morning_star", edit: .changed, oldExpression: "total >= 60.0", newExpression: "total >= 62.0"),
            RubricItemChange(kind: .rule, id: "scenarios_10", tier: "morning_star", edit: .removed, oldExpression: "metric.scenarios_covered >= 10", newExpression: nil),
        ])
        #expect(diff.answers.isEmpty, "same answers, same scores")
        #expect(diff.total.score == Change(old: .d("60.9"), new: .d("60.9")))
        #expect(diff.tier == Change(old: "morning_star", new: nil))
        let flips = try #require(diff.tiers.first { $0.id == "morning_star" }?.flips)
        // total_60 now fails; scenarios_10 passed and is gone (its new side absent).
        #expect(flips.map(\.id) == ["total_60", "scenarios_10"])
        #expect(flips.map(\.status) == [Change(old: .pass, new: .fail), Change(old: .pass, new: nil)])
        let text = DiffFormat.text.render(diff, language: .zh, version: "test")
        #expect(text.contains("  改写规则：总分不低于60分（total_60） · 晨星工厂（morning_star）  [total >= 60.0 → total >= 62.0]\n"))
        #expect(text.contains("shandong-smart-factory 2026.1 (sha256:") && text.contains("shandong-smart-factory 2027.1 (sha256:"))
    }

    @Test("a rubric that rescores a choice: only the indicators answered with it are listed, as rescored, with both scores")
    func rescored() throws {
        // `intelligent` scores 0.9 instead of 1 in the new version of the scale.
        let (rubric, folder) = try Self.editedRubric([], parts: ["indicators": [
            ("- {id: intelligent, label: {zh: 智能化, en: Intelligent}, score: 1, step: 4}", "- {id: intelligent, label: {zh: 智能化, en: Intelligent}, score: 0.9, step: 4}"),
        ]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let diff = AssessmentDiff(old: try Self.score(Self.linyi, source: "a.yaml"), new: try Self.score(Self.linyi, source: "a.yaml", rubric: rubric))
        // linyi answers `intelligent` once: prod_online_inspection.
        let intelligent = Self.linyi.split(separator: "\n").filter { $0.contains(": intelligent") }.compactMap { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) }
        #expect(intelligent == ["prod_online_inspection"])
        #expect(diff.answers.map(\.id) == intelligent)
        #expect(diff.answers.map(\.kind) == [.rescored])
        #expect(diff.answers.first?.outcome.old?.score == .one && diff.answers.first?.outcome.new?.score == .d("0.9"))
        // It has weight 2 of the 28 that count in production: D falls by 100 · 0.1 · 2/28 ≈ 0.71
        // (62.5 → 61.8 once rounded); no other domain moves.
        #expect(diff.domains.filter(\.change.changed).map(\.id) == ["production"])
        #expect(diff.domains.first { $0.id == "production" }?.change.score == Change(old: .d("62.5"), new: .d("61.8")))
        #expect(diff.rubricItems.isEmpty, "a score is not an item added, removed or rewritten")
        #expect(DiffFormat.text.render(diff, language: .en, version: "test").contains("Online inspection (prod_online_inspection): same answer: Intelligent; score 1.00 → 0.90\n"))
    }

    @Test("the formats are named text, markdown and json; another name is an error that lists them, never a fallback")
    func formats() throws {
        #expect(DiffFormat.allCases.map(\.rawValue) == ["text", "markdown", "json"])
        #expect(try DiffFormat.named("markdown") == .markdown)
        #expect(throws: UnknownFormat(requested: "html", supported: ["text", "markdown", "json"])) { try DiffFormat.named("html") }
        // One view feeds every writer: the same words whichever lays them out.
        let result = try Self.score(Self.linyi, source: "a.yaml")
        let view = DiffView(AssessmentDiff(old: result, new: result), language: .en, version: "test")
        #expect(view.tier == Change(old: "none achieved", new: "none achieved") && view.total.new == "58.4")
        #expect(DiffFormat.text.writer.write(view).contains("Tier: none achieved; total 58.4\n"))
        #expect(DiffFormat.markdown.writer.write(view).contains("| Tier | none achieved | none achieved |  |\n"))
    }
}
