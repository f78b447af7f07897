import Foundation
import Testing
@testable import ZhizaoKit

// The ranking documents are streamed to their files a row at a time (100,000 rows never
// exist whole): the streamed forms must say what the whole forms said, and a file must
// appear complete or not at all.

@Suite("Ranking documents")
struct RankingReportTests {
    static func result() throws -> RankingResult {
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let tiers = rubric.tiers.map(\.id)
        func entry(_ code: String, _ name: String, total: Int, applying: String?) -> RankEntry {
            RankEntry(source: "\(code).yaml", fingerprint: "sha256:\(code)", creditCode: code, name: name, city: "济南", industry: nil,
                      applyingFor: applying, tier: tiers[0], total: ExactNumber(total), domains: rubric.domains.map { _ in ExactNumber(total) },
                      tiebreaks: [], achieved: tiers.map { $0 == tiers[0] }, target: applying,
                      failures: applying == tiers[0] || applying == nil ? [] : [
                          .init(kind: .gate, id: "clean_credit", status: .fail, values: [("profile.credit_record", .string("adverse"))]),
                          .init(kind: .rule, id: "total_88", status: .fail, values: [("total", .double(Double(total)))]),
                          .init(kind: .prerequisite, id: tiers[0], status: .fail),
                      ])
        }
        let entries = [entry("A", "<b>甲</b>", total: 80, applying: tiers[0]), entry("B", "乙", total: 70, applying: tiers[1]),
                       entry("C", "丙", total: 60, applying: tiers[1]), entry("D", "丁", total: 50, applying: nil)]
        let broken = Diagnostic(.error, file: "x.yaml", position: SourcePosition(line: 1, column: 1), Phrase(zh: "<坏了>", en: "<broken>"))
        let note = Diagnostic(.note, file: "x.yaml", position: SourcePosition(line: 2, column: 1), Phrase(zh: "附注", en: "a note"))
        return RankingResult(rubric: rubric, entries: entries, rejects: [RankingReject(source: "x.yaml", diagnostics: [broken, note])],
                             options: Ranking.Options(), summary: .init(found: 5, scored: 4, rejected: 1, skippedSources: []))
    }

    static func document<W: RankingWriter>(_ writer: W, language: Language = .zh) throws -> String {
        var text = ""
        writer.write(RankingView(try result(), language: language, stamp: OutputStamp(date: "2026-01-01", version: "test")), to: &text)
        return text
    }

    @Test("ranking.html: each list under its own title, with the page's column labels inside every list, rows in rank order, inputs escaped")
    func page() throws {
        let result = try Self.result()
        let html = try Self.document(try RankingHTMLWriter())
        let titles = result.lists.map { list in list.target.map { id in result.rubric.text(result.rubric.tier(id)!.title, "zh") } ?? "未指定申报等级" }
        #expect(titles.count == 3)
        let positions = try titles.map { title in try #require(html.range(of: "<h3>\(title) <span class=\"count\"")).lowerBound }
        #expect(positions == positions.sorted(), "lists in rubric order, then the no-target list")
        // The column labels come from the page, looked up from inside each list.
        #expect(html.components(separatedBy: "<th scope=\"col\" class=\"num\" data-key=\"rank\">名次</th>").count - 1 == 3)
        let b = try #require(html.range(of: "<code>B</code>")), c = try #require(html.range(of: "<code>C</code>"))
        #expect(b.lowerBound < c.lowerBound)
        #expect(html.contains("&lt;b&gt;甲&lt;/b&gt;") && !html.contains("<b>甲"))
        #expect(html.contains("&lt;坏了&gt;"))
        #expect(html.hasSuffix("</html>\n"))
    }

    @Test("a page template without its rows section is refused, not rendered half; the built-in one is whole")
    func templateCuts() throws {
        #expect(throws: ReportTemplateError.self) { try RankingPage(template: "{{#lists}}\n<h3>{{title}}</h3>\n{{/lists}}\n") }
        _ = try RankingPage.builtIn()
        for document in RankingDocument.allCases { _ = try document.writer() }
    }

    @Test("ranking.json: rows written one at a time give the document the whole tree gives")
    func json() throws {
        let result = try Self.result()
        let streamed = try Self.document(RankingJSONWriter())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(streamed.utf8)) as? [String: Any])
        let lists = try #require(document["lists"] as? [[String: Any]])
        #expect(lists.map { ($0["rows"] as? [Any])?.count } == result.lists.map(\.rows.count))
        let first = try #require((lists[1]["rows"] as? [[String: Any]])?.first)
        #expect(first["credit_code"] as? String == "B")
        #expect(first["reasons"] as? [String] == ["clean_credit", "total_88", "morning_star"], "every failure, by id")
        let why = try #require(first["why"] as? [String])
        #expect(why.count == 3)
        #expect(why[1].contains("总分 70.0"), "the value read, named in words: \(why[1])")
        #expect(!why.joined().contains("profile.") && !why.joined().contains("total_88"), "no id in the words: \(why)")
        let run = try #require(document["run"] as? [String: Any])
        #expect((run["tool"] as? [String: Any])?["version"] as? String == "test" && run["date"] as? String == "2026-01-01")

