extension Words {
    /// Scoring: the warnings a result carries and why an expression failed.
    public enum Scoring {
        public static let requiredUnanswered = Phrase(zh: "必答指标未作答，按 0 分计", en: "required indicator unanswered; scored 0")
        public static let optionalUnanswered = Phrase(zh: "选答指标未作答，按 0 分计", en: "optional indicator unanswered; scored 0")
        public static let noApplicableDomain = Phrase(zh: "没有适用的领域，总分记为 0", en: "no applicable domain; the total is 0")

        /// `reason`: the expression's error.
        public static func metricFailed(_ metric: String, reason: Phrase) -> Phrase {
            Phrase(zh: "指标值 \(metric) 无法计算：\(reason.zh)", en: "metric \(metric) could not be evaluated: \(reason.en)")
        }

        /// `reason`: why the check errored (`evaluationError`, `notBool`).
        public static func checkFailed(_ check: String, reason: Phrase) -> Phrase {
            Phrase(zh: "一致性检查 \(check) 无法计算：\(reason.zh)", en: "check \(check) could not be evaluated: \(reason.en)")
        }

        /// A gate, rule or check yielded `literal` instead of a bool.
        public static func notBool(_ literal: String) -> Phrase {
            Phrase(zh: "结果应为 true/false，实际为 \(literal)", en: "yields \(literal), not true/false")
        }

        /// `reason`: the expression's error, at `column` of the expression.
        public static func evaluationError(_ reason: Phrase, column: Int) -> Phrase {
            Phrase(zh: "\(reason.zh)（表达式第 \(column) 列）", en: "\(reason.en) (expression column \(column))")
        }
    }
}
