/// An input `rank` could not rank (a file, a sheet, a row, a folder it could not read),
/// with every problem found, in no language yet: the documents render them in theirs.
///
/// It names the applicant as far as the input could be read (a sheet row's cells, a YAML
/// document that parsed but failed validation), so staff can answer "why are we not in the
/// ranking?" from `rejected.csv` alone: raw text, never checked (it may be the very thing
/// that was wrong), nil where nothing could be read.
public struct RankingReject: Sendable {
    /// The input: a path, `file:7`, `file:Sheet1:7`.
    public let source: String
    public let diagnostics: [Diagnostic]
    public let name: String?
    public let creditCode: String?
    public let city: String?
    public let industry: String?

    public init(source: String, diagnostics: [Diagnostic], name: String? = nil, creditCode: String? = nil, city: String? = nil,
                industry: String? = nil) {
        self.source = source
        self.diagnostics = diagnostics
        self.name = name
        self.creditCode = creditCode
        self.city = city
        self.industry = industry
    }

    init(source: String, diagnostics: [Diagnostic], applicant: RejectedApplicant) {
        self.init(source: source, diagnostics: diagnostics, name: applicant.name, creditCode: applicant.creditCode, city: applicant.city,
                  industry: applicant.industry)
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
        switch field {
        case .city?: return city
        case .industry?: return industry
        case nil: return nil
        }
    }
}
