import ArgumentParser
import ZhizaoKit

/// `zhizao rubrics`: the rubrics built into the binary.
struct RubricsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubrics",
        abstract: HelpText.line(Words.Help.Rubrics.abstract))

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let columns = Words.Loading.RubricList.self
        var rows: [[String]] = [[columns.id, columns.version, columns.title, columns.tiers, columns.indicators].map { $0.text(lang) }]
        var failed = false
        for (_, result) in ShippedRubrics.loadAll() {
            guard let rubric = result.rubric else {
                Output.diagnostics(result.diagnostics, language: lang)
                failed = true
                continue
            }
            let locale = lang.rawValue
            let tiers = rubric.tiers.map { rubric.text($0.title, locale) }.joined(separator: " → ")
            rows.append([rubric.id + (rubric.id == ShippedRubrics.defaultID ? columns.defaultMark.text(lang) : ""),
                         rubric.version, rubric.text(rubric.title, locale), tiers, String(rubric.indicators.count)])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        for row in rows {
            Output.standardOutput(zip(row, widths).map { DisplayWidth.padded($0, to: $1) }.joined(separator: "  ")
                .trimmingTrailingSpaces() + "\n")
        }
        if failed { throw ExitCode(2) }
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
