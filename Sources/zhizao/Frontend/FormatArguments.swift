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

extension FileFormat {
    /// `--format`, else the format `-o`'s ending names, else `fallback` (no `-o`). An ending
    /// that names no format needs `--format` (`unknownEnding` says so); one that names another
    /// format than `--format` is refused, so `-o 问卷.xlsx` never holds another format.
    static func chosen(_ format: Self?, output: String?, fallback: Self,
                       unknownEnding: (_ file: String, _ known: [String]) -> Phrase) throws -> Self {
        guard let output else { return format ?? fallback }
        let named = named(byExtensionOf: output)
        if let format {
            if let named, named != format {
                throw ValidationError(twoLines: Words.CommandLine.formatContradictsExtension(
                    format: format.rawValue, file: output, fileFormat: named.rawValue, ending: format.fileExtension))
            }
            return format
        }
        guard let named else { throw ValidationError(twoLines: unknownEnding(output, knownExtensions)) }
        return named
    }
}
