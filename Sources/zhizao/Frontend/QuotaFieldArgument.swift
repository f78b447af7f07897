import ArgumentParser
import ZhizaoKit

/// `--quota-by city|industry`: any other value is refused while parsing, in both languages
/// (`--lang` may not be parsed yet), listing the fields there are.
extension Ranking.QuotaField {
    /// `@Option(transform: Ranking.QuotaField.argument)`.
    static func argument(_ text: String) throws -> Ranking.QuotaField {
        guard let field = Ranking.QuotaField(rawValue: text) else {
            throw ValidationError(twoLines: Words.CommandLine.unknownQuotaField(text, known: allCases.map(\.rawValue)))
        }
        return field
    }
}
