import Testing
@testable import ZhizaoKit

/// The presentation layer: format registries refuse what they do not know, and every output
/// of a result explains the tier the engine chose.
@Suite("Presentation")
struct PresentationTests {
    @Test("an unknown format id is an error naming the known ones, in both languages, never a fallback")
    func unknownFormat() throws {
        #expect(try ReportFormat.named("markdown") == .markdown)
        #expect(try ScoreFormat.named("json") == .json)
        let error = #expect(throws: UnknownFormat.self) { try ReportFormat.named("pdf") }
        #expect(error?.supported == ["html", "markdown", "json", "docx"])
        #expect(error?.message.text(.zh) == "没有“pdf”这种输出格式；可用：html | markdown | json | docx")
        #expect(error?.message.text(.en) == "no output format 'pdf'; choose one of: html | markdown | json | docx")
        #expect(throws: UnknownFormat.self) { try ScoreFormat.named("html") }
    }

    @Test("a JSON or Word report refuses a template instead of ignoring it")
    func jsonTemplate() throws {
        #expect(throws: ReportTemplateError.self) { try ReportFormat.json.writer(template: "{{total}}") }
        #expect(throws: ReportTemplateError.self) { try ReportFormat.docx.writer(template: "{{total}}") }
        #expect(try ReportFormat.html.writer(template: "{{total}}") is ReportHTMLWriter)
        #expect(try ReportFormat.docx.writer() is ReportDocxWriter)
    }

    @Test("a file's ending names a report format, in any letter case; other endings name none")
    func formatFromEnding() {
        let cases: [(String, ReportFormat?)] = [
            ("报告.html", .html), ("a/b.HTM", .html), ("r.md", .markdown), ("r.Markdown", .markdown), ("r.json", .json), ("报告.docx", .docx),
            ("r.pdf", nil), ("report", nil), (".docx", nil), ("dir.docx/report", nil), ("r.docx.txt", nil), ("r.txt.docx", .docx),
        ]
        for (path, format) in cases { #expect(ReportFormat.named(byExtensionOf: path) == format, "\(path)") }
        #expect(ReportFormat.knownExtensions == [".html", ".htm", ".md", ".markdown", ".json", ".docx"])
        #expect(ReportFormat.allCases.filter(\.isReadableInTerminal) == [.markdown, .json])
    }

    @Test("without a plan, the text still explains the focus tier: the next one up, or the applied-for one if higher")
    func focusWithoutPlan() throws {
        let rubric = try ZhizaoKitTests.rubric(arithmeticRubric)
        // The gate 规上 fails on the profile: no tier is achieved, so t1, the lowest, is the focus.
        let result = try score("a1: hi\nc1: true", profile: "{size_ok: false}", rubric: rubric)
        #expect(result.plan == nil)
        #expect(result.focusTier == "t1")
        let view = ScoreView(result, language: .en, stamp: OutputStamp(date: "d", version: "v"))
        #expect(view.focusTitle == "t1")
        let text = ScoreTextWriter().write(view)
        #expect(text.contains("Still missing for t1:"), "\(text)")
        #expect(text.contains("  ✗ Not met: 规上 (now: no)"), "\(text)")
        #expect(!text.contains("profile.size_ok"), "\(text)")
        // Applying for t3, which is higher: t3 becomes the focus, and its floors are the report's.
        let applying = try score("a1: hi\nc1: true", profile: "{size_ok: false}", rubric: rubric, extra: "applying_for: t3")
        #expect(applying.focusTier == "t3")
        #expect(ScoreView(applying, language: .en, stamp: OutputStamp(date: "d")).focusTitle == "t3")
    }

    @Test("a tier's floors are the highest ≥ or > comparison of total and of each domain in its rules")
    func floors() throws {
        let rubric = try ZhizaoKitTests.rubric("""
            format: zhizao.rubric/1
            id: floors
            version: "1"
            title: Floors
            domains: [{id: d, weight: 1}, {id: e, weight: 1}]
            indicators:
              - {id: x, domain: d, type: bool}
              - {id: y, domain: e, type: bool}
            tiers:
              - id: t
                rules:
                  - {id: a, expr: "total >= 60.0"}
                  - {id: b, expr: "total > 70.0 && domain.d >= 50.0"}
                  - {id: c, expr: "domain.e <= 90.0"}
            """)
        let floors = TierFloors(try #require(rubric.tier("t")))
        #expect(floors.total == 70)
        #expect(floors.domains == ["d": 50])
    }
}
