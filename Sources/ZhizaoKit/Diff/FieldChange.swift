/// An enterprise or assessment field that differs between the two assessments.
public struct FieldChange: Sendable, Equatable {
    /// The fields compared, named as a sheet's header names them (SPEC §2), in the order an
    /// assessment file lists them.
    public enum Field: String, Sendable, CaseIterable {
        case name = "enterprise.name"
        case creditCode = "enterprise.credit_code"
        case city = "enterprise.city"
        case industry = "enterprise.industry"
        case applyingFor = "applying_for"
        case submitted

        func value(in assessment: Assessment) -> String? {
            switch self {
            case .name: return assessment.enterprise.name
            case .creditCode: return assessment.enterprise.creditCode?.value
            case .city: return assessment.enterprise.city
            case .industry: return assessment.enterprise.industry
            case .applyingFor: return assessment.applyingFor
            case .submitted: return assessment.submitted
            }
        }
    }

    public let field: Field
    /// The raw values (a tier id for `applying_for`); nil where the file leaves it out.
    public let value: Change<String?>
}