        let items: [JSONValue] = [.string("a\"b"), .number("1"), .null]
        #expect(JSONValue.generated(count: 3) { items[$0] }.serialized() == JSONValue.array(items).serialized())
        #expect(JSONValue.generated(count: 0) { _ in .null }.serialized() == "[]")
    }

    @Test("a reject keeps its problems unrendered: each document gives its errors in the document's language, notes left out")
    func rejectsInTheDocumentLanguage() throws {
        let chinese = try Self.document(RejectedCSVWriter(), language: .zh)
        let english = try Self.document(RejectedCSVWriter(), language: .en)
        #expect(chinese == "\u{FEFF}source,reason,name,credit_code,city\r\nx.yaml,x.yaml:1:1: error: <坏了>,,,\r\n")
        #expect(english == "\u{FEFF}source,reason,name,credit_code,city\r\nx.yaml,x.yaml:1:1: error: <broken>,,,\r\n")
        #expect(try Self.document(RankingMarkdownWriter(), language: .en).contains("x.yaml:1:1: error: \\<broken>"))
    }

    @Test("a tie decided by the second tie-break: the cut line names it, with both values as a reader knows them")
    func secondTiebreak() throws {
        let rubric = try RubricDocTests.rubric("shandong-smart-factory")
        let tiers = rubric.tiers.map(\.id)
        func entry(_ code: String, _ name: String, aiShare: Double) -> RankEntry {
            RankEntry(source: "\(code).yaml", fingerprint: "sha256:\(code)", creditCode: code, name: name, city: "济南", industry: nil,
                      applyingFor: tiers[0], tier: tiers[0], total: ExactNumber(80), domains: rubric.domains.map { _ in ExactNumber(80) },
                      tiebreaks: [80, aiShare], achieved: tiers.map { $0 == tiers[0] }, target: tiers[0])
        }
        let result = RankingResult(rubric: rubric, entries: [entry("B", "乙", aiShare: 0.2), entry("A", "甲", aiShare: 0.4)], rejects: [],
                                   options: Ranking.Options(quota: 1), summary: .init(found: 2, scored: 2, rejected: 0, skippedSources: []))
        let view = RankingView(result, language: .zh, stamp: OutputStamp(date: "2026-01-01", version: "test"))
        let rows = result.lists[0].rows
        #expect(rows.map(\.entry.creditCode) == ["A", "B"], "the higher AI share first, although B's code sorts first")
        let second = view.row(rows[1])
        #expect(second.status == "quota_full" && second.tiebreaks == ["80.0", "20.0%"])
        #expect(second.why == ["名额已满：本名单的 1 个名额已用完，最后入选的是 甲 A（总分 80.0，生产作业 80.0，应用人工智能技术的场景占比 40.0%），"
                               + "总分相同，按排序依据“应用人工智能技术的场景占比”本企业 20.0% 低于 40.0%"])
        #expect(view.run.tiebreaks.map(\.title) == ["生产作业", "应用人工智能技术的场景占比"])
    }

    @Test("the percentiles are the ranking result's: the view shows what the result computed, once")
    func percentiles() throws {
        let result = try Self.result()
        let view = RankingView(result, language: .zh, stamp: OutputStamp(date: "2026-01-01", version: "test"))
        for row in result.lists.flatMap(\.rows) {
            #expect(view.standing(row).batch == result.standing(of: row.entry).batch.map { $0.map { Percentiles.text($0) } })
        }
        #expect(view.batch.count == "4" && view.quartileRows.first?.name == "全部")
        #expect(result.tierCounts.map(\.count) == [4] + Array(repeating: 0, count: result.rubric.tiers.count))
        #expect(result.groups.map(\.applicants) == [1, 2], "one group per target list without --quota-by")
    }

    @Test("the six documents are written side by side into the folder, each whole")
    func writeAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-ranking-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let view = RankingView(try Self.result(), language: .zh, stamp: OutputStamp(date: "2026-01-01", version: "test"))
        try RankingDocument.writeAll(view, to: folder.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == ["ranking.csv", "ranking.html", "ranking.json", "ranking.md", "ranking.xlsx", "rejected.csv"])
        var csv = ""
        RankingCSVWriter().write(view, to: &csv)
        #expect(try Data(contentsOf: folder.appendingPathComponent("ranking.csv")) == Data(csv.utf8))
    }

    @Test("rank --reports renders each report from the result the batch computed: the inputs are not read again")
    func reportsFromTheBatch() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-reports-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["qingdao-appliances.yaml", "linyi-fasteners.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("Examples/shandong/\(name)"), to: input.appendingPathComponent(name))
        }
        var scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: RubricCatalog(), planOptions: PlanOptions()), jobs: 2)
        scorer.keepResults = true
        let batch = scorer.score(InputFinder.expand([input.path]))
        let rubric = try #require(batch.rubric)
        let ranking = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(), skippedFiles: [])
        try FileManager.default.removeItem(at: input)  // nothing may be read again
        let applicants = batch.results(of: ranking.lists)
        #expect(applicants.count == 2)
        let stamp = OutputStamp(date: "2026-01-01", version: "test")
        let writer = try ApplicantReports(language: .zh, stamp: stamp, jobs: 2)
        let view = RankingView(ranking, language: .zh, stamp: stamp)
        let out = folder.appendingPathComponent("out").path
        // A report left from an earlier run, and an earlier ranking.csv.
        try FileManager.default.createDirectory(atPath: out + "/reports", withIntermediateDirectories: true)
        try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/reports/91370000000000000X.html"))
        try Data("old".utf8).write(to: URL(fileURLWithPath: out + "/ranking.csv"))

        // A run whose reports fail leaves the folder as it was.
        struct Refused: Error {}
        #expect(throws: Refused.self) { try RankingOutput.write(view, to: out) { _ in throw Refused() } }
        #expect(try String(contentsOfFile: out + "/ranking.csv", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out + "/reports") == ["91370000000000000X.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["ranking.csv", "reports"], "no staging litter")

        var failures: [ApplicantReports.Failure] = []
        try RankingOutput.write(view, to: out) { reports in failures = try writer.write(applicants, ranking: ranking, view: view, into: reports) }
        #expect(failures.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: out + "/reports").sorted()
        #expect(names == ["91370200MA3D1F5X2T.html", "91371300MA3G4J8L1M.html"], "the earlier run's report is gone")
        let report = try String(contentsOfFile: out + "/reports/91371300MA3G4J8L1M.html", encoding: .utf8)
        #expect(report.contains("id=\"standing\"") && report.contains("id=\"plan\""), "the standing and the plan are in the report")
        #expect(report.contains("<dt>名次</dt><dd>1 / 1</dd>"), "its rank in its list")
        #expect(report.contains("<li>未达到“总分不低于60分”（实际：总分 58.4）</li>"), "why, in words")
        #expect(try String(contentsOfFile: out + "/ranking.csv", encoding: .utf8) != "old")

        // Without --reports, the earlier run's reports do not stay beside the new ranking.
        try RankingOutput.write(view, to: out)
        #expect(!FileManager.default.fileExists(atPath: out + "/reports"))
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
