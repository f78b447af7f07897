import Foundation
import ZhizaoTestSupport
import Testing
import ZhizaoKit

// Issue 6: a mixed batch — YAML files, a CSV sheet, an XLSX workbook — where 5 % of the
// inputs are broken, each in its own way: every broken one is rejected with a reason, every
// good one ranked, scored + rejected = found; the same batch in any order and with any
// --jobs gives byte-identical files; --reports names files safely.

@Suite("zhizao rank over a mixed batch")
struct RankBatchTests {
    static let root = RankCommandTests.root

    /// A credit code for the n-th copy: a Shandong prefix, n in the middle, the check character computed.
    static func code(_ n: Int) -> String {
        let first17 = "91370000MA" + String(format: "%07d", n)
        return first17 + String(CreditCode.checkCharacter(for: first17)!)
    }

    struct Batch {
        let folder: URL
        let inputs: [String]
        let goodCodes: [String]
        let brokenSources: [String]
    }

    /// 100 inputs: 80 YAML copies of the default-rubric examples and 15 CSV rows, each with
    /// its own credit code, and 5 broken ones (broken YAML, bytes in no encoding, an alias
    /// bomb, a CSV row with a bad check character, a file that claims to be a workbook).
    static func batch() throws -> Batch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-batch-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let examples = root.appendingPathComponent("Examples/shandong")
        let names = try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted().filter { !["jining-machinery.yaml", "weihai-medical.yaml"].contains($0) }
        var inputs: [String] = []
        var good: [String] = []
        var n = 0
        for copy in 0..<8 {
            for name in names {
                n += 1
                let text = try String(contentsOf: examples.appendingPathComponent(name), encoding: .utf8)
                let original = text.split(separator: "\n").first { $0.hasPrefix("  credit_code: ") }.map { String($0.dropFirst("  credit_code: ".count)) }!
                let target = input.appendingPathComponent("\(copy)-\(name)")
                try text.replacingOccurrences(of: original, with: code(n)).write(to: target, atomically: true, encoding: .utf8)
                inputs.append(target.path)
                good.append(code(n))
            }
        }
        let fixture = try String(contentsOf: root.appendingPathComponent("Tests/Fixtures/sheets/applicants-utf8-bom.csv"), encoding: .utf8)
        let lines = fixture.components(separatedBy: "\r\n")
        var csv = lines[0] + "\r\n" + lines[1] + "\r\n"
        for _ in 0..<15 {
            n += 1
            csv += lines[2].replacingOccurrences(of: "91370700MA3C8K2L67", with: code(n)) + "\r\n"
            good.append(code(n))
        }
        let badCode = String(code(999).dropLast()) + (code(999).hasSuffix("0") ? "1" : "0")
        csv += lines[2].replacingOccurrences(of: "91370700MA3C8K2L67", with: badCode) + "\r\n"
        let sheet = input.appendingPathComponent("sheet.csv")
        try csv.write(to: sheet, atomically: true, encoding: .utf8)
        inputs.append(sheet.path)
        let brokenYAML = input.appendingPathComponent("broken.yaml")
        try "format: zhizao.assessment/1\nanswers: {rd_factory_planning: pilot\n".write(to: brokenYAML, atomically: true, encoding: .utf8)
        let badBytes = input.appendingPathComponent("latin1.yaml")
        try Data([0x66, 0x6F, 0x72, 0x6D, 0x61, 0x74, 0x3A, 0x20, 0xE9, 0x0A]).write(to: badBytes)
        let bomb = input.appendingPathComponent("bomb.yaml")
        var bombText = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { bombText += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        try bombText.write(to: bomb, atomically: true, encoding: .utf8)
        let fake = input.appendingPathComponent("fake.xlsx")
        try Data("not a zip".utf8).write(to: fake)
        inputs += [brokenYAML.path, badBytes.path, bomb.path, fake.path]
        return Batch(folder: folder, inputs: inputs, goodCodes: good,
                     brokenSources: [sheet.path + ":18", brokenYAML.path, badBytes.path, bomb.path, fake.path])
    }

