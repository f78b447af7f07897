import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

// Issue 14, "a ranking defends itself", by hand on a batch made from the shipped examples:
// four spellings of 青岛 in one quota group; an incomplete top scorer held back, then let
// through with --allow-incomplete; a credit code shared by two different applications; the
// same application sent twice; an achiever cut by the quota told where the line was; every
// status present.

@Suite("zhizao rank: a ranking defends itself")
struct RankDefenceTests {
    static let examples = PackageRoot.url.appendingPathComponent("Examples/shandong")

    /// A valid credit code (GB 32100-2015 check character) ending in `serial`.
    static func code(_ serial: Int) -> String {
        let first17 = "91370200MA3D" + String(format: "%05d", serial)
        return first17 + String(CreditCode.checkCharacter(for: first17)!)
    }

    /// An example's text with its credit code, name and city replaced, and `drop` lines removed.
    static func variant(of example: String, code: String? = nil, name: String? = nil, city: String? = nil, drop: [String] = []) throws -> String {
        var lines = try String(contentsOf: examples.appendingPathComponent(example), encoding: .utf8).components(separatedBy: "\n")
        lines = lines.filter { line in !drop.contains { line.hasPrefix("  \($0):") } }.map { line in
            if let code, line.hasPrefix("  credit_code:") { return "  credit_code: \(code)" }
            if let name, line.hasPrefix("  name:") { return "  name: \(name)" }
            if let city, line.hasPrefix("  city:") { return "  city: \"\(city)\"" }
            return line
        }
        return lines.joined(separator: "\n")
    }

    /// The batch: 青岛 four times (four spellings), an incomplete 青岛 copy registered in 济南
    /// that outscores 济南's own applicant, a duplicate credit code, one application twice,
    /// and one that misses the tier.
    static func batch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-defence-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        func write(_ text: String, _ name: String) throws { try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        for (index, spelling) in ["青岛", "青岛市", "青岛 ", "山东省青岛市"].enumerated() {
            try write(try variant(of: "qingdao-appliances.yaml", code: code(index + 1), name: "青岛家电\(index + 1)号", city: spelling), "q\(index + 1).yaml")
        }
        try write(try variant(of: "qingdao-appliances.yaml", code: code(9), name: "济南未答完公司", city: "济南市", drop: ["rd_digital_twin"]), "jinan-incomplete.yaml")
        try write(try variant(of: "jinan-steel.yaml"), "jinan-steel.yaml")
        try write(try variant(of: "zibo-chemicals.yaml"), "zibo.yaml")
        try write(try variant(of: "zibo-chemicals.yaml", name: "淄博示例新材料化工有限公司（第二份）"), "zibo-second.yaml")
        try write(try variant(of: "binzhou-textiles.yaml"), "binzhou.yaml")
        try write(try variant(of: "binzhou-textiles.yaml"), "binzhou-again.yaml")
        try write(try variant(of: "linyi-fasteners.yaml"), "linyi.yaml")
        return folder
    }

