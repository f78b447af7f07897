import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

/// `zhizao diff OLD NEW`: what changed between two assessments of one enterprise (last
/// year, this year), or one assessment under two rubric versions (`--old-rubric`,
/// `--new-rubric`).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: HelpText.line(Words.Help.Diff.abstract),
        discussion: HelpText.discussion(HelpText.example(Words.Help.Diff.twoRubricVersions, [Words.Help.Diff.twoRubricVersionsExample]),
                                        HelpText.paragraph(Words.Help.Diff.precedence),
                                        HelpText.exitStatuses(Words.Help.Diff.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Diff.old))
    var old: String

    @Argument(help: ArgumentHelp(Words.Help.Diff.new))
    var new: String

    @OptionGroup var rubricOption: RubricOption

    @Option(name: .customLong("old-rubric"), help: ArgumentHelp(Words.Help.Diff.oldRubric, valueName: "PATH|ID"))
    var oldRubric: String?

    @Option(name: .customLong("new-rubric"), help: ArgumentHelp(Words.Help.Diff.newRubric, valueName: "PATH|ID"))
    var newRubric: String?

    @Option(help: ArgumentHelp(Words.Help.outputFormat(DiffFormat.listed)), transform: DiffFormat.argument)
    var format: DiffFormat = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        // One catalog for both sides: a rubric named twice is loaded once, the same object.
        let shared = try rubricOption.load(catalog, language: language.language)
        let oldOverride = try RubricOption.load(oldRubric, option: "--old-rubric", catalog, language: language.language) ?? shared
        let newOverride = try RubricOption.load(newRubric, option: "--new-rubric", catalog, language: language.language) ?? shared
        // Both files are read before giving up, so every problem is reported in one run.
        let before = score(old, rubric: oldOverride, catalog)
        let after = score(new, rubric: newOverride, catalog)
        guard let before, let after else { throw ExitCode(2) }
        let diff = AssessmentDiff(old: before, new: after)
        Output.standardOutput(format.render(diff, language: language.language(for: after.rubric), version: ZhizaoVersion.current))
    }

    /// The scored assessment, or nil after printing why it cannot be scored.
    private func score(_ path: String, rubric: Rubric?, _ catalog: RubricCatalog) -> ScoreResult? {
        // No improvement plan: a diff compares what was decided, not what could be.
        switch AssessmentPipeline(catalog: catalog, rubricOverride: rubric, planOptions: nil).process(path: path) {
        case .scored(let result):
            return result
        case .rejected(let diagnostics):
            Output.diagnostics(diagnostics, language: language.language)
            return nil
        }
    }
}
