/// One indicator whose answer, or whose score, differs between the two assessments.
public struct AnswerChange: Sendable {
    public enum Kind: String, Sendable {
        /// Unanswered before, answered (a value or an N/A) now.
        case added
        /// Answered before, unanswered now.
        case removed
        /// Answered on both sides, differently.
        case changed
        /// The same answer, scored differently: only the rubric changed (a choice's score,
        /// a band, an N/A policy).
        case rescored
    }

    /// The parts of an answer that can change, in the order an answer is written.
    public enum Aspect: String, Sendable, CaseIterable {
        case value, na, evidence, note
    }

    public let id: String
    public let kind: Kind
    /// What differs between the two answers (empty for `rescored`).
    public let aspects: [Aspect]
    public let answer: Change<Answer?>
    /// The indicator's score and status on each side; nil where that side's rubric has no
    /// such indicator.
    public let outcome: Change<IndicatorResult?>

    /// Whether s moved (an excluded indicator has no score).
    public var scoreChanged: Bool { outcome.old?.score != outcome.new?.score }
}
