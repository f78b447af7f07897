import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// ranking.html stays usable at 10,000 rows (its script is driven in a browser by
// scripts/ranking-page-test.sh) and ranking.xlsx is streamed a row at a time: here, what the
// page and the workbook say, and that inputs cannot break either.

@Suite("Ranking page and workbook")
struct RankingPageTests {
    static let stamp = OutputStamp(date: "2026-01-01", version: "test")

    /// `count` applicants of Shandong's rubric, all applying for its first tier, spread over
    /// three cities (one with markup in its name), every fifth incomplete.
    static func result(count: Int = 6, quota: Int? = 1, quotaBy: Ranking.QuotaField? = .city,
                       name: (Int) -> String = { "企业\($0)" }) throws -> RankingResult {
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let tiers = rubric.tiers.map(\.id)
        let cities = ["济南", "青岛", "\"><script>alert(1)</script>"]
        let entries = (0..<count).map { index -> RankEntry in
            let prefix = String(format: "91370%012d", index)
            let code = prefix + String(CreditCode.checkCharacter(for: prefix) ?? "0")
            return RankEntry(source: "in/\(index).yaml", fingerprint: "sha256:\(index)", creditCode: code, name: name(index),
                             city: cities[index % cities.count], industry: nil, applyingFor: tiers[0], tier: tiers[0],
                             total: ExactNumber(50 + index % 40), domains: rubric.domains.map { _ in ExactNumber(60) }, tiebreaks: [0.25, nil],
                             complete: index % 5 != 4, missingRequired: index % 5 == 4 ? ["rd_factory_planning"] : [],
                             achieved: tiers.map { $0 == tiers[0] }, target: tiers[0])
        }
        return RankingResult(rubric: rubric, entries: entries, rejects: [], options: Ranking.Options(quota: quota, quotaBy: quotaBy),
                             summary: .init(found: count, scored: count, rejected: 0, skippedSources: []))
    }

    static func page(_ result: RankingResult, reportLinks: Bool = false, language: Language = .zh) throws -> String {
        var text = ""
        try RankingHTMLWriter(reportLinks: reportLinks).write(RankingView(result, language: language, stamp: stamp), to: &text)
        return text
    }

    @Test("a row written directly is byte for byte the template's row section: with and without a quota, a link, markup and quotes in every text, in both languages")
    func rowAsTheTemplateRendersIt() throws {
        let template = try RankingPage.builtIn()
        var compared = 0
        for (quota, quotaBy) in [(Optional(1), Optional(Ranking.QuotaField.city)), (nil, nil)] {
            for language in [Language.zh, .en] {
                let result = try Self.result(count: 12, quota: quota, quotaBy: quotaBy, name: { "企业<\($0)>&\"'" })
                let view = RankingView(result, language: language, stamp: Self.stamp)
                let links = Dictionary(uniqueKeysWithValues: result.lists.flatMap(\.rows).enumerated().compactMap { index, row in
                    index % 2 == 0 ? (ObjectIdentifier(row.entry), "reports/<\(index)>&\"'.html") : nil
                })
                let page = RankingPageModel(view, reportLinks: links)
                for line in result.lists.flatMap(\.rows) {
                    var direct = ""
                    page.row(line).writeHTML(to: &direct)
                    #expect(direct == template.row.render(page.row(line)))
                    compared += 1
                }
            }
        }
        #expect(compared == 48)
    }

