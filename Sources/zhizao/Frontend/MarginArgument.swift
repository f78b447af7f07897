import ArgumentParser
import ZhizaoKit

/// `--margin P` (SPEC §3): the points every score threshold must be cleared by in the
/// improvement plan. A person types P, so it is trimmed and NFKC-normalised first
/// (full-width digits and point from a Chinese input method read as half-width ones), then it
/// must be a number of points from 0 to 20 with at most one decimal, as totals are compared.
/// The commands read the option as text and check it in `validate()`, so a refusal is one
/// clean usage error in both languages (`--lang` may not be parsed yet), never
/// ArgumentParser's English "The value … is invalid".
enum MarginArgument {
    static let maximum = ExactNumber(20)

    /// `nil` (the option not given) is no margin.
    static func points(_ text: String?) throws -> ExactNumber {
        guard let text else { return .zero }
        let typed = TypedText.normalized(text)
        if typed.hasPrefix("-") || typed.hasPrefix("\u{2212}") {
            throw ValidationError(oneLine: Words.CommandLine.marginNegative)
        }
        let parts = typed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let value = ExactNumber(decimal: typed) else {
            throw ValidationError(oneLine: Words.CommandLine.marginNotANumber(shown(text)))
        }
        if maximum < value { throw ValidationError(oneLine: Words.CommandLine.marginTooLarge) }
        if value.rounded(places: 1) != value { throw ValidationError(oneLine: Words.CommandLine.marginTooPrecise) }
        return value
    }

    /// The text as typed, with control characters written out (`\u001b`), never sent to the
    /// terminal as they are.
    private static func shown(_ text: String) -> String {
        text.unicodeScalars.map { scalar in
            guard scalar.properties.generalCategory == .control else { return String(scalar) }
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined()
    }
}

/// `--margin P` on the commands that give a plan (score, report, check): the option, checked
/// before the command runs.
struct MarginOption: ParsableArguments {
    // Unconditional, so `--margin -1` is refused as a negative margin, not as a missing value.
    @Option(name: .customLong("margin"), parsing: .unconditional, help: ArgumentHelp(Words.Help.MarginOption.help, valueName: "P"))
    var typed: String?

    func validate() throws {
        _ = try MarginArgument.points(typed)
    }

    /// The plan options it asks for (checked in `validate`).
    var planOptions: PlanOptions { PlanOptions(margin: (try? MarginArgument.points(typed)) ?? .zero) }
}
