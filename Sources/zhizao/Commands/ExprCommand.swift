import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao expr 'EXPRESSION' [--var name=JSON]…`: evaluate one rule expression.
struct ExprCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "expr",
        abstract: "计算一个规则表达式 Evaluate one rule expression (CEL) and print its value and type.",
        discussion: """
            示例 Examples:
              zhizao expr 'total >= 60.0 && domain.production >= 50.0' \\
                  --var total=63.4 --var 'domain={"production": 48.5}'
              zhizao expr "profile.accident_grade_3y in ['none', 'general']" \\
                  --var 'profile={"accident_grade_3y": "none"}'
            退出码 Exit status: 0 值已算出 value computed; 1 计算出错 evaluation error; 2 表达式或变量无效 invalid expression or variable.
            """
    )

    @Argument(help: "CEL 表达式 The CEL expression.")
    var expression: String

    @Option(name: .customLong("var"), help: ArgumentHelp(
        "变量，写作 名称=JSON Bind a variable, as name=JSON (repeatable).", valueName: "name=JSON"))
    var variables: [String] = []

    @Flag(help: "不做静态类型检查 Skip static checking (problems appear when evaluating).")
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
            print("\(CELValueFormatter.literal(value)) (\(type))")
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