    @Test("sheet names follow Excel's rules: at most 31 characters, none of []:*?/\\, no apostrophe at either end, not History, unique ignoring case")
    func sheetNames() {
        let long = String(repeating: "智", count: 40)
        let names = XLSXWriter.sheetNames(["晨星工厂", "a/b:c[d]*e?f\\g", long, long, "'引号'", "", "History", "LIST", "list", "名单 1"]) { "名单 \($0)" }
        #expect(names == ["晨星工厂", "a b c d  e f g", String(repeating: "智", count: 31), String(repeating: "智", count: 27) + " (2)",
                          "引号", "名单 6", "History (2)", "LIST", "list (2)", "名单 1"])
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.isEmpty })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
        // A character outside the BMP counts two towards Excel's 31 and is never split.
        let wide = XLSXWriter.sheetNames([String(repeating: "𠀀", count: 20)]) { _ in "x" }
        #expect(wide == [String(repeating: "𠀀", count: 15)])
    }

    @Test("workbook text is escaped in one pass: markup and quotes as entities, line breaks and tabs as references, what XML cannot hold dropped, the rest untouched")
    func escape() {
        #expect(XLSXWriter.escape("a\u{1}<b>&\"'\r\n\t\u{FFFE}\u{FFFF}（全角）\u{FFFD}") == "a&lt;b&gt;&amp;&quot;&#39;&#10;&#9;（全角）\u{FFFD}")
        #expect(XLSXWriter.escape("淄博示例新材料化工有限公司（ＡＢ）") == "淄博示例新材料化工有限公司（ＡＢ）")
        #expect(XLSXWriter.escape("") == "")
    }

    @Test("the page: one list per target with status in words, a row's group and status as data the filters read, escaped; the run record and the places per group at the top")
    func page() throws {
        let html = try Self.page(try Self.result())
        #expect(html.contains("<form id=\"controls\" class=\"controls\" role=\"search\" hidden>"), "the controls wait for the script")
        #expect(html.contains("data-group=\"（未填）\""), "a city the rubric does not know is in no group")
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("<tr class=\"st-selected\" data-status=\"selected\" data-group=\"济南\">"))
        #expect(html.contains("<td class=\"status\">入选</td>") && html.contains("<td class=\"status\">名额已满</td>"))
        #expect(html.contains("class=\"st-incomplete partial\""), "an incomplete row is marked")
        #expect(html.contains("<option value=\"济南\">济南</option><option value=\"青岛\">青岛</option>"), "the groups, in the rubric's order")
        #expect(html.contains("<option value=\"quota_full\">名额已满</option>"))
        let run = try #require(html.range(of: "id=\"run\"")), groups = try #require(html.range(of: "id=\"groups\"")),
            lists = try #require(html.range(of: "id=\"lists\""))
        #expect(run.lowerBound < groups.lowerBound && groups.lowerBound < lists.lowerBound)
        #expect(html.contains("<dt>名额</dt><dd>每个等级名单中每个城市 1 名"), "the run record in words")
        #expect(!html.contains("href=\"reports/"), "no links without --reports")
        #expect(!html.contains(" src=") && !html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("://"),
                "nothing from the network: the only address is the SVG namespace")
    }

    @Test("without a quota the page has no status column, status filter or shortlist toggle; the group filter offers the cities")
    func pageWithoutQuota() throws {
        let html = try Self.page(try Self.result(quota: nil, quotaBy: nil))
        #expect(!html.contains("id=\"status\"") && !html.contains("id=\"shortlist\"") && !html.contains("<td class=\"status\">"))
        #expect(html.contains("<select id=\"group\">"))
        #expect(html.contains("data-status=\"\" data-group=\"济南\""))
        #expect(html.contains("data-group=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), "a value in an attribute is escaped")
        #expect(html.contains("<option value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>"))
        #expect(!html.contains("<script>alert(1)"))
    }

    @Test("with --reports each name links to the report ApplicantReports writes for that applicant")
    func reportLinks() throws {
        let result = try Self.result()
        let html = try Self.page(result, reportLinks: true)
        let entries = result.lists.flatMap { $0.rows.map(\.entry) }
        let names = ApplicantReports.fileNames(entries)
        for (entry, file) in zip(entries, names) {
            #expect(html.contains("<a href=\"reports/\(file)\">\(entry.name ?? "")</a>"), "\(entry.creditCode)")
        }
    }

    @Test("the page's script and its hooks are in place: one input, filters by group and status, sortable headings, a count, a button per list")
    func script() throws {
        let html = try Self.page(try Self.result())
        #expect(html.components(separatedBy: "<script>").count - 1 == 2, "the loading mark in the head and the controls at the end")
        #expect(html.contains("normalize('NFKC')"))
        #expect(html.contains("data-key=\"name\"") && html.contains("data-key=\"code\"") && html.contains("data-key=\"total\""))
        #expect(html.contains("data-template=\"显示 {shown} / {total} 家\""))
        #expect(html.contains("<p class=\"more\" hidden><button type=\"button\" data-template=\"再显示 {count} 家（尚有 {rest} 家未显示）\"></button></p>"))
        #expect(html.contains("@media print"))
        let english = try Self.page(try Self.result(), language: .en)
        #expect(english.contains("data-template=\"Showing {shown} of {total}\"") && english.contains("placeholder=\"Name or credit code\""))
    }

    @Test("the workbook streams 3,000 rows through files beside it and reads back whole (openpyxl); nothing is left beside it")
    func workbookStreamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.result(count: 3000, name: { "企业\($0)<&>\u{1}\t" })
        let view = RankingView(result, language: .zh, stamp: Self.stamp)
        let path = folder.appendingPathComponent("ranking.xlsx").path
        try RankingXLSXWriter().write(view, to: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ranking.xlsx"])
        let read = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("scripts/read_xlsx.py"), path])
        #expect(read.status == 0, "\(read.stderr)")
        let book = try #require(try JSONSerialization.jsonObject(with: Data(read.stdout.utf8)) as? [String: Any])
        let sheets = try #require(book["sheets"] as? [[String: Any]])
        #expect(sheets.map { $0["name"] as? String } == ["晨星工厂", "各组名额", "排序依据", "未能评分"])
        let rows = try #require(sheets[0]["rows"] as? [[[Any]]])
        #expect(rows.count == 3001)
        let header = rows[0].map { $0[1] as? String }
        let code = try #require(header.firstIndex(of: "信用代码")), name = try #require(header.firstIndex(of: "企业"))
        let codes = result.lists[0].rows.map(\.entry.creditCode)
        #expect(rows.dropFirst().map { $0[code][1] as? String } == codes)
        let first = try #require(result.lists[0].rows[0].entry.name)
        #expect(rows[1][name][1] as? String == first.replacingOccurrences(of: "\u{1}", with: ""),
                "markup kept as text; a control character XML cannot hold dropped")
        // Written again, the same bytes.
        let again = folder.appendingPathComponent("again.xlsx").path
        try RankingXLSXWriter().write(view, to: again)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: URL(fileURLWithPath: again)))
    }
}
