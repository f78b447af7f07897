/// A profile fact (size, accident record, maturity level…) that differs between the two
/// assessments.
public struct ProfileChange: Sendable, Equatable {
    public let id: String
    /// nil where the assessment does not give the fact.
    public let value: Change<ProfileValue?>
}
