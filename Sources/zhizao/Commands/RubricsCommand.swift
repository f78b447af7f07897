import ArgumentParser
import ZhizaoKit

/// `zhizao rubrics`: the rubrics built into the binary.
struct RubricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubrics",
        abstract: HelpText.line(Words.Help.Rubrics.abstract))

    @OptionGroup var language: LanguageOption

    /// One block per rubric, in 80 columns whatever the language: the id with its version
    /// and size, the title, then the tiers, broken only after an arrow.
    func run() throws {
        let lang = language.language
        let words = Words.Loading.RubricList.self
        let width = 80
        var blocks: [[String]] = []
        var failed = false
        for (_, result) in ShippedRubrics.loadAll() {
            guard let rubric = result.rubric else {
                Output.diagnostics(result.diagnostics, language: lang)
                failed = true
                continue
            }
            let locale = lang.rawValue
            let id = rubric.id + (rubric.id == ShippedRubrics.defaultID ? words.defaultMark.text(lang) : "")
            var lines = [id + "  " + words.summary(version: rubric.version, indicators: rubric.indicators.count)(lang)]
            lines += DisplayWidth.wrap(rubric.text(rubric.title, locale), width: width - 4).map { "  " + $0 }
            lines += Self.tiers(rubric.tiers.map { rubric.text($0.title, locale) }, label: words.tiersLabel(lang), width: width)
            blocks.append(lines)
        }
        Output.standardOutput(blocks.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n"))
        if failed { throw ExitCode(2) }
    }

    /// `  等级：晨星工厂 → 卓越级智能工厂 → …`, continued under the first tier after an arrow.
    static func tiers(_ titles: [String], label: String, width: Int) -> [String] {
        let indent = 2 + DisplayWidth.of(label)
        var lines: [String] = []
        var line = "  " + label
        var empty = true
        for (index, title) in titles.enumerated() {
            // Room is kept for the arrow that ends the line if the tier after this one goes on the next.
            let arrow = index < titles.count - 1 ? 2 : 0
            if !empty && DisplayWidth.of(line) + 3 + DisplayWidth.of(title) + arrow > width {
                lines.append(line + " →")
                line = String(repeating: " ", count: indent)
                empty = true
            }
            line += (empty ? "" : " → ") + title
            empty = false
        }
        lines.append(line)
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
