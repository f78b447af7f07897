import ArgumentParser
import ZhizaoKit

// The format registries `--format` takes, as typed options: an id that is not one of the
// registry's cases is refused while parsing, with the list of the ones there are.

extension DiffFormat: ExpressibleByArgument {}
extension RubricDocFormat: ExpressibleByArgument {}
extension TemplateFormat: ExpressibleByArgument {}
