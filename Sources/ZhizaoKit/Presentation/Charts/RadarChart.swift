import Foundation

/// The five domain scores as a radar chart (SPEC §5), with the next tier's floors drawn
/// dashed on the axes whose domain a rule sets a floor for — and only there: a floor on the
/// total is shown beside the total, never drawn on every domain. Inline SVG; labels escaped here.
struct RadarChart {
    struct Axis {
        let label: String
        /// 0–100, nil for a domain that does not apply.
        let score: Double?
        /// The next tier's floor on this domain, if a rule sets one.
        let threshold: Double?
    }

    let axes: [Axis]
    let title: String
    let thresholdLegend: String
    let scoreLegend: String

    func svg() -> String {
        let size = 360.0
        let center = size / 2
        let radius = 120.0
        let count = axes.count
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
            let r = radius * max(0, min(value, 100)) / 100
            return (center + r * cos(angle), center + r * sin(angle))
        }
        func polygon(_ values: [Double]) -> String {
            values.enumerated().map { index, value in
                let (x, y) = point(index, value)
                return "\(Chart.number(x)),\(Chart.number(y))"
            }.joined(separator: " ")
        }
        var parts: [String] = []
        parts.append(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="-150 -10 \##(Int(size + 300)) \##(Int(size + 50))" role="img" aria-labelledby="radar-title" class="radar">"##)
        parts.append(##"<title id="radar-title">\##(Markup.html(title))</title>"##)
        for ring in [25.0, 50, 75, 100] {
            parts.append(##"<polygon points="\##(polygon(Array(repeating: ring, count: count)))" fill="none" stroke="#c5ccd3" stroke-width="1"/>"##)
        }
        for index in 0..<count {
            let (x, y) = point(index, 100)
            parts.append(##"<line x1="\##(Chart.number(center))" y1="\##(Chart.number(center))" x2="\##(Chart.number(x))" y2="\##(Chart.number(y))" stroke="#c5ccd3" stroke-width="1"/>"##)
        }
        // Floors: a mark on each axis whose domain has one (a polygon through the axes without
        // one would draw floors no rule sets).
        let floors = axes.map(\.threshold)
        for (index, floor) in floors.enumerated() {
            guard let floor else { continue }
            let (x, y) = point(index, floor)
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
            let (dx, dy) = (-sin(angle) * 9, cos(angle) * 9)
            parts.append(##"<line x1="\##(Chart.number(x - dx))" y1="\##(Chart.number(y - dy))" x2="\##(Chart.number(x + dx))" y2="\##(Chart.number(y + dy))" stroke="#b3261e" stroke-width="3"/>"##)
        }
        parts.append(##"<polygon points="\##(polygon(axes.map { $0.score ?? 0 }))" fill="#1b6e2e" fill-opacity="0.25" stroke="#1b6e2e" stroke-width="2"/>"##)
        for (index, axis) in axes.enumerated() {
            let (x, y) = point(index, 116)
            let anchor = abs(x - center) < 1 ? "middle" : (x > center ? "start" : "end")
            let score = axis.score.map { String(format: "%.1f", $0) } ?? "—"
            // Title above, score below, large enough to read when the chart is printed small.
            let top = y < center - 1 ? y - 22 : (y > center + 1 ? y + 6 : y - 8)
            parts.append(##"<text x="\##(Chart.number(x))" y="\##(Chart.number(top))" text-anchor="\##(anchor)" font-size="20" fill="#1a1a1a"><tspan x="\##(Chart.number(x))">\##(Markup.html(axis.label))</tspan><tspan x="\##(Chart.number(x))" dy="22" font-weight="700">\##(score)</tspan></text>"##)
        }
        // Legend: only when floors are drawn (the filled shape explains itself).
        if floors.contains(where: { $0 != nil }) {
            let legendY = size + 30
            parts.append(##"<rect x="-60" y="\##(Int(legendY - 14))" width="18" height="14" fill="#1b6e2e" fill-opacity="0.25" stroke="#1b6e2e"/>"##)
            parts.append(##"<text x="-36" y="\##(Int(legendY))" font-size="18" fill="#1a1a1a">\##(Markup.html(scoreLegend))</text>"##)
            parts.append(##"<line x1="70" y1="\##(Int(legendY - 15))" x2="70" y2="\##(Int(legendY + 1))" stroke="#b3261e" stroke-width="3"/>"##)
            parts.append(##"<text x="82" y="\##(Int(legendY))" font-size="18" fill="#1a1a1a">\##(Markup.html(thresholdLegend))</text>"##)
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
