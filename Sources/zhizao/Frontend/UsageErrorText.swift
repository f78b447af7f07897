import ArgumentParser
import Foundation
import ZhizaoKit

/// ArgumentParser's usage errors in the user's language. Its error kinds are internal, so
/// they are told apart by the fixed English sentences it writes for each (one per kind, in
/// `ErrorMessageGenerator`); an error not recognised keeps ArgumentParser's words, and one
/// of zhizao's own (`ValidationError`, already in both languages) is left as it is.
enum UsageErrorText {
    /// The language asked for with `--lang` anywhere on the command line, or nil: then both
    /// languages are shown, Chinese first, as help and zhizao's own usage errors are.
    static func requestedLanguage(_ arguments: [String]) -> Language? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) }
            if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst("--lang=".count))) }
            index += 1
        }
        return nil
    }

    /// ArgumentParser's message (`message(for:)`) in words, or nil when it is not one of its own.
    static func phrase(_ message: String) -> Phrase? {
        if let match = message.wholeMatch(of: /Unknown option '(.+)'\. Did you mean '(.+)'\?/) {
            return Words.CommandLine.Parser.unknownOption(String(match.1), suggestion: String(match.2), english: message)
        }
        if let match = message.wholeMatch(of: /Unknown option '(.+)'/) {
            return Words.CommandLine.Parser.unknownOption(String(match.1), english: message)
        }
        if let match = message.wholeMatch(of: /Missing value for '(.+)'/) {
            return Words.CommandLine.Parser.missingValue(String(match.1), english: message)
        }
        if let match = message.wholeMatch(of: /Missing expected argument '(.+)'/) {
            return Words.CommandLine.Parser.missingArgument(String(match.1), english: message)
        }
        if let match = message.wholeMatch(of: /Missing one of: (.+)/) {
            return Words.CommandLine.Parser.missingOneOf(String(match.1), english: message)
        }
        if let match = message.wholeMatch(of: /Unexpected argument '(.+)'/) {
            return Words.CommandLine.Parser.unexpectedArguments([String(match.1)], english: message)
        }
        if let match = message.wholeMatch(of: /\d+ unexpected arguments: '(.+)'/) {
            return Words.CommandLine.Parser.unexpectedArguments(String(match.1).components(separatedBy: "', '"), english: message)
        }
        if let match = message.wholeMatch(of: /The option '(.+)' does not take any value, but '(.*)' was specified\./) {
            return Words.CommandLine.Parser.takesNoValue(String(match.1), value: String(match.2), english: message)
        }
        if let match = message.wholeMatch(of: /(?s)The value '(.*?)' is invalid for '(.+?)'(.*)/) {
            let (value, option, rest) = (String(match.1), String(match.2), String(match.3))
            if rest.isEmpty { return Words.CommandLine.Parser.invalidValue(value, for: option, english: message) }
            if rest.hasPrefix(". Please provide one of") {
                let valid = rest.hasPrefix(". Please provide one of the following:")
                    ? rest.split(separator: "\n").dropFirst().map { String($0.drop { $0 == " " || $0 == "-" }) }
                    : rest.matches(of: /'([^']*)'/).map { String($0.1) }
                return Words.CommandLine.Parser.invalidValue(value, for: option, valid: valid, english: message)
            }
            if rest.hasPrefix(": ") {
                // zhizao's own value types say why in both languages, a line each (`HelpText.paragraph`).
                let reason = rest.dropFirst(2).split(separator: "\n").map(String.init)
                guard reason.count == 2 else {
                    return Words.CommandLine.Parser.invalidValue(for: option, reason: reason.joined(separator: " "), english: message)
                }
                return Words.CommandLine.Parser.invalidValue(for: option, reason: reason[0], english: "\(option): \(reason[1])")
            }
            return nil
        }
        if let match = message.wholeMatch(of: /Invalid option: (.+)/) {
            return Words.CommandLine.Parser.invalidOption(String(match.1), english: message)
        }
        if message == "Missing required subcommand." { return Words.CommandLine.Parser.missingSubcommand(english: message) }
        if message.hasPrefix("Value to be set with ") { return Words.CommandLine.Parser.setTwice(english: message) }
        return nil
    }

    /// What is printed for a usage error: the message, the abstract of the option concerned
    /// when ArgumentParser names one, and the usage, laid out by display width.
    /// `fullText` is ArgumentParser's (`Error: …`, `Help: …`, `Usage: …`, `  See '…' …`).
    static func render(message: String, fullText: String, language: Language?, width: Int) -> String {
        let lines = fullText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let helpLine = lines.first { $0.hasPrefix("Help:  ") }.map { String($0.dropFirst("Help:  ".count)) }
        let usageStart = lines.firstIndex { $0.hasPrefix("Usage: ") }
        let usage = usageStart.map { start in
            String(lines[start...].prefix { !$0.hasPrefix("  See '") }.map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ").dropFirst("Usage: ".count))
        }
        let command = lines.first { $0.hasPrefix("  See '") }
            .flatMap { $0.firstMatch(of: /See '(.+) --help'/).map { String($0.1) } }
        let words = Words.CommandLine.Parser.self
        let said = phrase(message)
        var out: [String] = []
        switch language {
        case .some(let language):
            let text = said?(language) ?? message
            out += HelpLayout.paragraph(words.error(language), text, width: width)
            if let helpLine { out += HelpLayout.paragraph(words.help(language), helpLine, width: width) }
            if let usage { out += HelpLayout.usage(usage, label: words.usage(language), width: width) }
            if let command { out.append("  " + words.seeHelp(command)(language)) }
        case .none:
            // Both languages, Chinese first, as zhizao's own usage errors (`中文 / English`).
            let text = said.map { "\($0.zh) / \($0.en)" } ?? message
            out += HelpLayout.paragraph(HelpText.line(words.errorTitle) + ": ", text, width: width)
            if let helpLine { out += HelpLayout.paragraph(HelpText.line(words.helpTitle) + ":  ", helpLine, width: width) }
            if let usage { out += HelpLayout.usage(usage, label: HelpText.line(words.usageTitle) + ": ", width: width) }
            if let command { out.append("  " + HelpText.line(words.seeTitle) + ": \(command) --help") }
        }
        return out.joined(separator: "\n")
    }
}
