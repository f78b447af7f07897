import Foundation
import ZhizaoTestSupport
import Testing

/// `zhizao diff` end to end: what a consultant sees comparing an enterprise's two years, or
/// one file under two rubric versions, and the exit status and errors of each case.
@Suite("zhizao diff")
struct DiffCommandTests {
    static let root = PackageRoot.url
    static let linyi = root.appendingPathComponent("Examples/shandong/linyi-fasteners.yaml").path

    /// A fresh folder holding last year's file (`old.yaml`, the example as shipped) and this
    /// year's (`new.yaml`: two service answers up, and whatever `edits` add).
    static func years(_ edits: [(String, String)] = []) throws -> (folder: URL, old: String, new: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var text = try String(contentsOfFile: linyi, encoding: .utf8)
        let old = folder.appendingPathComponent("old.yaml").path
        try text.write(toFile: old, atomically: true, encoding: .utf8)
        for (from, to) in [("svc_customer_systems: mostly", "svc_customer_systems: full"),
                           ("svc_proactive_service: digital", "svc_proactive_service: intelligent")] + edits {
            try #require(text.components(separatedBy: from).count == 2, "'\(from)' occurs once")
            text = text.replacingOccurrences(of: from, with: to)
        }
        let new = folder.appendingPathComponent("new.yaml").path
        try text.write(toFile: new, atomically: true, encoding: .utf8)
        return (folder, old, new)
    }

    @Test("text: the tier flip, the total and the service domain with their deltas, the rule that flipped and each changed answer; exit 0")
    func text() throws {
        let (folder, old, new) = try Self.years()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["diff", old, new])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        // Service: 2.9/6 → 3.9/6 (48.3 → 65.0); T moves by 15% of 100/6 = 2.5.
        #expect(result.stdout.contains("\n判定等级：未达到任何等级 → 晨星工厂（morning_star）\n总分 58.4 → 60.9（+2.5）\n"))
        #expect(result.stdout.contains("  服务      48.3 → 65.0（+16.7）\n"))
        #expect(result.stdout.contains("  晨星工厂（morning_star）：未达到 → 达到\n    ✗ 不满足 → ✓ 满足  规则 总分不低于60分（暂定）（total_60）  [total = 58.4 → 60.9]\n"))
        #expect(result.stdout.contains("回答变化（2 项）：\n  客户与售后服务信息化（svc_customer_systems）：大部分满足 → 全部满足；得分 0.80 → 1.00\n  客户主动服务（svc_proactive_service）：数字化 → 智能化；得分 0.60 → 1.00\n"))

        let english = try CommandRunner.run(["diff", old, new, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("\nTier: none achieved → Morning Star factory (morning_star)\nTotal 58.4 → 60.9 (+2.5)\n"))
    }

    @Test("the same file twice: 'no differences' and exit 0")
    func identical() throws {
        let result = try CommandRunner.run(["diff", Self.linyi, Self.linyi])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n无差异：回答、得分和等级均相同。\n"))
        #expect(!result.stdout.contains("回答变化"))
    }

