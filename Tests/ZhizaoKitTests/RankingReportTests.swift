import Foundation
import Testing
@testable import ZhizaoKit

// The ranking documents are streamed to their files a row at a time (100,000 rows never
// exist whole): the streamed forms must say what the whole forms said, and a file must
// appear complete or not at all.

@Suite("Ranking documents")
struct RankingReportTests {
    static func report() throws -> RankingReport {
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let tiers = rubric.tiers.map(\.id)
        func entry(_ code: String, _ name: String, total: Int, applying: String?) -> RankEntry {
            RankEntry(source: "\(code).yaml", creditCode: code, name: name, city: "济南", industry: nil, applyingFor: applying, tier: tiers[0],
                      total: ExactNumber(total), domains: rubric.domains.map { _ in ExactNumber(total) }, tiebreaks: [],
                      achieved: tiers.map { $0 == tiers[0] }, failures: tiers.map { $0 == tiers[0] ? [] : ["gate_a", "rule_b", "rule_c", "rule_d"] })
        }
        let entries = [entry("A", "<b>甲</b>", total: 80, applying: tiers[0]), entry("B", "乙", total: 70, applying: tiers[1]),
                       entry("C", "丙", total: 60, applying: tiers[1]), entry("D", "丁", total: 50, applying: nil)]
        let lists = Ranking.rank(entries, tiers: tiers)
        return RankingReport(rubric: rubric, lists: lists, rejects: [("x.yaml", "x.yaml:1:1: error: <broken>")],
                             summary: .init(found: 5, scored: 4, rejected: 1, skipped: 0), language: .zh)
    }

    @Test("ranking.html: each list under its own title, with the page's column labels inside every list, rows in rank order, inputs escaped")
    func page() throws {
        let report = try Self.report()
        var html = ""
        report.html(to: &html)
        let titles = report.lists.map { list in list.target.map { id in report.rubric.text(report.rubric.tier(id)!.title, "zh") } ?? "未指定申报等级" }
        #expect(titles.count == 3)
        let positions = try titles.map { title in try #require(html.range(of: "<h3>\(title) (")).lowerBound }
        #expect(positions == positions.sorted(), "lists in rubric order, then the no-target list")
        // The column labels come from the page, looked up from inside each list.
        #expect(html.components(separatedBy: "<th scope=\"col\" class=\"num\">名次</th>").count - 1 == 3)
        let b = try #require(html.range(of: "<code>B</code>")), c = try #require(html.range(of: "<code>C</code>"))
        #expect(b.lowerBound < c.lowerBound)
        #expect(html.contains("&lt;b&gt;甲&lt;/b&gt;") && !html.contains("<b>甲"))
        #expect(html.contains("&lt;broken&gt;"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("a page template without its rows section is refused, not rendered half")
    func templateCuts() {
        #expect(throws: ReportTemplateError.self) { try RankingPage(template: "{{#lists}}\n<h3>{{title}}</h3>\n{{/lists}}\n") }
    }

    @Test("ranking.json: rows written one at a time give the document the whole tree gives")
    func json() throws {
        let report = try Self.report()
        var streamed = ""
        report.json(to: &streamed)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any])
        let lists = try #require(document["lists"] as? [[String: Any]])
        #expect(lists.map { ($0["rows"] as? [Any])?.count } == report.lists.map(\.rows.count))
        let first = try #require((lists[1]["rows"] as? [[String: Any]])?.first)
        #expect(first["credit_code"] as? String == "B")
        #expect(first["reasons"] as? [String] == ["gate_a", "rule_b", "rule_c"], "the first three failures")

        let items: [JSONValue] = [.string("a\"b"), .number("1"), .null]
        #expect(JSONValue.generated(count: 3) { items[$0] }.serialized() == JSONValue.array(items).serialized())
        #expect(JSONValue.generated(count: 0) { _ in .null }.serialized() == "[]")
    }

    @Test("an atomic file appears whole on commit, larger than its buffer; dropped, it leaves the old file and no litter")
    func atomicFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ranking.csv").path
        let line = "甲,乙,\"丙\"\r\n"
        try AtomicTextFile.write(path) { file in for _ in 0..<200_000 { file.write(line) } }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == String(repeating: line, count: 200_000))

        do {
            let file = try AtomicTextFile(path: path)
            file.write("half")
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 2, "the temporary file beside the old one")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(line))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["ranking.csv"])

        #expect(throws: (any Error).self) { try AtomicTextFile(path: folder.appendingPathComponent("missing/ranking.csv").path) }
    }
}
