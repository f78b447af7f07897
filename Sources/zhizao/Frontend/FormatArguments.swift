import ArgumentParser
import ZhizaoKit

// `--format` parses straight into the registries of the presentation layer. An id that is
// not one of the registry's cases is refused while parsing with the registry's own message,
// in both languages (`--lang` may not be parsed yet), listing the ones there are.

extension FormatRegistry {
    /// `@Option(transform: ReportFormat.argument)`.
    static func argument(_ id: String) throws -> Self {
        do {
            return try named(id)
        } catch {
            throw ValidationError(twoLines: error.message)
        }
    }
}
