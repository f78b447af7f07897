extension Words {
    /// `zhizao score`'s terminal text.
    public enum Score {
        /// `评价细则：山东省智能工厂梯度评价细则（2026.1） · 文件`.
        public static func rubricLine(_ rubric: String, source: String) -> Phrase {
            Phrase(zh: "评价细则：\(rubric) · \(source)", en: "Rubric: \(rubric) · \(source)")
        }
        public static func rubricOnly(_ rubric: String) -> Phrase {
            Phrase(zh: "评价细则：\(rubric)", en: "Rubric: \(rubric)")
        }
        public static func fileLine(_ source: String) -> Phrase {
            Phrase(zh: "评估文件：\(source)", en: "File: \(source)")
        }
        /// `--explain`'s heading of the gates, listed once.
        public static let gates = Phrase(zh: "申报条件：", en: "Eligibility conditions:")

        public static func tierLine(_ tier: String) -> Phrase { Phrase(zh: "判定等级：\(tier)", en: "Tier: \(tier)") }
        public static let noTier = Phrase(zh: "未达到任何等级", en: "none achieved")

        public static func applyingLine(_ tier: String, achieved: Bool) -> Phrase {
            achieved ? Phrase(zh: "申报等级：\(tier)（已达到）", en: "Applied for: \(tier) (achieved)")
                : Phrase(zh: "申报等级：\(tier)（未达到）", en: "Applied for: \(tier) (not achieved)")
        }

        public static let incomplete = Phrase(zh: "注意：有必答指标未作答，结果不完整",
                                              en: "Note: required indicators are unanswered; the result is incomplete")
        public static func totalLine(_ total: String) -> Phrase { Phrase(zh: "总分 \(total)", en: "Total \(total)") }
        /// The total with the focus tier's floor: `总分 58.4（晨星工厂要求不低于 60 分）`.
        public static func totalLine(_ total: String, needs: String) -> Phrase {
            Phrase(zh: "总分 \(total)（\(needs)）", en: "Total \(total) (\(needs))")
        }
        /// Under the gap, when a condition in it is marked 暂定.
        public static let provisionalFootnote = Phrase(
            zh: "（暂定）：该门槛没有公开文件规定，是本工具对公开规则的解读，仅供参考。",
            en: "(provisional): no public document fixes this threshold; it is this tool's reading of the public rules.")
        public static func whyNot(_ tier: String) -> Phrase { Phrase(zh: "距离\(tier)还差：", en: "Still missing for \(tier):") }
        /// A tier in `--explain`: `卓越级智能工厂：未达到`.
        public static func tierStatus(_ tier: String, achieved: Bool) -> Phrase {
            achieved ? Phrase(zh: "\(tier)：达到", en: "\(tier): achieved") : Phrase(zh: "\(tier)：未达到", en: "\(tier): not achieved")
        }

        public static let metrics = Phrase(zh: "计算指标：", en: "Metrics:")
        public static let metricFailed = Phrase(zh: "（无法计算）", en: "(failed)")
        /// After a condition that could not be evaluated.
        public static func error(_ message: String) -> Phrase { Phrase(zh: "出错：\(message)", en: "error: \(message)") }
        public static func planHeading(_ tier: String) -> Phrase {
            Phrase(zh: "升级到\(tier)的路线图：", en: "Roadmap to \(tier):")
        }

        public static let warnings = Phrase(zh: "提醒：", en: "Warnings:")

        /// `--min-tier` names a tier the rubric does not have.
        /// `known`: the rubric's tiers, listed (`Rubric.tierList`).
        public static func unknownMinTier(_ id: String, known: Phrase) -> Phrase {
            Phrase(zh: "--min-tier：细则中没有等级“\(id)”；可选：\(known.zh)", en: "--min-tier: no tier '\(id)' in the rubric; one of: \(known.en)")
        }
    }
}