    static func rows(_ csvPath: String) throws -> [[String]] {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: csvPath)).dropFirst(3), as: UTF8.self)
        return text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.map { $0.components(separatedBy: ",") }
    }

    @Test("5 % broken: every broken input rejected with a reason, every good one ranked, found = scored + rejected")
    func brokenFivePercent() throws {
        let batch = try Self.batch()
        defer { try? FileManager.default.removeItem(at: batch.folder) }
        let out = batch.folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", batch.folder.appendingPathComponent("in").path, "--out", out, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("found 100, scored 95, rejected 5"), "\(result.stdout)")
        let ranked = try Self.rows(out + "/ranking.csv").dropFirst().map { $0[3] }
        #expect(Set(ranked) == Set(batch.goodCodes) && ranked.count == 95)
        let rejected = try Self.rows(out + "/rejected.csv").dropFirst()
        #expect(rejected.map { $0[0] } == batch.brokenSources.sorted(by: SourceOrder.precedes))
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/rejected.csv")), as: UTF8.self)
        #expect(text.contains("sheet.csv:18:2: error: "), "the bad check character, at its cell")
        #expect(text.contains("broken.yaml:3:1: error: "), "\(text)")
        #expect(text.contains("a text file (CSV or a web page), not an Excel workbook"), "fake.xlsx holds text")
        #expect(text.contains("alias"), "the alias bomb is refused, not expanded")
    }

    @Test("files, a CSV and an XLSX in any order, --jobs 1 or 8: byte-identical outputs, ranking.html included")
    func deterministic() throws {
        let (folder, files) = try RankCommandTests.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheets = ["applicants.xlsx", "applicants-gb18030.csv"].map { Self.root.appendingPathComponent("Tests/Fixtures/sheets/\($0)").path }
        let first = folder.appendingPathComponent("a").path
        let second = folder.appendingPathComponent("b").path
        #expect(try CommandRunner.run(["rank"] + files + sheets + ["--out", first, "--jobs", "1", "--quota", "1"]).status == 0)
        #expect(try CommandRunner.run(["rank"] + (files + sheets).reversed() + ["--out", second, "--jobs", "8", "--quota", "1"]).status == 0)
        for name in ["ranking.csv", "ranking.json", "ranking.md", "ranking.html", "rejected.csv"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)")) == Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)")), "\(name)")
        }
    }

    /// A new folder holding Weifang's example under `file` with another enterprise name.
    static func weifang(named name: String, file: String) throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-rank-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = try String(contentsOf: Self.root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml"), encoding: .utf8)
        let path = folder.appendingPathComponent(file)
        try text.replacingOccurrences(of: "name: 潍坊示例动力股份有限公司", with: "name: \(name)").write(to: path, atomically: true, encoding: .utf8)
        return (folder, path)
    }

    @Test("a row scored with another rubric than the batch's is rejected at the row's first cell")
    func otherRubricRow() throws {
        let (folder, file) = try Self.weifang(named: "潍坊示例动力股份有限公司", file: "a.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = folder.appendingPathComponent("b.csv")
        try "enterprise.name,enterprise.credit_code,rubric\nB,\(Self.code(1)),miit-smart-factory\n".write(to: sheet, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", file.path, sheet.path, "--out", out, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let rejected = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/rejected.csv")), as: UTF8.self)
        #expect(rejected.contains("\(sheet.path):2,\(sheet.path):2:1: error: rubric miit-smart-factory@"), "\(rejected)")
        #expect(rejected.contains("differs from the batch's shandong-smart-factory@"))
    }

    @Test("ranking.html is one self-contained page that shows markup in a name as text; its only scripts are its own two inline ones")
    func htmlPage() throws {
        let (folder, file) = try Self.weifang(named: "'<script>alert(1)</script> & co'", file: "x.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        #expect(try CommandRunner.run(["rank", file.path, "--out", out]).status == 0)
        let html = try String(contentsOfFile: out + "/ranking.html", encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count - 1 == 2 && !html.contains("<script src"), "the page's own inline scripts, none from the name")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        // The only address is the SVG namespace, which names no resource: nothing is fetched.
        let addresses = html.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
        #expect(!addresses.contains("http:") && !addresses.contains("https:") && !addresses.contains("<link"), "no resource from the network")
        #expect(html.contains("<svg") && html.contains("id=\"summary\"") && html.contains("id=\"lists\""))
    }

    @Test("--reports writes one report per ranked applicant, named by credit code, duplicates numbered, nothing outside DIR/reports")
    func reports() throws {
        let (folder, sly) = try Self.weifang(named: "../../../etc/passwd", file: "sly.yaml")
        defer { try? FileManager.default.removeItem(at: folder) }
        let xlsx = Self.root.appendingPathComponent("Tests/Fixtures/sheets/applicants.xlsx").path
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", sly.path, xlsx, "--out", out, "--reports"])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out + "/reports").sorted()
        #expect(names == ["91370700MA3C8K2L67-2.html", "91370700MA3C8K2L67.html", "91371300MA3G4J8L1M.html"], "the xlsx's Weifang row and sly.yaml share a code")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["out", "sly.yaml"])
        let report = try String(contentsOfFile: out + "/reports/91371300MA3G4J8L1M.html", encoding: .utf8)
        #expect(report.contains("id=\"standing\"") && report.contains("id=\"plan\""), "percentiles and the plan are in each report")
    }

    @Test("a .xls in a searched folder is a reject saying to save it as .xlsx, never skipped unseen; import says the same")
    func legacyWorkbookInFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-xls-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.root.appendingPathComponent("Examples/shandong/binzhou-textiles.yaml").path,
                                         toPath: input.appendingPathComponent("binzhou.yaml").path)
        let xls = input.appendingPathComponent("申报.xls")
        try Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 64)).write(to: xls)
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", input.path, "--out", out])
        #expect(result.stdout.hasPrefix("找到 2 份，评分 1 份，拒绝 1 份（另跳过 0 个"), "\(result.stdout)")
        let rejected = try Self.rows(out + "/rejected.csv").dropFirst()
        #expect(rejected.map { $0[1] } == ["\(xls.path):1:1: error: 本工具不读取 .xls 格式的表格，只读 .xlsx 和 .csv：请用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”后再提交"])
        let imported = try CommandRunner.run(["import", xls.path, "-o", folder.appendingPathComponent("yaml").path, "--lang", "en"])
        #expect(imported.status == 2)
        #expect(imported.stderr == "\(xls.path):1:1: error: zhizao does not read .xls spreadsheets, only .xlsx and .csv: open it in Excel or WPS and save it as an Excel Workbook (*.xlsx)\n")
        #expect(imported.stdout == "no data row was read (see above); nothing was written\n")
    }
}
