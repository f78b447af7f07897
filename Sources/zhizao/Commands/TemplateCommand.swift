import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao template --format yaml|csv|xlsx -o FILE`: a blank questionnaire for consultants
/// (SPEC §4), from `--rubric` or the default shipped rubric.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: HelpText.line(Words.Help.Template.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Template.about), HelpText.exitStatuses(Words.Help.Template.exitStatuses)))

    @Option(help: ArgumentHelp(Words.Help.Template.format(TemplateFormat.listed), valueName: "FORMAT"), transform: TemplateFormat.argument)
    var format: TemplateFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.Template.output, valueName: "FILE"))
    var output: String?

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        let format = try chosenFormat()
        if !format.isText && output == nil { throw ValidationError(oneLine: Words.CommandLine.needsOutputFile(format: format.rawValue)) }
    }

    /// `--format`, else the format `-o`'s ending names (`问卷.xlsx`), else YAML. A `-o` ending
    /// that names no format needs `--format`; one that names another format is refused.
    func chosenFormat() throws -> TemplateFormat {
        try TemplateFormat.chosen(format, output: output, fallback: .yaml, unknownEnding: Words.CommandLine.unknownTemplateExtension)
    }

    func run() throws {
        let catalog = RubricCatalog()
        let rubric = try rubricOption.load(catalog, language: language.language) ?? RubricOption.defaultRubric(catalog)
        let lang = language.language(for: rubric)
        let questionnaire = Questionnaire(rubric: rubric, language: lang)
        let format = try chosenFormat()
        let document: TemplateDocument
        do {
            document = try format.writer.write(questionnaire)
        } catch {
            // Only a workbook can fail here: its archive could not be made.
            Output.cannotWrite(output ?? "-", error, language: lang)
            throw ExitCode(2)
        }
        switch document {
        case .text(let text):
            try Output.document(text, to: output, language: lang)
            // A CSV file has no room for the 填写说明: say where it is (not into a pipe's data).
            if format == .csv, output != nil { Output.standardError(Words.Template.csvHasNoInstructions(lang) + "\n") }
        case .binary(let data):
            guard let output else { throw ExitCode(2) }  // validate() asks for -o
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Output.cannotWrite(output, error, language: lang)
                throw ExitCode(2)
            }
        }
    }
}
