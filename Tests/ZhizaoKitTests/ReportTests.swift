import Foundation
import Mustache
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit
import ZhizaoCEL

// Issue 5: the reporters. One model, three formats; every input string escaped; the same
// input and date give byte-identical output; the HTML has SPEC §5's content in its order.

@Suite("Reports")
struct ReportTests {
    static let root = PackageRoot.url
    static let example = "Examples/shandong/weifang-diesel-engine.yaml"

    /// Scores the example, with its text changed first.
    static func result(replacing original: String? = nil, with replacement: String = "") throws -> ScoreResult {
        var text = try String(contentsOf: root.appendingPathComponent(example), encoding: .utf8)
        if let original {
            #expect(text.contains(original))
            text = text.replacingOccurrences(of: original, with: replacement)
        }
        let pipeline = AssessmentPipeline(catalog: RubricCatalog())
        switch pipeline.process(bytes: Array(text.utf8), source: "example.yaml", folder: nil) {
        case .scored(let result): return result
        case .rejected(let diagnostics): throw ReportTestError.rejected(diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    enum ReportTestError: Error { case rejected(String) }

    static func html(_ result: ScoreResult, _ language: Language = .zh) throws -> String {
        try ReportHTMLWriter().write(ScoreView(result, language: language, stamp: OutputStamp(date: "2026-05-20", version: "test")))
    }

    static func markdown(_ result: ScoreResult, _ language: Language = .zh) throws -> String {
        try ReportMarkdownWriter().write(ScoreView(result, language: language, stamp: OutputStamp(date: "2026-05-20", version: "test")))
    }

    @Test("markup in an enterprise name, a city and a note shows as text in HTML and in Markdown")
    func escaping() throws {
        let result = try Self.result(replacing: "name: 潍坊示例动力股份有限公司", with: "name: \"<script>alert(1)</script> | a | b | **x** [y](javascript:z)\"")
        let html = try Self.html(result)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; | a | b | **x** [y](javascript:z)"))
        // In the print header's CSS string too: a quote in a name cannot end the string.
        let quoted = try Self.html(try Self.result(replacing: "name: 潍坊示例动力股份有限公司", with: "name: 'a\"; } body { display: none'"))
        #expect(quoted.contains(#"content: "智能工厂评价报告 · a&quot;; } body { display: none · "#))
        let markdown = try Self.markdown(result)
        // No tag opens in Markdown: a `<` before a letter or `/` is backslash-escaped, never an entity.
        #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<script"))
        #expect(markdown.contains("\\<script>alert(1)\\</script> \\| a \\| b \\| \\*\\*x\\*\\* \\[y\\](javascript:z)"))
        // A note with a pipe and a line break stays inside its table cell.
        let noted = try Self.result(replacing: "note: 缸体线、曲轴线", with: "note: \"a | b\\n# c\"")
        let table = try Self.markdown(noted).split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(!table.isEmpty)
        #expect(try Self.markdown(noted).contains("a \\| b # c"))
        try Self.checkTables(Self.markdown(noted))
    }

    @Test("Markdown escaping keeps text as text and plain text readable", arguments: [
        ("1. not a list", "1\\. not a list"), ("75.6", "75.6"), ("- not an item", "\\- not an item"), ("# no heading", "\\# no heading"),
        ("cmmm_level", "cmmm_level"), ("_em_", "\\_em\\_"), ("a && b", "a && b"), ("&amp;", "\\&amp;"), ("<b>", "\\<b>"),
        ("a|b", "a\\|b"), ("`code`", "\\`code\\`"), ("line\nbreak", "line break"),
        // Only what Markdown reads is escaped, and never into an entity: operators, `&` and quotes stay.
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"), ("<!-- x -->", "\\<!-- x -->"), ("a < b", "a < b"),
        ("metric.ai_share >= 0.2", "metric.ai_share >= 0.2"), ("> quote", "\\> quote"), ("R&D", "R&D"), ("&#60;", "\\&#60;"),
        ("&#x3C;", "\\&#x3C;"), ("a &b c", "a &b c"), (#"say "hi" 'x'"#, #"say "hi" 'x'"#), ("名`称`|x", "名\\`称\\`\\|x"),
    ])
    func markdownEscaping(_ input: String, _ expected: String) {
        #expect(Markup.markdown(input) == expected)
    }

    /// Every Markdown table keeps its column count on every row (no cell broke it).
    static func checkTables(_ markdown: String) throws {
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { expected = nil; continue }
            // Cells are separated by pipes not preceded by a backslash.
            var count = 0
            var escaped = false
            for character in line {
                if character == "|" && !escaped { count += 1 }
                escaped = character == "\\" && !escaped
            }
            if let expected { #expect(count == expected, "\(line)") } else { expected = count }
        }
    }

    @Test("the same result and date give byte-identical reports in every format")
    func deterministic() throws {
        let first = try Self.result()
        let second = try Self.result()
        #expect(try Self.html(first) == Self.html(second))
        #expect(try Self.markdown(first) == Self.markdown(second))
        let json = ScoreJSONWriter()
        #expect(json.write(ScoreView(first, language: .zh, stamp: OutputStamp(date: "d"))) == json.write(ScoreView(second, language: .zh, stamp: OutputStamp(date: "d"))))
    }

    @Test("the HTML report holds SPEC §5's content in its order, self-contained")
    func htmlContent() throws {
        let result = try Self.result()
        let html = try Self.html(result)
        let order = [#"id="summary""#, #"id="verdict""#, #"id="gap""#, #"id="summary-steps""#, #"id="scores""#, #"id="plan""#,
                     #"id="conditions""#, #"id="indicators""#, #"id="warnings""#, #"id="appendix""#]
        let positions = order.map { html.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(order)")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(html.contains(#"data-tier="excellence""#))
        #expect(html.contains(#"<span id="total" class="total">77.1</span>"#))
        for domain in ["rd", "production", "om", "supply", "service"] { #expect(html.contains(#"<tr data-domain="\#(domain)">"#)) }
        // The summary names the assessment date and the report date; the appendix alone holds
        // the rubric's id, version and fingerprint, the assessment's fingerprint and the tool version.
        let appendix = try #require(html.range(of: #"<section id="appendix""#)).lowerBound
        let summary = try #require(html.range(of: #"id="scores""#)).lowerBound
        for field in ["<dt>填报日期</dt><dd>2026-05-20</dd>", "<dt>报告日期</dt><dd>2026-05-20</dd>"] { #expect(html[..<summary].contains(field), "\(field)") }
        for field in [result.rubric.fingerprint, result.assessment.fingerprint, "zhizao test", "shandong-smart-factory 2026.1"] {
            #expect(html[appendix...].contains(field), "\(field)")
            #expect(!html[..<appendix].contains(field), "\(field)")
        }
        // Every gate once and every rule of every tier, with its status; provisional ones marked.
        for outcome in result.gates {
            #expect(html.components(separatedBy: #"data-condition="\#(outcome.id)" data-status="\#(outcome.status.rawValue)""#).count == 2, "\(outcome.id)")
        }
        for verdict in result.tiers {
            for outcome in verdict.rules {
                #expect(html.contains(#"data-condition="\#(outcome.id)" data-status="\#(outcome.status.rawValue)""#), "\(outcome.id)")
            }
        }
        // The gap to the applied-for tier, in the rule's units.
        #expect(html.contains("应用人工智能技术的场景占比 24.1%，要求不低于 60%（差 35.9 个百分点）"))
        #expect(html.contains(#"<p class="notice" role="note"><span class="tag">暂定</span>"#))
        #expect(html.contains(#"<span class="tag">暂定</span>"#))
        // The plan, with the advice of the indicator it changes.
        let plan = try #require(result.plan)
        let first = try #require(plan.raises.first)
        #expect(html.contains(Markup.html(result.rubric.text(try #require(result.rubric.indicator(first.indicator)?.advice), "zh"))))
        // Every indicator, with evidence and notes.
        for indicator in result.rubric.indicators { #expect(html.contains(#"data-indicator="\#(indicator.id)""#)) }
        #expect(html.contains("视觉检测验收报告.pdf"))
        #expect(html.contains("缸体线、曲轴线"))
        // Charts: a ladder with every tier and a radar, each with a title for screen readers.
        #expect(html.contains(#"<svg xmlns="http://www.w3.org/2000/svg""#))
        #expect(html.contains(#"<title id="ladder-title">"#) && html.contains(#"<title id="radar-title">"#))
        for tier in result.rubric.tiers { #expect(html.contains(">\(result.rubric.text(tier.title, "zh"))</text>")) }
        // Self-contained: no script, no resource from elsewhere.
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("url("))
        #expect(html.contains("@media print") && html.contains("@page"))
        // A header on every printed page, and rows never split across pages.
        #expect(html.contains(#"@top-center { content: "智能工厂评价报告 · 潍坊示例动力股份有限公司 · 卓越级智能工厂";"#))
        #expect(html.contains("tr, .keep, svg { break-inside: avoid; }"))
        #expect(html.contains("#summary { break-after: page; }") && html.contains("#appendix { break-before: page; }"))
    }

    @Test("English reports have English labels and the rubric's English texts")
    func english() throws {
        let result = try Self.result()
        let html = try Self.html(result, .en)
        #expect(html.contains(#"<html lang="en">"#))
        #expect(html.contains("Tier achieved: <strong>Excellent smart factory</strong>"))
        #expect(!html.contains("判定等级"))
        let markdown = try Self.markdown(result, .en)
        #expect(markdown.contains("## Roadmap to Leading smart factory"))
        #expect(markdown.contains("## Appendix for auditors"))
        try Self.checkTables(markdown)
    }

    @Test("every example's Markdown report keeps its tables whole")
    func markdownTables() throws {
        for path in ExampleEnterpriseTests.examples {
            let result = try ExampleEnterpriseTests.score(path)
            try Self.checkTables(try Self.markdown(result))
            try Self.checkTables(try Self.markdown(result, .en))
        }
    }

    @Test("a template that does not parse is refused with its position")
    func badTemplate() throws {
        #expect(throws: ReportTemplateError.self) { try ReportHTMLWriter(template: "<p>{{#open}}never closed</p>") }
        let custom = try ReportHTMLWriter(template: "<h1>{{enterpriseName}}</h1><p>{{total}}</p>")
        #expect(custom.write(ScoreView(try Self.result(), language: .zh, stamp: OutputStamp(date: "d"))) == "<h1>潍坊示例动力股份有限公司</h1><p>77.1</p>")
    }

    @Test("templates can read every stored field of the report model (the fast path lists them all)")
    func everyFieldReadable() throws {
        do {
            let model = ScoreView(try Self.result(), language: .zh, stamp: OutputStamp(date: "d"))
            var values: [Any] = [model, model.labels]
            values += model.facts.map { $0 as Any } + model.domains.map { $0 as Any } + model.tiers.map { $0 as Any }
            values += model.tiers.flatMap(\.rules).map { $0 as Any } + model.gates.map { $0 as Any } + model.planRows.map { $0 as Any }
            values += model.appendixConditions.map { $0 as Any } + model.appendixSources.map { $0 as Any }
            values += model.indicatorGroups.map { $0 as Any } + model.indicatorGroups.flatMap(\.rows).map { $0 as Any }
            var checked = 0
            for value in values {
                let parent = try #require(value as? any MustacheParent, "\(type(of: value))")
                for case let (label?, _) in Mirror(reflecting: value).children {
                    #expect(parent.child(named: label) != nil, "\(type(of: value)).\(label)")
                    checked += 1
                }
            }
            #expect(checked > 100)
        }
    }
}
