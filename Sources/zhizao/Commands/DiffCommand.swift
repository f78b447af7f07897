import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

/// `zhizao diff OLD NEW`: what changed between two assessments of one enterprise (last
/// year, this year), or one assessment under two rubric versions (`--old-rubric`,
/// `--new-rubric`).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "比较两份评估 Compare two assessments: answers, scores, tier and the rules that flipped.",
        discussion: """
            同一份评估按两个版本的细则比较 One assessment under two rubric versions:
              zhizao diff a.yaml a.yaml --old-rubric OLD --new-rubric NEW
            --old-rubric / --new-rubric 优先于 --rubric，--rubric 优先于评估文件中的 rubric 字段。
            --old-rubric / --new-rubric win over --rubric for their side; --rubric wins over the files' own.
            退出码 Exit status: 0 已比较（无论有无差异） compared, whether or not anything differs; 2 输入无效 invalid input.
            """)

    @Argument(help: "旧评估文件（YAML/JSON） The earlier assessment.")
    var old: String

    @Argument(help: "新评估文件（YAML/JSON） The later assessment.")
    var new: String

    @OptionGroup var rubricOption: RubricOption

    @Option(name: .customLong("old-rubric"), help: ArgumentHelp("旧评估使用的细则 Rubric for OLD (file or shipped id).", valueName: "PATH|ID"))
    var oldRubric: String?

    @Option(name: .customLong("new-rubric"), help: ArgumentHelp("新评估使用的细则 Rubric for NEW (file or shipped id).", valueName: "PATH|ID"))
    var newRubric: String?

    @Option(help: "输出格式 Output: \(DiffFormat.listed).", transform: DiffFormat.argument)
    var format: DiffFormat = .text

    @OptionGroup var language: LanguageOption

    func run() throws {
        let catalog = RubricCatalog()
        // One catalog for both sides: a rubric named twice is loaded once, the same object.
        let shared = try rubricOption.load(catalog, language: language.language)
        let oldOverride = try RubricOption.load(oldRubric, option: "--old-rubric", catalog, language: language.language) ?? shared
        let newOverride = try RubricOption.load(newRubric, option: "--new-rubric", catalog, language: language.language) ?? shared
        // Both files are read before giving up, so every problem is reported in one run.
        let before = score(old, rubric: oldOverride, catalog)
        let after = score(new, rubric: newOverride, catalog)
        guard let before, let after else { throw ExitCode(2) }
        let diff = AssessmentDiff(old: before, new: after)
        Output.standardOutput(format.render(diff, language: language.language(for: after.rubric), version: ZhizaoVersion.current))
    }

    /// The scored assessment, or nil after printing why it cannot be scored.
    private func score(_ path: String, rubric: Rubric?, _ catalog: RubricCatalog) -> ScoreResult? {
        // No improvement plan: a diff compares what was decided, not what could be.
        switch AssessmentPipeline(catalog: catalog, rubricOverride: rubric, planOptions: nil).process(path: path) {
        case .scored(let result):
            return result
        case .rejected(let diagnostics):
            Output.diagnostics(diagnostics, language: language.language)
            return nil
        }
    }
}
