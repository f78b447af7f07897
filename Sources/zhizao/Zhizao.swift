import ArgumentParser
import Foundation
import ZhizaoKit

@main
struct Zhizao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhizao",
        abstract: HelpText.line(Words.Help.Zhizao.abstract, separator: " — "),
        version: VersionLine.text,
        subcommands: [ScoreCommand.self, ReportCommand.self, RankCommand.self, CheckCommand.self, TemplateCommand.self, ImportCommand.self, DiffCommand.self,
                      ValidateCommand.self, RubricsCommand.self, RubricDocCommand.self, ExprCommand.self]
    )

    /// As ArgumentParser's, except that a usage error exits 2 (SPEC §4), not 64, and is said
    /// in the user's language (`UsageErrorText`), and that help and usage are laid out by
    /// display width (`HelpLayout`): ArgumentParser renders them unwrapped, then they are wrapped.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let unwrapped = 100_000
            if exitCode(for: error) == .validationFailure {
                let arguments = Array(CommandLine.arguments.dropFirst())
                let text = UsageErrorText.render(message: message(for: error), fullText: fullMessage(for: error, columns: unwrapped),
                                                 language: UsageErrorText.requestedLanguage(arguments), width: HelpLayout.width)
                Output.standardError(text + "\n")
                Foundation.exit(2)
            }
            if exitCode(for: error) == .success {
                let text = fullMessage(for: error, columns: unwrapped)
                // Help, not the version or a completion script, which must stay as they are.
                if text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") {
                    Output.standardOutput(HelpLayout.help(text, width: HelpLayout.width) + "\n")
                    Foundation.exit(0)
                }
            }
            exit(withError: error)
        }
    }
}