    @Test("one assessment under two rubric versions: --old-rubric and --new-rubric; the raised threshold flips the tier back")
    func twoRubrics() throws {
        let (folder, _, new) = try Self.years()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A copy of the shipped rubric asking 62 for 晨星工厂.
        let rubrics = Self.root.appendingPathComponent("Rubrics")
        try FileManager.default.copyItem(at: rubrics.appendingPathComponent("parts"), to: folder.appendingPathComponent("parts"))
        var text = try String(contentsOf: rubrics.appendingPathComponent("shandong-smart-factory.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: #"version: "2026.1""#, with: #"version: "2027.1""#)
            .replacingOccurrences(of: #"expr: "total >= 60.0""#, with: #"expr: "total >= 62.0""#)
        let edited = folder.appendingPathComponent("shandong-2027.yaml").path
        try text.write(toFile: edited, atomically: true, encoding: .utf8)

        let result = try CommandRunner.run(["diff", new, new, "--old-rubric", "shandong-smart-factory", "--new-rubric", edited, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\nTier: Morning Star factory (morning_star) → none achieved\nTotal 60.9 (unchanged)\n"))
        #expect(result.stdout.contains("    ✓ pass → ✗ fail  rule Total of at least 60 (provisional) (total_60)  [total = 60.9]\n"))
        #expect(result.stdout.contains("  rewritten rule: Total of at least 60 (total_60) · Morning Star factory (morning_star)  [total >= 60.0 → total >= 62.0]\n"))
        #expect(!result.stdout.contains("Answers changed"))
    }

    @Test("--format json: one zhizao.diff/1 object with keys in a fixed order, the deltas, the answers and the flipped rule")
    func json() throws {
        let (folder, old, new) = try Self.years()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["diff", old, new, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix(#"{"format":"zhizao.diff/1","tool":{"version":""#))
        #expect(result.stdout.hasSuffix("}\n"))
        #expect(result.stdout.contains(#""total":{"old":58.4,"new":60.9,"delta":2.5}"#))
        #expect(result.stdout.contains(#"{"id":"service","old":48.3,"new":65.0,"delta":16.7}"#))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["differs"] as? Bool == true)
        let tier = try #require(object["tier"] as? [String: Any])
        #expect(tier["old"] is NSNull && tier["new"] as? String == "morning_star")
        let answers = try #require(object["answers"] as? [[String: Any]])
        #expect(answers.map { $0["id"] as? String } == ["svc_customer_systems", "svc_proactive_service"])
        #expect(answers.map { $0["change"] as? String } == ["changed", "changed"])
        #expect((answers[1]["new"] as? [String: Any])?["value"] as? String == "intelligent")
        let tiers = try #require(object["tiers"] as? [[String: Any]])
        #expect(tiers.map { $0["id"] as? String } == ["morning_star"])
        let flips = try #require(tiers.first?["flips"] as? [[String: Any]])
        #expect(flips.map { "\($0["kind"] ?? "")/\($0["id"] ?? ""): \($0["old"] ?? "")→\($0["new"] ?? "")" } == ["rule/total_60: fail→pass"])
        #expect((object["rubric_changes"] as? [Any])?.isEmpty == true)
        // Deterministic: the same call prints the same bytes.
        #expect(try CommandRunner.run(["diff", old, new, "--format", "json"]).stdout == result.stdout)
    }

    @Test("--format markdown escapes markup in an enterprise name")
    func markdownEscapes() throws {
        let (folder, old, new) = try Self.years([("name: 临沂示例紧固件制造有限公司", "name: \"*临沂* <script>alert(1)</script> | [x](http://e.cn)\"")])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["diff", old, new, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# 评估对比：\\*临沂\\* \\<script>alert(1)\\</script> \\| \\[x\\](http://e.cn)\n"))
        #expect(!result.stdout.replacingOccurrences(of: "\\<", with: "").contains("<script>"))
        // The name's change is a table row whose cells stay three: its `|` is escaped.
        #expect(result.stdout.contains("| 企业名称 | 临沂示例紧固件制造有限公司 | \\*临沂\\* \\<script>alert(1)\\</script> \\| \\[x\\](http://e.cn) |\n"))
        #expect(result.stdout.contains("| 服务 | 48.3 | 65.0 | +16.7 |\n"))
    }

    @Test("a broken file exits 2 with its positioned error and prints no diff; so does a missing argument")
    func invalid() throws {
        let (folder, old, _) = try Self.years()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.yaml").path
        try "format: zhizao.assessment/1\nanswers:\n  rd_product_design: maybe\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["diff", old, broken, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("\(broken):3:22: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("'maybe'"))

        let usage = try CommandRunner.run(["diff", old])
        #expect(usage.status == 2)
        #expect(usage.stdout.isEmpty)
        #expect(usage.stderr.contains("Missing expected argument '<new>'"))
    }

    @Test("--format is one of text, markdown and json: another is refused before any file is read, with the three named")
    func unknownFormat() throws {
        let result = try CommandRunner.run(["diff", "missing-old.yaml", "missing-new.yaml", "--format", "html"], environment: ["COLUMNS": "200"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        let said = result.stderr  // unwrapped: COLUMNS=200
        #expect(said.hasPrefix("错误 Error: --format <format>：没有“html”这种输出格式；可用：text | markdown | json / "
            + "--format <format>: no output format 'html'; choose one of: text | markdown | json\n"), "\(result.stderr)")
        #expect(!result.stderr.contains("missing-old.yaml:"), "no file was read")
    }
}

