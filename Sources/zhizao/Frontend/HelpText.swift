import ArgumentParser
import ZhizaoKit

/// ArgumentParser's help and usage errors, from the catalog (`Words.Help`,
/// `Words.CommandLine`). Both are printed while the command line is parsed, before `--lang`
/// is known, so they show both languages at once, Chinese first.
enum HelpText {
    /// `中文 English`: an abstract, an argument's or an option's help.
    static func line(_ phrase: Phrase, separator: String = " ") -> String {
        phrase.zh + separator + phrase.en
    }

    /// A paragraph of a discussion: the Chinese on one line, the English on the next.
    static func paragraph(_ phrase: Phrase) -> String {
        phrase.zh + "\n" + phrase.en
    }

    /// `示例 Examples:` and the command lines, indented.
    static func examples(_ commands: [String]) -> String {
        example(Words.Help.examples, commands)
    }

    /// `title:` and the command lines, indented.
    static func example(_ title: Phrase, _ commands: [String]) -> String {
        ([line(title) + ":"] + commands.flatMap { $0.split(separator: "\n").map { "  " + $0 } }).joined(separator: "\n")
    }

    /// `退出码 Exit status: 0 完成 done; 2 输入无效 invalid input.`
    static func exitStatuses(_ statuses: [Words.Help.ExitStatus]) -> String {
        line(Words.Help.exitStatus) + ": " + statuses.map { "\($0.code) " + line($0.meaning) }.joined(separator: "; ") + "."
    }

    /// A command's discussion: its parts, one after the other.
    static func discussion(_ parts: String...) -> String {
        parts.joined(separator: "\n")
    }
}

extension ArgumentHelp {
    /// An argument's or an option's help, `中文 English`.
    init(_ phrase: Phrase, valueName: String? = nil) {
        self.init(HelpText.line(phrase), valueName: valueName)
    }
}

extension ValidationError {
    /// A usage error on one line, `中文 / English` (`Words.CommandLine`).
    init(oneLine phrase: Phrase) {
        self.init(HelpText.line(phrase, separator: " / "))
    }

    /// A usage error made of two sentences, each whole: the Chinese on one line, the English
    /// on the next.
    init(twoLines phrase: Phrase) {
        self.init(HelpText.paragraph(phrase))
    }
}
