import ArgumentParser
import ZhizaoCEL
import ZhizaoKit

/// `--rubric PATH|ID`, shared by the commands that read assessments.
struct RubricOption: ParsableArguments {
    @Option(name: .customLong("rubric"), help: ArgumentHelp(Words.Help.RubricOption.help, valueName: "PATH|ID"))
    var rubric: String?

    /// The override rubric, or nil; exits 2 after printing the problems when it does not load.
    func load(_ catalog: RubricCatalog, language: Language) throws -> Rubric? {
        try Self.load(rubric, option: "--rubric", catalog, language: language)
    }

    /// The rubric a `--rubric`-like option names (a path or a shipped id), or nil when it is
    /// not given; exits 2 after printing the problems when it does not load.
    static func load(_ reference: String?, option: String, _ catalog: RubricCatalog, language: Language) throws -> Rubric? {
        guard let reference else { return nil }
        switch catalog.resolve(reference, origin: option) {
        case .rubric(let loaded, _):
            return loaded
        case .failed(let diagnostics):
            Output.diagnostics(diagnostics, language: language)
            throw ExitCode(2)
        }
    }
}

extension RubricOption {
    /// The default shipped rubric, for commands that need one before any assessment names it.
    static func defaultRubric(_ catalog: RubricCatalog) throws -> Rubric {
        guard case .rubric(let rubric, _) = catalog.resolve(ShippedRubrics.defaultID, origin: "zhizao") else { throw ExitCode(2) }
        return rubric
    }
}
