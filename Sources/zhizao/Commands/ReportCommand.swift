import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao report FILE`: the full report of one assessment (SPEC §4–§5), as a
/// self-contained HTML page, Markdown, JSON or a Word document. The format is `--format`'s,
/// else the one `-o`'s ending names, else HTML; HTML and Word never go to a terminal.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.line(Words.Help.Report.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Report.about), HelpText.paragraph(Words.Help.Report.formats),
                                        HelpText.examples(Words.Help.Report.exampleCommands), HelpText.exitStatuses(Words.Help.Report.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Report.file))
    var file: String

    @OptionGroup var rubricOption: RubricOption

    @Option(help: ArgumentHelp(Words.Help.Report.format(ReportFormat.listed), valueName: "FORMAT"), transform: ReportFormat.argument)
    var format: ReportFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.Report.output, valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp(Words.Help.Report.template, valueName: "FILE"))
    var template: String?

    @OptionGroup var margin: MarginOption

    @OptionGroup var language: LanguageOption
    @OptionGroup var limitOption: LimitOption

    func validate() throws {
        let format = try chosenFormat()
        // Standard output on a terminal: Markdown and JSON are read there; HTML and Word are
        // not, and a page of markup in the terminal helps no one.
        if output == nil && !format.isReadableInTerminal && isatty(1) == 1 {
            throw ValidationError(twoLines: Words.CommandLine.reportNotForTerminal(format: format.displayName, ending: format.fileExtension))
        }
    }

    /// `--format`, else the format `-o`'s ending names, else HTML. A `-o` ending that names
    /// no format needs `--format`; one that names another format than `--format` is refused.
    func chosenFormat() throws -> ReportFormat {
        try ReportFormat.chosen(format, output: output, fallback: .html, unknownEnding: Words.CommandLine.unknownReportExtension)
    }

    func run() throws {
        let format = try chosenFormat()
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        let plan = margin.planOptions
        var pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: plan)
        pipeline.limits = try limitOption.limits()
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
        let writer: any ReportWriter
        do {
            writer = try format.writer(template: templateText)
        } catch {
            Output.standardError("\(template ?? format.rawValue): error: \(error.message.text(lang))\n")
            throw ExitCode(2)
        }
        let document: ReportDocument
        do {
            document = try writer.document(ScoreView(result, language: lang, stamp: OutputStamp.current()))
        } catch {
            // Only a Word document can fail here: its archive could not be made.
            Output.cannotWrite(output ?? "-", error, language: lang)
            throw ExitCode(2)
        }
        try Output.document(document.data, to: output, language: lang)
    }
}
