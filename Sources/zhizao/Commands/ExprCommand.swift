import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao expr 'EXPRESSION' [--var name=JSON]…`: evaluate one rule expression.
struct ExprCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expr",
        abstract: HelpText.line(Words.Help.Expr.abstract),
        discussion: HelpText.discussion(HelpText.examples(Words.Help.Expr.exampleCommands), HelpText.exitStatuses(Words.Help.Expr.exitStatuses))
    )

    @Argument(help: ArgumentHelp(Words.Help.Expr.expression))
    var expression: String

    @Option(name: .customLong("var"), help: ArgumentHelp(Words.Help.Expr.variable, valueName: "name=JSON"))
    var variables: [String] = []

    @Flag(help: ArgumentHelp(Words.Help.Expr.dynamic))
    var dynamic = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        var parsed: [ExpressionTrial.Variable] = []
        var failed = false
        for assignment in variables {
            switch ExpressionTrial.Variable.parse(assignment) {
            case .success(let variable): parsed.append(variable)
            case .failure(let error):
                let printer = DiagnosticPrinter(sourceName: "--var", sourceText: assignment, language: lang)
                let column = error.column + (assignment.firstIndex(of: "=").map { assignment[...$0].unicodeScalars.count } ?? 0)
                Output.standardError(printer.render(line: error.line, column: column, message: error.message.text(lang)))
                failed = true
            }
        }
        if failed { throw ExitCode(2) }

        let trial = ExpressionTrial(source: expression, variables: parsed, checking: dynamic ? .dynamic : .strict)
        let printer = DiagnosticPrinter(sourceName: "<expr>", sourceText: expression, language: lang)
        switch trial.run() {
        case .value(let value, let type):
            Output.standardOutput("\(CELValueFormatter.literal(value)) (\(type))\n")
        case .compileErrors(let diagnostics):
            for diagnostic in diagnostics { Output.standardError(printer.render(diagnostic)) }
            throw ExitCode(2)
        case .evaluationError(let error, let location):
            Output.standardError(printer.render(line: location.line, column: location.column,
                                                          message: error.message(lang)))
            throw ExitCode(1)
        }
    }
}
