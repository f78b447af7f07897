/// The distribution of totals in a ranking (SPEC §4 `ranking.html`): one bar per 5 points
/// from 0 to 100, its height the number of applicants. Inline SVG with a `<title>`; the
/// only text is numbers and the escaped title.
struct ScoreHistogramChart {
    /// Applicants per bin: bin i holds totals in [5i, 5i + 5), the last also 100.
    let bins: [Int]
    let title: String

    init(totals: [ExactNumber], title: String) {
        var bins = Array(repeating: 0, count: 20)
        for total in totals {
            let bin = min(19, max(0, Int(total.doubleValue / 5)))
            bins[bin] += 1
        }
        self.bins = bins
        self.title = title
    }

    func svg() -> String {
        let (width, height, left, bottom) = (640.0, 220.0, 40.0, 28.0)
        let top = 12.0
        let plotHeight = height - bottom - top
        let barWidth = (width - left - 8) / Double(bins.count)
        let largest = max(1, bins.max() ?? 1)
        var parts = [##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(Int(width)) \##(Int(height))" role="img" aria-labelledby="histogram-title" class="histogram">"##,
                     ##"<title id="histogram-title">\##(Markup.html(title))</title>"##]
        parts.append(##"<line x1="\##(f(left))" y1="\##(f(height - bottom))" x2="\##(f(width - 8))" y2="\##(f(height - bottom))" stroke="#4a5560"/>"##)
        parts.append(##"<text x="\##(f(left - 6))" y="\##(f(top + 4))" text-anchor="end" font-size="11" fill="#4a5560">\##(largest)</text>"##)
        parts.append(##"<text x="\##(f(left - 6))" y="\##(f(height - bottom))" text-anchor="end" font-size="11" fill="#4a5560">0</text>"##)
        for (index, count) in bins.enumerated() {
            let x = left + Double(index) * barWidth
            let h = plotHeight * Double(count) / Double(largest)
            if count > 0 {
                parts.append(##"<rect x="\##(f(x + 1))" y="\##(f(height - bottom - h))" width="\##(f(barWidth - 2))" height="\##(f(h))" fill="#0b3d91"><title>\##(index * 5)–\##(index * 5 + 5): \##(count)</title></rect>"##)
            }
            if index % 2 == 0 {
                parts.append(##"<text x="\##(f(x))" y="\##(f(height - bottom + 16))" text-anchor="middle" font-size="11" fill="#4a5560">\##(index * 5)</text>"##)
            }
        }
        parts.append(##"<text x="\##(f(width - 8))" y="\##(f(height - bottom + 16))" text-anchor="end" font-size="11" fill="#4a5560">100</text>"##)
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private func f(_ value: Double) -> String { Chart.number(value) }
}
