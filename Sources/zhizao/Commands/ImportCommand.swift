import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao import FILE.csv|xlsx -o DIR`: the rows of a filled-in questionnaire as assessment
/// files, one per enterprise (SPEC §4).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "把表格逐行转换为评估文件 Turn each row of a CSV/XLSX questionnaire into an assessment file.",
        discussion: """
            文件按统一社会信用代码命名（没有代码时为 row-行号.yaml）。有错误的行不写出，每个错误都指明单元格和应填内容。输出文件夹中内容不同的同名文件不会被覆盖，除非加 --force。
            Files are named by credit code (row-N.yaml without one). A row with errors is not written; every error names its cell and what was expected. A file in DIR with other content is never replaced without --force.
            退出码 Exit status: 0 全部写出 every row written; 2 有行被拒绝或无法读取 some rows refused, or unreadable input.
            """)

    @Argument(help: "问卷表格（.csv 或 .xlsx） The filled-in questionnaire.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("输出文件夹 Folder for the assessment files.", valueName: "DIR"))
    var output: String

    @Flag(help: "覆盖输出文件夹中内容不同的同名文件 Replace files in DIR that hold something else (never done without it).")
    var force = false

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard SpreadsheetInput.isSpreadsheet(file) else { throw ValidationError("\(file)：需要 .csv 或 .xlsx 文件 / needs a .csv or .xlsx file") }
    }

    func run() throws {
        let lang = language.language
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: lang)
        var importer = SheetImporter(pipeline: AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: nil), language: lang)
        importer.overwrite = force
        let report: SheetImporter.Report
        do {
            report = try importer.run(file, to: output)
        } catch {
            Output.cannotWrite(output, error, language: lang)
            throw ExitCode(2)
        }
        for (_, diagnostics) in report.rejected { Output.diagnostics(diagnostics, language: lang) }
        let rows = report.written.count + report.rejected.count
        Output.standardOutput(Words.Questionnaire.imported(rows: rows, written: report.written.count, refused: report.rejected.count,
                                                           into: output)(lang) + "\n")
        if !report.rejected.isEmpty { throw ExitCode(2) }
    }
}
