import ArgumentParser
import ZhizaoCEL

extension MessageLanguage: ExpressibleByArgument {}

/// `--lang zh|en`: the language of messages (Chinese by default).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "消息语言 Message language: zh | en.")
    var language: MessageLanguage = .zh
}
