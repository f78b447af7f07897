import ArgumentParser
import ZhizaoKit

/// `zhizao validate FILE…`: checks rubrics and assessments; exit 2 on any error.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "校验评价细则和评估文件 Check rubrics and assessments; every problem as file:line:col.",
        discussion: "退出码 Exit status: 0 无错误 no errors; 2 有错误 errors found.")

    @Argument(help: "细则或评估文件（YAML/JSON），或包含它们的文件夹 Rubric or assessment files, or folders holding them.")
    var files: [String]

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = language.language
        let zh = lang == .zh
        let catalog = RubricCatalog()
        let validator = FileValidator(catalog: catalog, rubricOverride: try rubricOption.load(catalog, language: lang))
        var errors = false
        for file in InputFinder.expand(files).files {
            let report = validator.validate(file)
            Output.diagnostics(report.diagnostics, language: lang)
            errors = errors || report.hasErrors
            let summary: String
            switch report.kind {
            case .rubric(let rubric):
                let provisional = rubric.provisionalCount
                summary = zh
                    ? "\(file)：有效的评价细则 \(rubric.id) \(rubric.version)（\(rubric.indicators.count) 个指标，\(rubric.tiers.count) 个等级，\(provisional) 个暂定条件或阈值）"
                    : "\(file): valid rubric \(rubric.id) \(rubric.version) (\(rubric.indicators.count) indicators, \(rubric.tiers.count) tiers, \(provisional) provisional conditions)"
            case .assessment(let assessment):
                summary = zh ? "\(file)：有效的评估文件（\(assessment.answers.count) 项回答）"
                    : "\(file): valid assessment (\(assessment.answers.count) answers)"
            case .rubricPart:
                summary = zh ? "\(file)：细则组成部分" : "\(file): rubric part"
            case .invalid:
                summary = zh ? "\(file)：无效" : "\(file): invalid"
            }
            Output.standardOutput(summary + "\n")
        }
        if errors { throw ExitCode(2) }
    }
}
