import Foundation
import Mustache

/// Writes `ranking.html` a piece at a time. `Reports/ranking.html.mustache` stays one
/// readable template; it is cut at its `{{#lists}}` and `{{#rows}}` sections into five
/// fragments (page head, list head, row, list tail, page tail), each rendered as Mustache
/// would render that part of the whole, so a batch of 100,000 rows streams to the file
/// instead of being built as one string.
struct RankingPage {
    let pageHead, listHead, row, listTail, pageTail: MustacheTemplate

    /// The section tags the template is cut at; `{{#lists}}` and `{{/lists}}` stand on lines
    /// of their own, which Mustache drops whole (newline included).
    private static let cuts = ["{{#lists}}\n", "{{#rows}}", "{{/rows}}", "{{/lists}}\n"]

    init(template text: String) throws(ReportTemplateError) {
        var pieces: [Substring] = []
        var rest = Substring(text)
        for cut in Self.cuts {
            guard let range = rest.range(of: cut) else {
                throw ReportTemplateError(message: Words.Ranking.templateLacks(cut.trimmingCharacters(in: .newlines)))
            }
            pieces.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
        }
        pieces.append(rest)
        let templates = try pieces.map { piece throws(ReportTemplateError) in try ReportTemplates.compile(String(piece)) }
        (pageHead, listHead, row, listTail, pageTail) = (templates[0], templates[1], templates[2], templates[3], templates[4])
    }

    /// The page built into the binary (`Reports/ranking.html.mustache`; a test renders it).
    static func builtIn() throws(ReportTemplateError) -> RankingPage {
        try RankingPage(template: ReportTemplates.builtIn("ranking.html.mustache"))
    }

    func write<Out: TextOutputStream>(_ page: RankingPageModel, _ view: RankingView, to out: inout Out) {
        out.write(pageHead.render(page))
        for (list, section) in zip(view.lists, page.lists) {
            // Inside `{{#lists}}` a name not found on the list is looked up on the page.
            let context = Stacked(inner: section, outer: page)
            out.write(listHead.render(context))
            for line in list.rows { page.row(line).writeHTML(to: &out) }
            out.write(listTail.render(context))
        }
        out.write(pageTail.render(page))
    }
}

/// A section's context: the inner object first, then the one around it.
private struct Stacked: MustacheParent {
    let inner: any MustacheParent
    let outer: any MustacheParent
    func child(named name: String) -> Any? { inner.child(named: name) ?? outer.child(named: name) }
}
