import ArgumentParser
import ZhizaoKit

// `--format` parses straight into the registries of the presentation layer; an unknown id
// is refused by the argument parser with the list of known ones.
extension ScoreFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
