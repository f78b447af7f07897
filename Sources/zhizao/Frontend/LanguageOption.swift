import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

extension Language: ExpressibleByArgument {}

/// `--lang zh|en`: the language of messages. Without it: the rubric's first locale where a
/// rubric is known, else Chinese.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "语言（默认：细则的第一种语言） Language (default: the rubric's first): zh | en.")
    var requested: Language?

    var language: Language { requested ?? .zh }

    func language(for rubric: Rubric?) -> Language {
        requested ?? rubric.flatMap { Language(rawValue: $0.defaultLocale) } ?? .zh
    }
}