    static func rank(_ folder: URL, _ extra: [String] = []) throws -> [String: Any] {
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let result = try CommandRunner.run(["rank", folder.appendingPathComponent("in").path, "--out", out.path, "--tier", "morning_star",
                                            "--quota", "1", "--quota-by", "city"] + extra, environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: out.appendingPathComponent("ranking.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func rows(_ json: [String: Any]) -> [[String: Any]] {
        ((json["lists"] as? [[String: Any]]) ?? []).flatMap { ($0["rows"] as? [[String: Any]]) ?? [] }
    }

    static func row(_ json: [String: Any], source suffix: String) -> [String: Any]? {
        rows(json).first { ($0["source"] as? String)?.hasSuffix(suffix) == true }
    }

    @Test("four spellings of 青岛 are one group and the quota holds; the cut is explained; every status appears")
    func defended() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try Self.rank(folder)
        let rows = Self.rows(json)

        // 青岛: four applicants, one group, one place.
        let qingdao = rows.filter { ($0["source"] as? String)?.contains("/q") == true }
        #expect(qingdao.count == 4)
        #expect(qingdao.allSatisfy { $0["city"] as? String == "青岛" && $0["group"] as? String == "青岛" }, "\(qingdao.map { $0["city"] ?? "" })")
        #expect(qingdao.filter { $0["status"] as? String == "selected" }.count == 1)
        let cut = qingdao.filter { $0["status"] as? String == "quota_full" }
        #expect(cut.count == 3)
        // Level totals and tie-breaks: the credit code decided, and the why says so and names the last selected.
        let why = (cut.first?["why"] as? [String])?.joined() ?? ""
        #expect(why.contains("名额已满：青岛的 1 个名额已用完，最后入选的是 青岛家电1号 \(Self.code(1))"), "\(why)")
        #expect(why.contains("按统一社会信用代码排在其后"), "\(why)")

        // 济南: the incomplete top scorer is ranked first but not selected; 济南's own applicant is.
        let incomplete = try #require(Self.row(json, source: "jinan-incomplete.yaml"))
        let steelRank = try #require(Self.row(json, source: "jinan-steel.yaml")?["rank"] as? Int)
        #expect(incomplete["status"] as? String == "incomplete" && incomplete["complete"] as? Bool == false)
        #expect((incomplete["rank"] as? Int ?? .max) < steelRank, "ranked above 济南's own applicant")
        #expect((incomplete["why"] as? [String])?.first?.hasPrefix("未完整作答：1 个必答指标未作答（数字孪生工厂构建）") == true, "\(incomplete["why"] ?? "")")
        #expect(Self.row(json, source: "jinan-steel.yaml")?["status"] as? String == "selected")

        // One credit code, two different contents: both flagged, neither selected, naming each other.
        for (name, other) in [("zibo.yaml", "zibo-second.yaml"), ("zibo-second.yaml", "zibo.yaml")] {
            let row = try #require(Self.row(json, source: name))
            #expect(row["status"] as? String == "duplicate" && row["duplicate"] as? Bool == true)
            #expect((row["why"] as? [String])?.first?.contains(other) == true)
        }

        // The same application twice: ranked once, noted in the run record.
        #expect(rows.filter { ($0["source"] as? String)?.contains("binzhou") == true }.count == 1)
        let run = try #require(json["run"] as? [String: Any])
        let folds = try #require(run["same_applications"] as? [[String: Any]])
        #expect(folds.count == 1 && (folds[0]["kept"] as? String)?.hasSuffix("binzhou-again.yaml") == true)
        #expect((folds[0]["repeats"] as? [String])?.first?.hasSuffix("binzhou.yaml") == true)
        #expect((run["options"] as? [String: Any])?["quota_by"] as? String == "city")
        #expect((run["inputs"] as? [Any])?.count == 11, "every input with its fingerprint")

        // Every status, and the 青岛 group's places.
        #expect(Set(rows.compactMap { $0["status"] as? String }) == ["selected", "quota_full", "not_achieved", "duplicate", "incomplete"])
        let groups = try #require((json["summary"] as? [String: Any])?["groups"] as? [[String: Any]])
        let qingdaoGroup = try #require(groups.first { $0["group"] as? String == "青岛" })
        #expect(qingdaoGroup["applicants"] as? Int == 4 && qingdaoGroup["selected"] as? Int == 1 && qingdaoGroup["quota_full"] as? Int == 3
                && qingdaoGroup["unused"] as? Int == 0)
        let heze = try #require(groups.first { $0["group"] as? String == "菏泽" }, "every city of the rubric, with its unused places")
        #expect(heze["applicants"] as? Int == 0 && heze["unused"] as? Int == 1)
    }

    @Test("--allow-incomplete lets the incomplete top scorer take 济南's place; the other is cut, on its total")
    func allowIncomplete() throws {
        let folder = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try Self.rank(folder, ["--allow-incomplete"])
        #expect(Self.row(json, source: "jinan-incomplete.yaml")?["status"] as? String == "selected")
        let steel = try #require(Self.row(json, source: "jinan-steel.yaml"))
        #expect(steel["status"] as? String == "quota_full")
        let why = (steel["why"] as? [String])?.joined() ?? ""
        #expect(why.contains("最后入选的是 济南未答完公司") && why.contains("本企业总分 78.7 低于"), "\(why)")
    }

