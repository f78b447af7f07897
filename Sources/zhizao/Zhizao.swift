import ArgumentParser
import ZhizaoKit

@main
struct Zhizao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhizao",
        abstract: "智造：智能工厂梯度评价工具 — scores smart-factory self-assessments against tier rubrics.",
        version: ZhizaoVersion.current,
        subcommands: [ScoreCommand.self, ReportCommand.self, ValidateCommand.self, RubricsCommand.self, ExprCommand.self]
    )
}
