import ArgumentParser
import Foundation
import ZhizaoKit

@main
struct Zhizao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhizao",
        abstract: HelpText.line(Words.Help.Zhizao.abstract, separator: " — "),
        version: ZhizaoVersion.current,
        subcommands: [ScoreCommand.self, ReportCommand.self, RankCommand.self, CheckCommand.self, TemplateCommand.self, ImportCommand.self, DiffCommand.self,
                      ValidateCommand.self, RubricsCommand.self, RubricDocCommand.self, ExprCommand.self]
    )

    /// As ArgumentParser's, except that a usage error exits 2 (SPEC §4), not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
