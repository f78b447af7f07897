import ArgumentParser
import ZhizaoKit

/// `zhizao validate FILE…`: checks rubrics and assessments; exit 2 on any error.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpText.line(Words.Help.Validate.abstract),
        discussion: HelpText.exitStatuses(Words.Help.Validate.exitStatuses))

    @Argument(help: ArgumentHelp(Words.Help.Validate.files))
    var files: [String]

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let catalog = RubricCatalog()
        let validator = FileValidator(catalog: catalog, rubricOverride: try rubricOption.load(catalog, language: lang))
        let found = InputFinder.expand(files)
        // A folder or entry that cannot be read is an error, never passed over in silence.
        Output.diagnostics(found.unreadable.map { $0.error.diagnostic(file: $0.path) }, language: lang)
        var errors = !found.unreadable.isEmpty
        for file in found.files {
            let report = validator.validate(file)
            Output.diagnostics(report.diagnostics, language: lang)
            errors = errors || report.hasErrors
            let summary: Phrase
            switch report.kind {
            case .rubric(let rubric):
                summary = Words.Validation.validRubric(file, id: rubric.id, version: rubric.version, indicators: rubric.indicators.count,
                                                       tiers: rubric.tiers.count, provisional: rubric.provisionalCount)
            case .assessment(let assessment):
                summary = Words.Validation.validAssessment(file, answers: assessment.answers.count)
            case .rubricPart:
                summary = Words.Validation.rubricPart(file)
            case .invalid:
                summary = Words.Validation.invalid(file)
            }
            Output.standardOutput(summary.text(lang) + "\n")
        }
        if errors { throw ExitCode(2) }
    }
}
