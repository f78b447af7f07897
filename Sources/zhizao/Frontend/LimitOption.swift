import ArgumentParser
import ZhizaoKit

/// `--limit NAME=VALUE` (repeatable): sets one input limit (`InputLimit`, `YAMLLimits`) for
/// the run; a refusal that hits a limit names it and the option that raises it.
struct LimitOption: ParsableArguments {
    @Option(name: .customLong("limit"), help: ArgumentHelp(Words.Help.LimitOption.help(names: InputLimit.names), valueName: "NAME=VALUE"))
    var limit: [String] = []

    func validate() throws {
        _ = try limits()
    }

    /// The default limits with every `--limit` applied in order.
    func limits() throws -> YAMLLimits {
        var limits = YAMLLimits()
        for given in limit {
            let typed = TypedText.normalized(given)
            let parts = typed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0]).trimmingCharacters(in: .whitespaces)
            guard let which = InputLimit(rawValue: name) else {
                throw ValidationError(oneLine: Words.CommandLine.unknownLimit(TerminalText.escaped(name), known: InputLimit.names))
            }
            guard parts.count == 2, let value = Int(parts[1].trimmingCharacters(in: .whitespaces)), value > 0 else {
                throw ValidationError(oneLine: Words.CommandLine.limitNotANumber(TerminalText.escaped(given)))
            }
            which.set(value, in: &limits)
        }
        return limits
    }
}
