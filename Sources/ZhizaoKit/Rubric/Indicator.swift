/// One question of the self-assessment, how its answer scores, and how to improve it.
/// A class: it is large, immutable and read in the scoring loop, where copying a struct
/// would retain each of its fields.
public final class Indicator: Sendable, Identifiable {
    public enum Kind: String, Sendable, CaseIterable {
        case choice, multi, bool, number, percent
    }

    /// What "not applicable" does (SPEC §3.3).
    public enum NotApplicablePolicy: String, Sendable, CaseIterable {
        /// N/A is invalid input.
        case forbid
        /// Left out of its domain's sums.
        case exclude
        /// Scores 1.
        case full
        /// Scores 0.
        case zero
    }

    /// How a number or percent answer scores.
    public enum NumberScoring: Sendable {
        /// The score of the last band whose `from` ≤ value; 0 below the first band.
        case bands([Band])
        /// clamp((value − from) / (to − from), 0, 1)
        case linear(from: ExactNumber, to: ExactNumber)
    }

    public struct Band: Sendable, Hashable {
        public let from: ExactNumber
        public let score: ExactNumber
        /// The relative cost of climbing into this band from the one below (default 1).
        public let step: Int

        public init(from: ExactNumber, score: ExactNumber, step: Int = 1) {
            self.from = from
            self.score = score
            self.step = step
        }
    }

    public let id: String
    public let domain: String
    public let kind: Kind
    public let title: LocalizedText
    public let question: LocalizedText?
    public let guidance: LocalizedText?
    /// Typical evidence (佐证材料).
    public let evidence: LocalizedText?
    public let advice: LocalizedText?
    /// For choice and multi: the scale's or the inline choices, in order.
    public let choices: [Choice]
    /// The scale the choices come from, if any (for documentation).
    public let scale: String?
    public let numberScoring: NumberScoring?
    /// Bounds for number answers; percent answers are always 0…100.
    public let minimum: ExactNumber?
    public let maximum: ExactNumber?
    public let unit: LocalizedText?
    public let weight: ExactNumber
    public let notApplicable: NotApplicablePolicy
    public let required: Bool
    public let tags: [String]
    /// Number in the 智能制造典型场景参考指引, or nil.
    public let scenario: Int?
    /// Cost of one step up, 1…5.
    public let effort: Int
    /// The choices' ids and scores as flat arrays: scoring looks answers up here without
    /// copying `Choice` values.
    let choiceIDs: [String]
    let choiceScores: [ExactNumber]

    init(id: String, domain: String, kind: Kind, title: LocalizedText, question: LocalizedText?, guidance: LocalizedText?,
         evidence: LocalizedText?, advice: LocalizedText?, choices: [Choice], scale: String?, numberScoring: NumberScoring?,
         minimum: ExactNumber?, maximum: ExactNumber?, unit: LocalizedText?, weight: ExactNumber,
         notApplicable: NotApplicablePolicy, required: Bool, tags: [String], scenario: Int?, effort: Int) {
        self.id = id
        self.domain = domain
        self.kind = kind
        self.title = title
        self.question = question
        self.guidance = guidance
        self.evidence = evidence
        self.advice = advice
        self.choices = choices
        self.scale = scale
        self.numberScoring = numberScoring
        self.minimum = minimum
        self.maximum = maximum
        self.unit = unit
        self.weight = weight
        self.notApplicable = notApplicable
        self.required = required
        self.tags = tags
        self.scenario = scenario
        self.effort = effort
        self.choiceIDs = choices.map(\.id)
        self.choiceScores = choices.map { $0.score ?? .zero }
    }

    /// The position of a choice id, or nil.
    func choiceIndex(_ id: String) -> Int? {
        for index in choiceIDs.indices where choiceIDs[index] == id { return index }
        return nil
    }

    public func choice(_ id: String) -> Choice? {
        choices.first { $0.id == id }
    }

    /// The valid range of a number answer (percent: 0…100).
    public var bounds: (minimum: ExactNumber?, maximum: ExactNumber?) {
        kind == .percent ? (ExactNumber.zero, ExactNumber.hundred) : (minimum, maximum)
    }
}
