/// An input `rank` could not rank (a file, a sheet, a row, a folder it could not read),
/// with every problem found, in no language yet: the documents render them in theirs.
public struct RankingReject: Sendable {
    /// The input: a path, `file:7`, `file:Sheet1:7`.
    public let source: String
    public let diagnostics: [Diagnostic]

    public init(source: String, diagnostics: [Diagnostic]) {
        self.source = source
        self.diagnostics = diagnostics
    }

    /// What rejected it: the errors, or every problem when none is an error.
    public var reasons: [Diagnostic] {
        let errors = diagnostics.filter { $0.severity == .error }
        return errors.isEmpty ? diagnostics : errors
    }
}

extension RankingReject {
    /// The city or industry the reject's input gave, where it could be read.
    func groupText(_ field: Ranking.QuotaField?) -> String? {
        nil
    }
}
