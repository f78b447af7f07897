import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

/// Help, `rubrics` and usage errors fit 80 columns, CJK counted as two, broken only between
/// words; ArgumentParser's own errors are said in the user's language (issue 17).
@Suite("help and usage errors")
struct HelpAndUsageErrorTests {
    static let commands = ["", "score", "report", "rank", "check", "template", "import", "diff", "validate", "rubrics", "rubric-doc", "expr"]

    /// The text with its line breaks and indentation taken out, and no space left beside a CJK
    /// character: what a reader reads, whatever the width it was wrapped to. A word broken
    /// inside (`assess` / `ment`) comes out as two.
    static func reading(_ text: String) -> String {
        var joined = ""
        for line in text.split(separator: "\n") {
            let content = line.drop { $0 == " " }
            if !joined.isEmpty { joined += " " }
            joined += content
        }
        let collapsed = joined.replacingOccurrences(of: #" {2,}"#, with: " ", options: .regularExpression)
        var out: [Unicode.Scalar] = []
        let scalars = Array(collapsed.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == " " {
                let before = index > 0 ? DisplayWidth.of(scalars[index - 1]) : 0
                let after = index + 1 < scalars.count ? DisplayWidth.of(scalars[index + 1]) : 0
                if before == 2 || after == 2 { continue }
            }
            out.append(scalar)
        }
        return String(String.UnicodeScalarView(out))
    }

    @Test("every command's --help fits 80 columns and breaks only between words", arguments: commands)
    func helpFits(_ command: String) throws {
        let arguments = (command.isEmpty ? [] : [command]) + ["--help"]
        let narrow = try CommandRunner.run(arguments, environment: ["COLUMNS": "80"])
        let wide = try CommandRunner.run(arguments, environment: ["COLUMNS": "2000"])
        #expect(narrow.status == 0 && wide.status == 0)
        let tooWide = narrow.stdout.split(separator: "\n").filter { DisplayWidth.of(String($0)) > 80 }
        #expect(tooWide.isEmpty, "\(tooWide.joined(separator: "\n"))")
        #expect(Self.reading(narrow.stdout) == Self.reading(wide.stdout))
        #expect(narrow.stdout.contains("OVERVIEW: ") && narrow.stdout.contains("USAGE: zhizao"))
    }

    @Test("zhizao help COMMAND is laid out as COMMAND --help")
    func helpSubcommand() throws {
        let help = try CommandRunner.run(["help", "rank"], environment: ["COLUMNS": "80"])
        let flag = try CommandRunner.run(["rank", "--help"], environment: ["COLUMNS": "80"])
        #expect(help.status == 0 && help.stdout == flag.stdout)
    }

    @Test("rubrics fits 80 columns in both languages", arguments: ["zh", "en"])
    func rubricsFit(_ language: String) throws {
        let result = try CommandRunner.run(["rubrics", "--lang", language])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 80 }, "\(result.stdout)")
        #expect(lines.contains { $0.hasPrefix("shandong-smart-factory") })
    }

    struct UsageCase: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let stderr: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let usage = (
        score: "zhizao score <files> ... [--rubric <PATH|ID>] [--format <FORMAT>]",
        scoreMore: "[--explain] [--min-tier <ID>] [--no-plan] [--margin <P>] [--lang <lang>]",
        scoreLimit: "[--limit <NAME=VALUE> ...]"
    )

    static let usageCases: [UsageCase] = [
        // Without --lang: both languages, Chinese first, as zhizao's own usage errors.
        UsageCase(arguments: ["score", "a.yaml", "--formt", "json"], stderr: """
            错误 Error: 没有选项 --formt（是否应为 --format？） / Unknown option
                        '--formt'. Did you mean '--format'?
            用法 Usage: zhizao score <files> ... [--rubric <PATH|ID>] [--format <FORMAT>]
                        [--explain] [--min-tier <ID>] [--no-plan] [--margin <P>]
                        [--lang <lang>] [--limit <NAME=VALUE> ...]
              详见 See: zhizao score --help

            """),
        UsageCase(arguments: ["validate"], stderr: """
            错误 Error: 缺少参数 <files> ... / Missing expected argument '<files> ...'
            说明 Help:  <files>  细则或评估文件（YAML/JSON），或包含它们的文件夹 Rubric or
                        assessment files, or folders holding them.
            用法 Usage: zhizao validate <files> ... [--rubric <PATH|ID>] [--lang <lang>]
              详见 See: zhizao validate --help

            """),
        UsageCase(arguments: ["frob"], stderr: """
            错误 Error: 多余的参数：frob / Unexpected argument 'frob'
            用法 Usage: zhizao <subcommand>
              详见 See: zhizao --help

            """),
        // --lang zh: Chinese only.
        UsageCase(arguments: ["score", "a.yaml", "--lang", "zh", "--margin"], stderr: """
            错误：--margin <P> 后面缺少值
            说明：--margin <P>  达标余量：计划在各分数门槛上多留 P 分（0–20，默认 0）
                  Margin: the plan clears every score threshold by at least P points (0 to
                  20, one decimal at most; default 0).
            用法：\(usage.score)
                  \(usage.scoreMore)
                  \(usage.scoreLimit)
              详见 zhizao score --help

            """),
        UsageCase(arguments: ["score", "a.yaml", "--no-plan=3", "--lang=zh"], stderr: """
            错误：--no-plan 不接受值，却给了“3”
            用法：\(usage.score)
                  \(usage.scoreMore)
                  \(usage.scoreLimit)
              详见 zhizao score --help

            """),
        UsageCase(arguments: ["score", "a.yaml", "--lang", "zh", "--format", "pdf"], stderr: """
            错误：--format <FORMAT>：没有“pdf”这种输出格式；可用：text | json
            说明：--format <FORMAT>  输出格式 Output: text | json (JSON Lines).
            用法：\(usage.score)
                  \(usage.scoreMore)
                  \(usage.scoreLimit)
              详见 zhizao score --help

            """),
        UsageCase(arguments: ["rank", "a.yaml", "b.yaml", "--lang", "zh"], stderr: """
            错误：缺少参数 --out <DIR>
            说明：--out <DIR>  输出文件夹 Folder for ranking.csv, ranking.json,
                  ranking.md, rejected.csv.
            用法：zhizao rank <inputs> ... --out <DIR> [--tier <ID>] [--quota <N>]
                  [--quota-by <city|industry>] [--jobs <N>] [--allow-incomplete] [--reports]
                  [--margin <P>] [--rubric <PATH|ID>] [--limit <NAME=VALUE> ...]
                  [--lang <lang>]
              详见 zhizao rank --help

            """),
        // --lang en: ArgumentParser's English, laid out in 80 columns.
        UsageCase(arguments: ["score", "a.yaml", "--lang", "en", "--formt", "json"], stderr: """
            Error: Unknown option '--formt'. Did you mean '--format'?
            Usage: \(usage.score)
                   \(usage.scoreMore)
                   \(usage.scoreLimit)
              See 'zhizao score --help' for more information.

            """),
        UsageCase(arguments: ["score", "a.yaml", "--lang", "fr"], stderr: """
            错误 Error: “fr”不是 --lang <lang> 的有效值；可选：zh、en / The value 'fr' is
                        invalid for '--lang <lang>'. Please provide one of 'zh' and 'en'.
            说明 Help:  --lang <lang>  语言（默认：细则的第一种语言） Language (default:
                        the rubric's first): zh | en.
            用法 Usage: zhizao score <files> ... [--rubric <PATH|ID>] [--format <FORMAT>]
                        [--explain] [--min-tier <ID>] [--no-plan] [--margin <P>]
                        [--lang <lang>] [--limit <NAME=VALUE> ...]
              详见 See: zhizao score --help

            """),
    ]

    @Test("ArgumentParser's errors in the user's language, with the usage, exit 2", arguments: usageCases)
    func usageErrors(_ example: UsageCase) throws {
        let result = try CommandRunner.run(example.arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == example.stderr)
    }

    @Test("zhizao's own usage errors keep both languages; with --lang the labels follow it")
    func ownUsageErrors() throws {
        let result = try CommandRunner.run(["template", "--format", "xlsx", "--lang", "zh"], environment: ["COLUMNS": "80"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("错误：--format xlsx 需要 -o FILE / needs -o FILE\n用法：zhizao template "), "\(result.stderr)")
    }
}
