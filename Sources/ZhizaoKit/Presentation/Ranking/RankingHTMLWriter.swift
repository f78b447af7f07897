/// `ranking.html`: the summary, counts per tier and city, the histogram of totals, the
/// distribution, every list and the rejects, in one self-contained page, streamed a row at
/// a time (`RankingPage`).
public struct RankingHTMLWriter: RankingWriter {
    let page: RankingPage

    /// With the page built into the binary.
    public init() throws(ReportTemplateError) {
        page = try RankingPage.builtIn()
    }

    public func write<Out: TextOutputStream>(_ view: RankingView, to out: inout Out) {
        page.write(view, to: &out)
    }
}
