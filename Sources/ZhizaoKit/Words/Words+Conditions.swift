extension Words {
    /// A condition and the values it read, in words (no expression, no id): what a ranking's
    /// "why" and a report's gap say.
    public enum Conditions {
        public static let total = Phrase(zh: "总分", en: "total")
        /// An indicator's score 0..1 (`score.x`).
        public static func score(of indicator: String) -> Phrase {
            Phrase(zh: "\(indicator)得分", en: "score of \(indicator)")
        }
        /// A value that is not there: an unanswered indicator, a fact not given.
        public static let notGiven = Phrase(zh: "未填写", en: "not given")
        public static func tierAchieved(_ achieved: Bool) -> Phrase {
            achieved ? Phrase(zh: "已达到", en: "achieved") : Phrase(zh: "未达到", en: "not achieved")
        }

        /// `enterprise.city` and the like, by name.
        public static func enterpriseField(_ id: String) -> Phrase {
            switch id {
            case "name": return Phrase(zh: "企业名称", en: "enterprise name")
            case "credit_code": return Phrase(zh: "统一社会信用代码", en: "credit code")
            case "city": return Phrase(zh: "所在城市", en: "city")
            case "industry": return Phrase(zh: "所属行业", en: "industry")
            default: return .same(id)
            }
        }

        /// Between the values a condition read: `总分 58.4，生产作业 70.0`.
        public static let readingSeparator = Phrase(zh: "，", en: ", ")

        /// `总分 58.4`: a value read, named.
        public static func reading(_ name: String, _ value: String) -> Phrase {
            Phrase(zh: "\(name) \(value)", en: "\(name): \(value)")
        }

        /// A gate that failed: the enterprise does not qualify.
        public static func gateFailed(_ title: String, reads: String) -> Phrase {
            Phrase(zh: "不符合申报条件“\(title)”" + (reads.isEmpty ? "" : "（实际：\(reads)）"),
                   en: "Does not meet the condition \"\(title)\"" + (reads.isEmpty ? "" : " (read: \(reads))"))
        }

        /// A rule that failed: its requirement (the title) and what was read.
        public static func ruleFailed(_ title: String, reads: String) -> Phrase {
            Phrase(zh: "未达到“\(title)”" + (reads.isEmpty ? "" : "（实际：\(reads)）"),
                   en: "Misses \"\(title)\"" + (reads.isEmpty ? "" : " (read: \(reads))"))
        }

        /// A gate or rule that could not be evaluated.
        public static func couldNotJudge(_ title: String, because reason: String) -> Phrase {
            Phrase(zh: "无法判定“\(title)”：\(reason)", en: "Could not judge \"\(title)\": \(reason)")
        }

        public static func prerequisiteMissing(_ tier: String) -> Phrase {
            Phrase(zh: "须先达到\(tier)", en: "Requires \(tier) first")
        }
    }
}
