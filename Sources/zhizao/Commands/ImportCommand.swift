import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao import FILE.csv|xlsx -o DIR`: the rows of a filled-in questionnaire as assessment
/// files, one per enterprise (SPEC §4).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.line(Words.Help.Import.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Import.about), HelpText.exitStatuses(Words.Help.Import.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Import.file))
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.Import.output, valueName: "DIR"))
    var output: String

    @Flag(help: ArgumentHelp(Words.Help.Import.force))
    var force = false

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption
    @OptionGroup var limitOption: LimitOption

    func validate() throws {
        guard SpreadsheetInput.isSpreadsheet(file) else { throw ValidationError(oneLine: Words.CommandLine.notASpreadsheet(file)) }
    }

    func run() throws {
        let lang = language.language
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: lang)
        var pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: nil)
        pipeline.limits = try limitOption.limits()
        var importer = SheetImporter(pipeline: pipeline, language: lang)
        importer.overwrite = force
        let report: SheetImporter.Report
        do {
            report = try importer.run(file, to: output)
        } catch {
            Output.cannotWrite(output, error, language: lang)
            throw ExitCode(2)
        }
        for (_, diagnostics) in report.rejected { Output.diagnostics(diagnostics, language: lang) }
        Output.diagnostics(report.warnings, language: lang)
        for line in report.lines { Output.standardOutput(line(lang) + "\n") }
        // Rows are those read (a line each); a file that could not be read has none.
        let rows = report.lines.count
        if rows == 0 && !report.rejected.isEmpty {
            Output.standardOutput(Words.Questionnaire.fileNotImported(lang) + "\n")
            throw ExitCode(2)
        }
        Output.standardOutput(Words.Questionnaire.imported(rows: rows, written: report.written.count - report.unchanged.count,
                                                           unchanged: report.unchanged.count, refused: rows - report.written.count,
                                                           into: output)(lang) + "\n")
        if !report.rejected.isEmpty { throw ExitCode(2) }
    }
}
