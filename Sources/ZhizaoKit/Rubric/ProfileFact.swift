import ZhizaoCEL

/// A typed fact about the enterprise that gates and rules read (`profile.cmmm_level`):
/// size, accident record, credit standing, maturity level.
public struct ProfileFact: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case bool, choice, int, number, string
    }

    public let id: String
    public let kind: Kind
    public let title: LocalizedText
    public let question: LocalizedText?
    public let guidance: LocalizedText?
    /// For `choice` facts, in order.
    public let choices: [Choice]
    public let minimum: ExactNumber?
    public let maximum: ExactNumber?
    public let required: Bool

    /// The CEL type gates see.
    public var celType: CELType {
        switch kind {
        case .bool: return .bool
        case .choice, .string: return .string
        case .int: return .int
        case .number: return .double
        }
    }
}