    @Test("a city the rubric does not list is refused with the valid ones, in rejected.csv")
    func unknownCity() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-city-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
        try Self.variant(of: "qingdao-appliances.yaml", city: "北京").write(to: folder.appendingPathComponent("in/beijing.yaml"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")
        let result = try CommandRunner.run(["rank", folder.appendingPathComponent("in").path, "--out", out.path])
        #expect(result.status == 0)
        let rejected = try String(contentsOf: out.appendingPathComponent("rejected.csv"), encoding: .utf8)
        #expect(rejected.contains("所在城市“北京”不在本细则规定的取值中；可填：济南、青岛、淄博"), "\(rejected)")
    }

    @Test("--quota-by with a field there is no quota for is refused in both languages, listing the fields")
    func unknownQuotaField() throws {
        let result = try CommandRunner.run(["rank", "Examples/shandong", "--out", "unused", "--quota", "1", "--quota-by", "town"],
                                            environment: ["COLUMNS": "1000"], in: PackageRoot.url)  // one line, unwrapped
        #expect(result.status == 2)
        #expect(result.stderr.contains("不能按“town”分配名额；可选：city、industry") && result.stderr.contains("one of: city, industry"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: PackageRoot.url.appendingPathComponent("unused").path))
    }

    @Test("the same application saved again with Windows line endings and a comment is one application; the no-target row says why")
    func sameContentOtherBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-crlf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let text = try Self.variant(of: "zibo-chemicals.yaml")
        try text.write(to: input.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try ("# 重新上传\r\n" + text.replacingOccurrences(of: "\n", with: "\r\n")).write(to: input.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        // Another application under the same code: a duplicate, and its why says when each was filled in and its total.
        try Self.variant(of: "zibo-chemicals.yaml", name: "淄博示例（更正版）").replacingOccurrences(of: "submitted: ", with: "submitted: 2099-01-01 #")
            .write(to: input.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        // No tier applied for.
        try Self.variant(of: "binzhou-textiles.yaml").write(to: input.appendingPathComponent("d.yaml"), atomically: true, encoding: .utf8)
        // The output folder inside the input folder, run twice: its files are never read as applications.
        let out = input.appendingPathComponent("out")
        for _ in 0..<2 { #expect(try CommandRunner.run(["rank", input.path, "--out", out.path, "--quota", "1"]).status == 0) }
        // A third run into another folder passes over the earlier run's output folder too.
        let other = input.appendingPathComponent("out-2")
        #expect(try CommandRunner.run(["rank", input.path, "--out", other.path, "--quota", "1"]).status == 0)
        #expect(try Data(contentsOf: other.appendingPathComponent("ranking.csv")) == Data(contentsOf: out.appendingPathComponent("ranking.csv")))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: other.appendingPathComponent("ranking.json"))) as? [String: Any])
        let sources = Self.rows(json).compactMap { $0["source"] as? String }.map { ($0 as NSString).lastPathComponent }
        #expect(sources.sorted() == ["a.yaml", "c.yaml", "d.yaml"], "b.yaml is a.yaml again; nothing from out/: \(sources)")
        let folds = try #require((json["run"] as? [String: Any])?["same_applications"] as? [[String: Any]])
        #expect(folds.count == 1)
        let duplicate = try #require(Self.row(json, source: "a.yaml"))
        let why = (duplicate["why"] as? [String])?.first ?? ""
        #expect(duplicate["status"] as? String == "duplicate" && why.contains("c.yaml（填报日期 2099-01-01，总分 64.0）"), "\(why)")
        let noTarget = try #require(Self.row(json, source: "d.yaml"))
        #expect((noTarget["why"] as? [String]) == ["未填写申报等级（applying_for），不参加各等级名单的排序和名额分配；本次判定达到晨星工厂"])
        let skipped = ((json["run"] as? [String: Any])?["skipped"] as? [String]) ?? []
        #expect(skipped == [out.path], "the output folder is named among the skipped")
    }

    @Test("usage mistakes are refused before anything is written: a negative quota, --out naming a file")
    func usage() throws {
        let negative = try CommandRunner.run(["rank", "Examples/shandong", "--out", "unused", "--quota", "-1"], in: PackageRoot.url)
        #expect(negative.status == 2 && negative.stderr.contains("--quota 不能为负数"), "\(negative.stderr)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-out-\(UUID().uuidString)")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let onFile = try CommandRunner.run(["rank", "Examples/shandong", "--out", file.path], in: PackageRoot.url)
        #expect(onFile.status == 2 && onFile.stderr.contains("--out 应为文件夹"), "\(onFile.stderr)")
    }
}
