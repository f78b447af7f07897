import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`: the language of messages. Without it: the rubric's first locale where a
/// rubric is known, else Chinese.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(Words.Help.LanguageOption.help))
    var requested: Language?

    var language: Language { requested ?? .zh }

    func language(for rubric: Rubric?) -> Language {
        requested ?? rubric.flatMap { Language(rawValue: $0.defaultLocale) } ?? .zh
    }
}
