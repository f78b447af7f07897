import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao report FILE`: the full report of one assessment (SPEC §4–§5), as a
/// self-contained HTML page, Markdown or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.line(Words.Help.Report.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Report.about), HelpText.exitStatuses(Words.Help.Report.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Report.file))
    var file: String

    @OptionGroup var rubricOption: RubricOption

    @Option(help: ArgumentHelp(Words.Help.outputFormat(ReportFormat.listed), valueName: "FORMAT"), transform: ReportFormat.argument)
    var format: ReportFormat = .html

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.outputFile, valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp(Words.Help.Report.template, valueName: "FILE"))
    var template: String?

    @OptionGroup var margin: MarginOption

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        let plan = margin.planOptions
        let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: plan)
        let result: ScoreResult
        switch pipeline.process(path: file) {
        case .rejected(let diagnostics):
            Output.diagnostics(diagnostics, language: language.language)
            throw ExitCode(2)
        case .scored(let scored):
            result = scored
        }
        let lang = language.language(for: result.rubric)
        var templateText: String?
        if let template {
            guard let data = FileManager.default.contents(atPath: template), let text = String(data: data, encoding: .utf8) else {
                Output.standardError("\(template):1:1: error: " + Words.Report.cannotReadTemplate(lang) + "\n")
                throw ExitCode(2)
            }
            templateText = text
        }
        let writer: any ScoreWriter
        do {
            writer = try format.writer(template: templateText)
        } catch {
            Output.standardError("\(template ?? format.rawValue): error: \(error.message.text(lang))\n")
            throw ExitCode(2)
        }
        let text = writer.write(ScoreView(result, language: lang, stamp: OutputStamp.current()))
        try Output.document(text, to: output, language: lang)
    }
}
