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

        /// Why a condition could not be judged: these fields were left blank.
        public static func leftBlank(_ names: [String]) -> Phrase {
            Phrase(zh: "「\(names.joined(separator: "」「"))」未填写", en: "\(names.joined(separator: ", ")) not answered")
        }

        /// A condition named after the one field it reads, left blank.
        public static func blankUndecided(_ title: String) -> Phrase {
            Phrase(zh: "「\(title)」未填写，无法判定", en: "\(title): not answered, so it cannot be judged")
        }

        /// A gate or rule that could not be evaluated.
        public static func couldNotJudge(_ title: String, because reason: String) -> Phrase {
            Phrase(zh: "无法判定“\(title)”：\(reason)", en: "Could not judge \"\(title)\": \(reason)")
        }

        public static func prerequisiteMissing(_ tier: String) -> Phrase {
            Phrase(zh: "须先达到\(tier)", en: "Requires \(tier) first")
        }

        // A requirement on a number, in the rule's units (`不低于 20%`).
        public static func requirement(_ op: String, _ value: String) -> Phrase {
            switch op {
            case ">=": return Phrase(zh: "不低于 \(value)", en: "at least \(value)")
            case ">": return Phrase(zh: "高于 \(value)", en: "above \(value)")
            case "<=": return Phrase(zh: "不高于 \(value)", en: "at most \(value)")
            case "<": return Phrase(zh: "低于 \(value)", en: "below \(value)")
            default: return Phrase(zh: "等于 \(value)", en: "equal to \(value)")
            }
        }

        /// A value measured against its requirement: `应用人工智能技术的场景占比 21.6%，要求不低于 20%`.
        public static func measured(_ name: String, _ value: String, requirement: String) -> Phrase {
            Phrase(zh: "\(name) \(value)，要求\(requirement)", en: "\(name.prefix(1).uppercased() + name.dropFirst()) \(value), required \(requirement)")
        }

        /// A value's unit where a reader expects one: points for the total and the domains.
        public static let points = Phrase(zh: " 分", en: "")
        /// How far a value falls short of its requirement, in its unit.
        public static func shortBy(points value: String) -> Phrase {
            Phrase(zh: "（差 \(value) 分）", en: " (\(value) points short)")
        }
        public static func shortBy(percentagePoints value: String) -> Phrase {
            Phrase(zh: "（差 \(value) 个百分点）", en: " (\(value) percentage points short)")
        }
        public static func shortBy(_ value: String) -> Phrase {
            Phrase(zh: "（差 \(value)）", en: " (\(value) short)")
        }
        /// Short by less than the last digit shown.
        public static let shortByLittle = Phrase(zh: "（略低于要求）", en: " (just short)")

        /// A condition that holds or not, with what it read: `近三年安全、环保、质量事故：无`.
        public static func stated(_ title: String, reads: String) -> Phrase {
            reads.isEmpty ? .same(title) : Phrase(zh: "\(title)：\(reads)", en: "\(title): \(reads)")
        }
        /// Between two requirements of one condition.
        public static let requirementSeparator = Phrase(zh: "；", en: "; ")
    }
}
