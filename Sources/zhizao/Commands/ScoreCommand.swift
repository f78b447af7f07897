import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

/// `zhizao score FILE…`: the verdict for each assessment, rule by rule.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "评分并判定等级 Score assessments and decide their tier, with the reasons.",
        discussion: """
            退出码 Exit status: 0 完成 done; 1 未达到 --min-tier the --min-tier bar is not met; 2 输入无效 invalid input.
            """)

    @Argument(help: "评估文件（YAML/JSON） Assessment files.")
    var files: [String]

    @OptionGroup var rubricOption: RubricOption

    @Option(help: ArgumentHelp("输出格式 Output: \(ScoreFormat.listed) (JSON Lines).", valueName: "FORMAT"), transform: ScoreFormat.argument)
    var format: ScoreFormat = .text

    @Flag(help: "列出每条申报条件和规则 Show every gate and rule.")
    var explain = false

    @Option(name: .customLong("min-tier"), help: ArgumentHelp("未达到此等级则退出码为 1 Exit 1 unless this tier is achieved.", valueName: "ID"))
    var minTier: String?

    @Flag(name: .customLong("no-plan"), help: "不计算升级路径 Skip the improvement plan.")
    var noPlan = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: noPlan ? nil : PlanOptions())
        let writer = format.writer(explain: explain)
        let stamp = OutputStamp.current()
        var invalid = false
        var barMissed = false
        for (index, file) in files.enumerated() {
            switch pipeline.process(path: file) {
            case .rejected(let diagnostics):
                Output.diagnostics(diagnostics, language: language.language)
                invalid = true
            case .scored(let result):
                let lang = language.language(for: result.rubric)
                if let minTier {
                    guard result.rubric.tier(minTier) != nil else {
                        Output.standardError(Words.Score.unknownMinTier(minTier, known: result.rubric.tiers.map(\.id))(lang) + "\n")
                        throw ExitCode(2)
                    }
                    if result.verdict(minTier)?.achieved != true { barMissed = true }
                }
                if format == .text && index > 0 { Output.standardOutput("\n") }
                Output.standardOutput(writer.write(ScoreView(result, language: lang, stamp: stamp)))
            }
        }
        if invalid { throw ExitCode(2) }
        if barMissed { throw ExitCode(1) }
    }
}
