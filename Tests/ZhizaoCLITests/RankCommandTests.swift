import Foundation
import ZhizaoTestSupport
import Testing

// `zhizao rank` (issue 6, first part): every input ranked or rejected with its position,
// outputs byte-identical whatever the input order and --jobs, CSV safe to open in Excel.

@Suite("zhizao rank")
struct RankCommandTests {
    static let root = PackageRoot.url

    /// The Shandong examples that use the default rubric, plus a broken file, one without a
    /// credit code, and one whose name is a spreadsheet formula.
    static func batch() throws -> (folder: URL, files: [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rank-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let examples = root.appendingPathComponent("Examples/shandong")
        var files: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where !["jining-machinery.yaml", "weihai-medical.yaml"].contains(name) {
            let target = input.appendingPathComponent(name)
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: target)
            files.append(target.path)
        }
        let weifang = try String(contentsOf: examples.appendingPathComponent("weifang-diesel-engine.yaml"), encoding: .utf8)
        let broken = input.appendingPathComponent("broken.yaml")
        try "format: zhizao.assessment/1\nanswers: {rd_factory_planning: maybe}\n".write(to: broken, atomically: true, encoding: .utf8)
        let noCode = input.appendingPathComponent("no-code.yaml")
        try weifang.replacingOccurrences(of: "  credit_code: 91370700MA3C8K2L67\n", with: "").write(to: noCode, atomically: true, encoding: .utf8)
        let formula = input.appendingPathComponent("formula.yaml")
        try weifang.replacingOccurrences(of: "name: 潍坊示例动力股份有限公司", with: "name: '=HYPERLINK(\"http://x\",\"a\")'")
            .replacingOccurrences(of: "91370700MA3C8K2L67", with: "91370700MA3C8K2L8D").write(to: formula, atomically: true, encoding: .utf8)
        try "not an assessment".write(to: input.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        return (folder, files + [broken.path, noCode.path, formula.path])
    }

    @Test("every input is ranked or rejected, with the counts; the CSV has a BOM and neutralises formulas")
    func accounting() throws {
        let (folder, _) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", folder.appendingPathComponent("in").path, "--out", out, "--quota", "1", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("found 13, scored 11, rejected 2 (not assessments, skipped: 1)"), "\(result.stdout)")
        let csvBytes = try Data(contentsOf: URL(fileURLWithPath: out + "/ranking.csv"))
        #expect(csvBytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]), "UTF-8 BOM, so that Excel reads it as UTF-8")
        let csv = String(decoding: csvBytes.dropFirst(3), as: UTF8.self)
        #expect(csv.hasPrefix("target,rank,selected,credit_code,name,city,industry,applying_for,tier,achieved,total,rd,production,om,supply,service,reasons,"
                              + "status,complete,domain.production,metric.ai_share,source,fingerprint\r\n"), "SPEC §4's columns, in its order")
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\","), "the formula is written as text")
        #expect(csv.split(separator: "\r\n").count == 1 + 11)
        let rejectedBytes = try Data(contentsOf: URL(fileURLWithPath: out + "/rejected.csv"))
        #expect(rejectedBytes.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let rejected = String(decoding: rejectedBytes.dropFirst(3), as: UTF8.self)
        #expect(rejected.hasPrefix("source,reason,name,credit_code,city\r\n"))
        #expect(rejected.contains("broken.yaml:2:"), "the position of the bad answer")
        #expect(rejected.contains("rank needs a credit code"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/ranking.json"))) as? [String: Any]
        let summary = json?["summary"] as? [String: Any] ?? [:]
        #expect(["found", "scored", "rejected", "skipped"].map { summary[$0] as? Int } == [13, 11, 2, 1])
        #expect((summary["tiers"] as? [String: Int])?.values.reduce(0, +) == 11, "every ranked applicant counted under its result tier")
        // Weifang and the formula copy share nothing but the answers; quota 1 in the pilot list selects Qingdao.
        let lists = json?["lists"] as? [[String: Any]] ?? []
        let pilot = lists.first { $0["target"] as? String == "pilot" }?["rows"] as? [[String: Any]] ?? []
        #expect(pilot.first?["name"] as? String == "青岛示例智能家电有限公司")
        #expect(pilot.first?["selected"] as? Bool == true)
        #expect(FileManager.default.fileExists(atPath: out + "/ranking.md"))
    }

    @Test("the outputs are byte-identical for --jobs 1 and --jobs 8 and for any input order")
    func deterministic() throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a").path
        let second = folder.appendingPathComponent("b").path
        #expect(try CommandRunner.run(["rank"] + files + ["--out", first, "--jobs", "1", "--quota", "2", "--quota-by", "city"]).status == 0)
        #expect(try CommandRunner.run(["rank"] + files.reversed() + ["--out", second, "--jobs", "8", "--quota", "2", "--quota-by", "city"]).status == 0)
        for name in ["ranking.csv", "ranking.json", "ranking.md", "rejected.csv"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)")) == Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)")), "\(name)")
        }
    }

    @Test("usage errors exit 2: an unknown --tier, --quota-by without --quota or with another field than city or industry")
    func usage() throws {
        let example = Self.root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rank-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try CommandRunner.run(["rank", example, "--out", out, "--tier", "gold"]).status == 2)
        #expect(try CommandRunner.run(["rank", example, "--out", out, "--quota-by", "city"]).status == 2)
        let town = try CommandRunner.run(["rank", example, "--out", out, "--quota", "1", "--quota-by", "town"])
        #expect(town.status == 2)
        #expect(town.stderr.contains("city") && town.stderr.contains("industry"), "the valid values are listed: \(town.stderr)")
    }

    // MARK: Issue 14: inputs

    static let fixtures = root.appendingPathComponent("Tests/Fixtures/sheets")

    /// Runs `rank` with a fixed date; the documents it wrote, by name.
    static func rank(_ inputs: [String], out: String, _ more: [String] = []) throws -> (result: CommandResult, files: [String: Data]) {
        let result = try CommandRunner.run(["rank"] + inputs + ["--out", out] + more, environment: ["SOURCE_DATE_EPOCH": "1780000000"])
        var files: [String: Data] = [:]
        for name in ["ranking.csv", "ranking.json", "ranking.md", "rejected.csv"] {
            files[name] = FileManager.default.contents(atPath: out + "/" + name)
        }
        return (result, files)
    }

    @Test("a percent answer between 0 and 1 is ranked as typed and said on stderr (rank), and in the result's warnings (score --format json)")
    func fractionWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-fraction-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = try String(contentsOf: Self.root.appendingPathComponent("Examples/shandong/linyi-fasteners.yaml"), encoding: .utf8)
        let input = folder.appendingPathComponent("linyi.yaml")
        try example.replacingOccurrences(of: "rd_cycle_reduction: 12", with: "rd_cycle_reduction: 0.12").write(to: input, atomically: true, encoding: .utf8)
        let ranked = try Self.rank([input.path], out: folder.appendingPathComponent("out").path)
        #expect(ranked.result.status == 0)
        #expect(ranked.result.stderr.contains("\(input.path): warning: 「研发周期缩短（建设成效）」：0.12 按 0.12% 计；若指 12% 请填 12"), "\(ranked.result.stderr)")
        let scored = try CommandRunner.run(["score", input.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(scored.stdout.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [[String: Any]])
        #expect(warnings.contains { $0["kind"] as? String == "fraction" && $0["id"] as? String == "rd_cycle_reduction" }, "\(warnings)")
    }

    @Test("a folder given twice, a file of it given again, or under another spelling: read once, byte-identical outputs")
    func readOnce() throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in").path
        let once = try Self.rank([input], out: folder.appendingPathComponent("a").path)
        let again = try Self.rank([input, input, files[0], input + "/./" + (files[1] as NSString).lastPathComponent, input + "//"],
                                  out: folder.appendingPathComponent("b").path)
        #expect(once.result.status == 0 && again.result.status == 0, "\(again.result.stderr)")
        #expect(once.result.stdout == again.result.stdout.replacingOccurrences(of: "/b", with: "/a"))
        for name in ["ranking.csv", "ranking.json", "rejected.csv"] {
            #expect(once.files[name] != nil && once.files[name] == again.files[name], "\(name)")
        }
    }

    @Test("an input path that does not exist (a dangling link given directly too) is an error: exit 2, each named, nothing written",
          arguments: [("zh", "找不到这个输入"), ("en", "no such input")])
    func missingInput(_ language: String, _ words: String) throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.yaml").path
        let dangling = folder.appendingPathComponent("dangling.yaml").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere.yaml")
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", files[0], missing, dangling, "--out", out, "--lang", language])
        #expect(result.status == 2)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2, "\(result.stderr)")
        #expect(lines.first?.hasPrefix("\(missing): error: \(words)") == true, "\(result.stderr)")
        #expect(lines.last?.hasPrefix("\(dangling): error: \(words)") == true, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out), "nothing is written")
    }

    @Test("symbolic links to a YAML, a CSV and an XLSX are read, in a folder and given directly; a link loop is reported as a loop, a dangling link in a folder is a reject")
    func symbolicLinks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-links-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in").path
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let links = [("weifang.yaml", Self.root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path),
                     ("sheet.csv", Self.fixtures.appendingPathComponent("applicants-utf8-bom.csv").path),
                     ("book.xlsx", Self.fixtures.appendingPathComponent("applicants.xlsx").path)]
        for (name, target) in links { try FileManager.default.createSymbolicLink(atPath: input + "/" + name, withDestinationPath: target) }
        try FileManager.default.createSymbolicLink(atPath: input + "/loop-a.yaml", withDestinationPath: "loop-b.yaml")
        try FileManager.default.createSymbolicLink(atPath: input + "/loop-b.yaml", withDestinationPath: "loop-a.yaml")
        try FileManager.default.createSymbolicLink(atPath: input + "/gone.yaml", withDestinationPath: "nowhere.yaml")
        let inFolder = try Self.rank([input], out: folder.appendingPathComponent("a").path, ["--lang", "en"])
        #expect(inFolder.result.status == 0, "\(inFolder.result.stderr)")
        // Weifang once, the CSV's two rows, the workbook's four (two refused for their cells).
        #expect(inFolder.result.stdout.contains("found 10, scored 5, rejected 5"), "\(inFolder.result.stdout)")
        let rejected = String(decoding: inFolder.files["rejected.csv"] ?? Data(), as: UTF8.self)
        #expect(rejected.contains("\(input)/loop-a.yaml:1:1: error: symbolic link loop"), "\(rejected)")
        #expect(rejected.contains("\(input)/loop-b.yaml:1:1: error: symbolic link loop"), "\(rejected)")
        #expect(rejected.contains("\(input)/gone.yaml:1:1: error: no such file"), "\(rejected)")
        #expect(!rejected.contains("not a regular file"))
        let direct = try Self.rank(links.map { input + "/" + $0.0 } + [input + "/loop-a.yaml"], out: folder.appendingPathComponent("b").path, ["--lang", "zh"])
        #expect(direct.result.status == 0, "\(direct.result.stderr)")
        #expect(direct.result.stdout.hasPrefix("找到 8 份，评分 5 份，拒绝 3 份"), "\(direct.result.stdout)")
        #expect(String(decoding: direct.files["rejected.csv"] ?? Data(), as: UTF8.self).contains("loop-a.yaml:1:1: error: 符号链接循环"))
    }

    @Test("rejected.csv names the applicant: from a YAML file that parsed but failed, and from a sheet row refused for its Chinese credit code")
    func rejectsNameTheApplicant() throws {
        let (folder, _) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        let weifang = try String(contentsOf: Self.root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml"), encoding: .utf8)
        try weifang.replacingOccurrences(of: "rd_factory_planning: ", with: "rd_factory_planing: ")
            .replacingOccurrences(of: "91370700MA3C8K2L67", with: "91370700MA3C8K2L8D")
            .write(to: input.appendingPathComponent("typo.yaml"), atomically: true, encoding: .utf8)
        let fixture = try String(contentsOf: Self.fixtures.appendingPathComponent("applicants-utf8-bom.csv"), encoding: .utf8)
        let lines = fixture.components(separatedBy: "\r\n")
        let chinese = lines[3].replacingOccurrences(of: "91371300MA3G4J8L1M", with: "=待补充信用代码")
        try ([lines[0], chinese, lines[2]].joined(separator: "\r\n") + "\r\n").write(to: input.appendingPathComponent("sheet.csv"), atomically: true, encoding: .utf8)
        let run = try Self.rank([input.path], out: folder.appendingPathComponent("out").path, ["--lang", "en"])
        #expect(run.result.status == 0, "\(run.result.stderr)")
        let rejected = String(decoding: (run.files["rejected.csv"] ?? Data()).dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(rejected.first == "source,reason,name,credit_code,city")
        let typo = rejected.first { $0.hasPrefix(input.path + "/typo.yaml,") } ?? ""
        #expect(typo.hasSuffix(",潍坊示例动力股份有限公司,91370700MA3C8K2L8D,潍坊"), "\(typo)")
        let row = rejected.first { $0.hasPrefix(input.path + "/sheet.csv:2,") } ?? ""
        #expect(row.hasSuffix(",临沂示例紧固件制造有限公司,'=待补充信用代码,临沂"), "the row is an applicant, its code written as text: \(row)")
        let broken = rejected.first { $0.hasPrefix(input.path + "/broken.yaml,") } ?? ""
        #expect(broken.hasSuffix(",,,"), "no enterprise in the file: \(broken)")
    }
}
