import ArgumentParser
import ZhizaoKit

// `--format` parses straight into the registries of the presentation layer: an id that is
// not one of the registry's cases is refused while parsing, with the list of the ones there are.
extension ScoreFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension DiffFormat: ExpressibleByArgument {}
extension RubricDocFormat: ExpressibleByArgument {}
extension TemplateFormat: ExpressibleByArgument {}
