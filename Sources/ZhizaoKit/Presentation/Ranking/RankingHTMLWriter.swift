/// `ranking.html`: how the ranking was made, the places per quota group, the counts, the
/// histogram of totals, the distribution, every list and the rejects, in one self-contained
/// page that a small inline script makes searchable, filterable and sortable; streamed a row
/// at a time (`RankingPage`).
public struct RankingHTMLWriter: RankingWriter {
    let page: RankingPage
    /// Whether each applicant's name links to its report in `reports/` (`rank --reports`).
    let reportLinks: Bool

    /// With the page built into the binary.
    public init(reportLinks: Bool = false) throws(ReportTemplateError) {
        page = try RankingPage.builtIn()
        self.reportLinks = reportLinks
    }

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        page.write(RankingPageModel(view, reportLinks: reportLinks ? RankingPageModel.reportLinks(view) : [:]), view, to: &out)
    }
}
