import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// Issue 16: the report as a Word document. Every part is well-formed XML whatever the input
// holds; Word's own heading styles, A4, tables with a repeated header row; the main part
// shows no fingerprint or expression, the appendix does; the same input gives the same bytes.

@Suite("Word report")
struct ReportDocxTests {
    static func view(_ result: ScoreResult, _ language: Language = .zh) -> ScoreView {
        ScoreView(result, language: language, stamp: OutputStamp(date: "2026-05-20", version: "test"))
    }

    /// The document's parts by path, before they are zipped.
    static func parts(_ view: ScoreView) -> [String: String] {
        var parts: [String: String] = [:]
        for part in ReportDocxWriter().build(view).parts() { parts[part.path] = part.text }
        return parts
    }

    /// The text a reader sees in a part: its paragraphs, one a line, each the text of its
    /// runs (a line break in a run is a `<w:br/>`, shown here as a line break too).
    static func text(_ xml: String) throws -> String {
        let document = try XMLDocument(data: Data(xml.utf8))
        return try document.nodes(forXPath: "//*[local-name()='p']").map { paragraph in
            try paragraph.nodes(forXPath: ".//*[local-name()='t' or local-name()='br']")
                .map { $0.localName == "br" ? "\n" : ($0.stringValue ?? "") }.joined()
        }.joined(separator: "\n")
    }

    @Test("markup, quotes, an ampersand and control characters in a name: every part parses as XML and shows the name as text")
    func escaping() throws {
        let result = try ReportTests.result(replacing: "name: 潍坊示例动力股份有限公司",
                                            with: #"name: "<script>alert('x')</script> & \"Q\" \x01A\x1fB\x7f 公司""#)
        let parts = Self.parts(Self.view(result))
        #expect(parts.count == 12)
        for (path, xml) in parts.sorted(by: { $0.key < $1.key }) {
            #expect(throws: Never.self, "\(path) is well-formed XML") { _ = try XMLDocument(data: Data(xml.utf8)) }
        }
        let document = try #require(parts["word/document.xml"])
        #expect(!document.contains("<script"))
        #expect(document.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Q&quot; AB"))
        let text = try Self.text(document)
        // The control characters are dropped (U+007F is a character XML holds; it stays).
        #expect(text.contains("<script>alert('x')</script> & \"Q\" AB\u{7F} 公司"))
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        // The page header and the document's properties hold the name too, escaped.
        #expect(try Self.text(try #require(parts["word/header1.xml"])).contains("<script>alert('x')</script> & \"Q\" AB"))
        let core = try XMLDocument(data: Data(try #require(parts["docProps/core.xml"]).utf8))
        #expect(try core.nodes(forXPath: "//*[local-name()='title']").first?.stringValue?.contains("</script> & \"Q\" AB") == true)
    }

    @Test("the same result and date give byte-identical documents; the date is the report's")
    func deterministic() throws {
        let first = try ReportDocxWriter().build(Self.view(try ReportTests.result())).data()
        let second = try ReportDocxWriter().build(Self.view(try ReportTests.result())).data()
        #expect(first == second)
        #expect(first.prefix(2) == Data("PK".utf8))
        #expect(Self.parts(Self.view(try ReportTests.result()))["docProps/core.xml"]?.contains(
            #"<dcterms:created xsi:type="dcterms:W3CDTF">2026-05-20T00:00:00Z</dcterms:created>"#) == true)
    }

    @Test("Word's own heading styles with outline levels and Chinese fonts, A4 pages, tables with a repeated header row")
    func styles() throws {
        let parts = Self.parts(Self.view(try ReportTests.result()))
        let styles = try #require(parts["word/styles.xml"])
        for level in 1...3 {
            #expect(styles.contains(#"<w:style w:type="paragraph" w:styleId="Heading\#(level)"><w:name w:val="heading \#(level)"/>"#))
            #expect(styles.contains(#"<w:outlineLvl w:val="\#(level - 1)"/>"#))
        }
        #expect(styles.contains(#"w:eastAsia="SimSun""#) && styles.contains(#"w:eastAsia="Microsoft YaHei""#))
        let document = try #require(parts["word/document.xml"])
        #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
        #expect(document.contains("<w:tblHeader/>"))
        #expect(document.contains(#"<w:pStyle w:val="Heading1"/>"#) && document.contains(#"<w:pStyle w:val="Heading2"/>"#))
        // Two tables never touch (Word would join them into one).
        #expect(!document.contains("</w:tbl>\n<w:tbl>") && !document.contains("</w:tbl><w:tbl>"))
    }

    @Test("sections in the HTML report's order; fingerprints, expressions and the values read with their ids only in the appendix")
    func content() throws {
        let result = try ReportTests.result()
        let view = Self.view(result)
        let text = try Self.text(try #require(Self.parts(view)["word/document.xml"]))
        let labels = view.labels
        let order = [labels.documentTitle, "潍坊示例动力股份有限公司", labels.verdict, "判定等级：卓越级智能工厂", "距离领航级智能工厂还差",
                     "总分 77.1 分，要求不低于 88 分（差 10.9 分）", labels.scores, view.planTitle, labels.conditions,
                     labels.answers, labels.warnings, "附录（供审核人员）"]
        var position = text.startIndex
        for heading in order {
            let found = try #require(text.range(of: heading, range: position..<text.endIndex), "\(heading) after the one before")
            position = found.upperBound
        }
        let appendix = try #require(text.range(of: "附录（供审核人员）"))
        let main = String(text[..<appendix.lowerBound]), back = String(text[appendix.upperBound...])
        let expression = try #require(result.rubric.gates.first?.expression.source)
        for auditorsOnly in [result.rubric.fingerprint, result.assessment.fingerprint, "zhizao test", expression, "total = 77.1", "metric.ai_share"] {
            let (inMain, inAppendix) = (main.contains(auditorsOnly), back.contains(auditorsOnly))
            #expect(!inMain && inAppendix, "\(auditorsOnly): only in the appendix")
        }
        // The main part still says what each condition is and whether it is met.
        let conditionsOnly = main.contains("总分不低于88分（暂定）") && main.contains("✗ 不满足")
        #expect(conditionsOnly, "a rule by its title, marked provisional, and its result")
        // English labels in English.
        let english = try Self.text(try #require(Self.parts(Self.view(result, .en))["word/document.xml"]))
        #expect(english.contains("Tier achieved: Excellent smart factory"))
        #expect(english.contains("Appendix for auditors"))
        #expect(!english.contains("判定等级"))
    }

    @Test("column widths follow their weights and fill the text width exactly")
    func widths() {
        #expect(WordDocument.widths([1, 3]) == [2409, 7229])
        for weights in [[5, 2, 4], [6, 4, 2, 2, 4, 4, 4], [1]] {
            #expect(WordDocument.widths(weights).reduce(0, +) == WordDocument.textWidth)
        }
    }
}
