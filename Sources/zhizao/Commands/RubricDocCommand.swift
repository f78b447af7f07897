import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao rubric-doc RUBRIC`: the rubric as a handbook a province can publish — domains,
/// indicators with their questions and choices, gates, tiers and rules, sources and what
/// is provisional — from the same file that scores.
struct RubricDocCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric-doc",
        abstract: HelpText.line(Words.Help.RubricDoc.abstract))

    @Argument(help: ArgumentHelp(Words.Help.RubricDoc.rubric, valueName: "RUBRIC"))
    var rubric: String

    @Option(help: ArgumentHelp(Words.Help.outputFormat(RubricDocFormat.listed), valueName: "FORMAT"), transform: RubricDocFormat.argument)
    var format: RubricDocFormat = .html

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.outputFile, valueName: "PATH"))
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        let loaded: Rubric
        switch catalog.resolve(rubric, origin: rubric) {
        case .rubric(let resolved, _):
            loaded = resolved
        case .failed(let diagnostics):
            Output.diagnostics(diagnostics, language: language.language)
            throw ExitCode(2)
        }
        let lang = language.language(for: loaded)
        let text: String
        do {
            text = try format.writer().write(RubricDocModel(loaded, language: lang, version: ZhizaoVersion.current))
        } catch {
            Output.standardError("\(format.rawValue): error: \(error.message.text(lang))\n")
            throw ExitCode(2)
        }
        try Output.document(text, to: output, language: lang)
    }
}
