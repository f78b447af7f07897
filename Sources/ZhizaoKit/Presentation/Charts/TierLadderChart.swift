/// The tier ladder (SPEC §5): every tier as a step, lowest first and rising; the tiers
/// achieved filled, the result tier marked, the applied-for tier outlined. Inline SVG with
/// a `<title>` for screen readers; every label escaped here (the template inserts the SVG
/// unescaped).
struct TierLadderChart {
    struct Step {
        let title: String
        let achieved: Bool
        let isResult: Bool
        let isApplied: Bool
    }

    let steps: [Step]
    let title: String
    let achievedMark: String
    let appliedMark: String

    func svg() -> String {
        let width = 640.0
        let stepWidth = width / Double(max(steps.count, 1))
        let height = 150.0
        var parts: [String] = []
        parts.append(##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(Int(width)) \##(Int(height))" role="img" aria-labelledby="ladder-title" class="ladder">"##)
        parts.append(##"<title id="ladder-title">\##(Markup.html(title))</title>"##)
        for (index, step) in steps.enumerated() {
            // Each step rises: the first is the lowest.
            // The top step stays inside the box however many tiers there are.
            let rise = (steps.count > 1 ? min(24.0, 60.0 / Double(steps.count - 1)) : 0) * Double(index)
            let x = Double(index) * stepWidth + 4
            let y = 70.0 - rise
            let h = height - 30 - y
            let fill = step.achieved ? "#1b6e2e" : "#eef1f4"
            let text = step.achieved ? "#ffffff" : "#1a1a1a"
            let stroke = step.isApplied ? ##" stroke="#0b3d91" stroke-width="4" stroke-dasharray="8 4""## : ##" stroke="#8a96a3" stroke-width="1""##
            parts.append(##"<rect x="\##(f(x))" y="\##(f(y))" width="\##(f(stepWidth - 8))" height="\##(f(h))" rx="4" fill="\##(fill)"\##(stroke)/>"##)
            parts.append(##"<text x="\##(f(x + (stepWidth - 8) / 2))" y="\##(f(y + 24))" text-anchor="middle" font-size="14" fill="\##(text)">\##(Markup.html(step.title))</text>"##)
            var marks: [String] = []
            if step.isResult { marks.append("✓ " + achievedMark) }
            if step.isApplied { marks.append(appliedMark) }
            if !marks.isEmpty {
                parts.append(##"<text x="\##(f(x + (stepWidth - 8) / 2))" y="\##(f(height - 10))" text-anchor="middle" font-size="13" fill="#1a1a1a">\##(Markup.html(marks.joined(separator: " · ")))</text>"##)
            }
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }

    private func f(_ value: Double) -> String { Chart.number(value) }
}
