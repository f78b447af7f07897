import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

/// `zhizao score FILE…`: the verdict for each assessment, rule by rule.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: HelpText.line(Words.Help.Score.abstract),
        discussion: HelpText.exitStatuses(Words.Help.Score.exitStatuses))

    @Argument(help: ArgumentHelp(Words.Help.Score.files))
    var files: [String]

    @OptionGroup var rubricOption: RubricOption

    @Option(help: ArgumentHelp(Words.Help.Score.format(ScoreFormat.listed), valueName: "FORMAT"), transform: ScoreFormat.argument)
    var format: ScoreFormat = .text

    @Flag(help: ArgumentHelp(Words.Help.Score.explain))
    var explain = false

    @Option(name: .customLong("min-tier"), help: ArgumentHelp(Words.Help.Score.minTier, valueName: "ID"))
    var minTier: String?

    @Flag(name: .customLong("no-plan"), help: ArgumentHelp(Words.Help.Score.noPlan))
    var noPlan = false

    @OptionGroup var margin: MarginOption

    @OptionGroup var language: LanguageOption
    @OptionGroup var limitOption: LimitOption

    func validate() throws {
        if noPlan && margin.typed != nil { throw ValidationError(oneLine: Words.CommandLine.marginWithoutPlan) }
    }

    func run() throws {
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        var pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: noPlan ? nil : margin.planOptions)
        pipeline.limits = try limitOption.limits()
        let writer = format.writer(explain: explain)
        let stamp = OutputStamp.current()
        var invalid = false
        var barMissed = false
        for (index, file) in files.enumerated() {
            switch pipeline.process(path: file) {
            case .rejected(let diagnostics):
                Output.diagnostics(diagnostics, language: language.language)
                invalid = true
            case .scored(let result):
                let lang = language.language(for: result.rubric)
                if let minTier {
                    guard result.rubric.tier(minTier) != nil else {
                        Output.standardError(Words.Score.unknownMinTier(minTier, known: result.rubric.tierList)(lang) + "\n")
                        throw ExitCode(2)
                    }
                    if result.verdict(minTier)?.achieved != true { barMissed = true }
                }
                if format == .text && index > 0 { Output.standardOutput("\n") }
                Output.standardOutput(writer.write(ScoreView(result, language: lang, stamp: stamp)))
            }
        }
        if invalid { throw ExitCode(2) }
        if barMissed { throw ExitCode(1) }
    }
}
