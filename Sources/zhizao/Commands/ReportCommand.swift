import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao report FILE`: the full report of one assessment (SPEC §4–§5), as a
/// self-contained HTML page, Markdown or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "生成评价报告 Write the full report of an assessment (HTML, Markdown or JSON).",
        discussion: """
            报告日期取当天；设置 SOURCE_DATE_EPOCH 可固定日期，便于复现。
            The report date is today; set SOURCE_DATE_EPOCH to fix it, for reproducible output.
            退出码 Exit status: 0 完成 done; 2 输入无效 invalid input.
            """)

    @Argument(help: "评估文件（YAML/JSON） The assessment file.")
    var file: String

    @OptionGroup var rubricOption: RubricOption

    @Option(help: ArgumentHelp("输出格式 Output: \(ReportFormat.listed).", valueName: "FORMAT"), transform: ReportFormat.argument)
    var format: ReportFormat = .html

    @Option(name: .shortAndLong, help: ArgumentHelp("写入文件（默认输出到屏幕） Write to this file (default: standard output).", valueName: "PATH"))
    var output: String?

    @Option(help: ArgumentHelp("自定义模板（HTML/Markdown，Mustache） Use this template instead of the built-in one.", valueName: "FILE"))
    var template: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override)
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
