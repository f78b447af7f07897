/// A diff as a person reads it, in one language: who and what was compared, then every
/// line a writer lays out — the verdict, the scores, the tiers and the conditions that
/// flipped, the answers, the enterprise's fields and facts, the rubric. Built once from an
/// `AssessmentDiff`; every text is finished (titles with their ids, answers as labels,
/// numbers as SPEC §3.5 rounds them) and plain: the Markdown writer escapes what came from
/// an input. The JSON writer reads `diff` itself.
public struct DiffView: Sendable {
    /// One side of the comparison.
    public struct Side: Sendable {
        /// The assessment file.
        public let source: String
        /// `shandong-smart-factory 2026.1`.
        public let rubric: String
        /// The first 19 characters of the rubric's fingerprint.
        public let fingerprint: String
    }

    /// T or one D, before and after.
    public struct ScoreLine: Sendable {
        /// The domain's title (empty for the total).
        public let label: String
        public let old: String
        public let new: String
        /// `+2.5`; empty where either side has no score.
        public let delta: String
        public let changed: Bool
    }

    /// A gate, rule or prerequisite whose status differs.
    public struct FlipLine: Sendable {
        /// `✓ 满足`, `— 无此项`.
        public let old: String
        public let new: String
        /// What it is: `规则 总分不低于60分（暂定）（total_60）`.
        public let condition: String
        /// What it read, each value once (`total = 58.4 → 60.9`), then any error.
        public let reads: [String]
    }

    /// A tier whose verdict, or any of whose conditions, differs.
    public struct TierLine: Sendable {
        /// `晨星工厂（morning_star）`.
        public let title: String
        /// `未达到 → 达到`, or `达到（未变）`.
        public let verdict: String
        public let flips: [FlipLine]
    }

    /// An indicator whose answer or score differs.
    public struct AnswerLine: Sendable {
        /// `客户主动服务（svc_proactive_service）`.
        public let indicator: String
        /// The same answer, scored differently.
        public let rescored: Bool
        /// Whether the answer itself (its value or N/A) is shown: not when only its evidence
        /// or note changed.
        public let showsValue: Bool
        /// Each side's answer as its own rubric labels it.
        public let answer: Change<String>
        /// Where the evidence changed.
        public let evidence: Change<String>?
        /// Where the note changed.
        public let note: Change<String>?
        /// The indicator's s on each side, two decimals.
        public let score: Change<String>
        public let scoreChanged: Bool
    }

    /// An enterprise field or a profile fact that differs.
    public struct ValueLine: Sendable {
        public let label: String
        public let old: String
        public let new: String
    }

    /// Something the rubric change added, removed or rewrote.
    public struct RubricItemLine: Sendable {
        /// `新增指标：…`.
        public let text: String
        /// A rewritten gate or rule: its expression before and after.
        public let expressions: Change<String>?
    }

    /// The diff the lines were made from (for the machine-readable writer).
    public let diff: AssessmentDiff
    public let language: Language
    /// The tool version, injected by the caller.
    public let version: String
    /// The enterprise's name (the new side's, else the old's, else the new file's name).
    public let enterprise: String
    public let creditCode: String?
    public let old: Side
    public let new: Side
    /// Nothing a reader would care about differs.
    public let isEmpty: Bool
    /// The result tier on each side: a title with its id, or "none achieved".
    public let tier: Change<String>
    public let tierChanged: Bool
    public let complete: Change<Bool>
    public let total: ScoreLine
    /// Every domain of either rubric, moved or not.
    public let domains: [ScoreLine]
    public let tiers: [TierLine]
    public let answers: [AnswerLine]
    public let fields: [ValueLine]
    public let profile: [ValueLine]
    public let rubricChanged: Bool
    public let rubricItems: [RubricItemLine]
}
