import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao template --format yaml|csv|xlsx -o FILE`: a blank questionnaire for consultants
/// (SPEC §4), from `--rubric` or the default shipped rubric.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "生成空白问卷 Write a blank questionnaire (YAML, CSV or XLSX).",
        discussion: """
            yaml：每个问题、选项和说明都写成注释，可直接在编辑器中填写。csv / xlsx：第一行为字段 id，第二行为中文标题，每家企业一行；xlsx 另有下拉选项、数值范围和“问题说明”工作表。填好后用 zhizao import 或 zhizao rank 读取。
            yaml: every question, choice and guidance as comments, to fill in an editor. csv / xlsx: a row of ids, a row of titles, one enterprise per row; xlsx adds drop-downs, number bounds and a sheet of questions. Read them back with zhizao import or zhizao rank.
            退出码 Exit status: 0 完成 done; 2 用法错误或无法写入 usage error or cannot write.
            """)

    @Option(help: ArgumentHelp("格式 Format: \(TemplateFormat.listed).", valueName: "FORMAT"), transform: TemplateFormat.argument)
    var format: TemplateFormat = .yaml

    @Option(name: .shortAndLong, help: ArgumentHelp("写入文件（yaml/csv 默认输出到屏幕） Write to this file (yaml and csv default to standard output).", valueName: "FILE"))
    var output: String?

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if !format.isText && output == nil { throw ValidationError("--format \(format.rawValue) 需要 -o FILE / needs -o FILE") }
    }

    func run() throws {
        let catalog = RubricCatalog()
        let rubric = try rubricOption.load(catalog, language: language.language) ?? RubricOption.defaultRubric(catalog)
        let lang = language.language(for: rubric)
        let questionnaire = Questionnaire(rubric: rubric, language: lang)
        let document: TemplateDocument
        do {
            document = try format.writer.write(questionnaire)
        } catch {
            // Only a workbook can fail here: its archive could not be made.
            Output.cannotWrite(output ?? "-", error, language: lang)
            throw ExitCode(2)
        }
        switch document {
        case .text(let text):
            try Output.document(text, to: output, language: lang)
        case .binary(let data):
            guard let output else { throw ExitCode(2) }  // validate() asks for -o
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                Output.cannotWrite(output, error, language: lang)
                throw ExitCode(2)
            }
        }
    }
}
