extension Words {
    /// The verdict: tiers, conditions, what a rule read. Shared by the terminal text and
    /// the reports.
    public enum Verdict {
        /// A tier that must be achieved first: `须先达到晨星工厂`.
        public static func requires(_ tier: String) -> Phrase {
            Phrase(zh: "须先达到\(tier)", en: "requires \(tier)")
        }

        /// After a rule's title when its threshold is not yet confirmed by a public source.
        public static let provisionalMark = Phrase(zh: "（暂定）", en: " (provisional)")
        /// A value a rule read that is not there (an unanswered indicator, a missing fact).
        public static let absentValue = Phrase(zh: "（无）", en: "(none)")
        /// A domain with no applicable indicator.
        public static let notApplicableScore = Phrase(zh: "不适用", en: "n/a")

        public static func achieved(_ achieved: Bool) -> Phrase {
            achieved ? Phrase(zh: "达到", en: "achieved") : Phrase(zh: "未达到", en: "not achieved")
        }

        /// A condition's outcome with its mark.
        public static let met = Phrase(zh: "✓ 满足", en: "✓ met")
        public static let notMet = Phrase(zh: "✗ 不满足", en: "✗ not met")
        public static let failedToEvaluate = Phrase(zh: "! 出错", en: "! error")

        /// A subject and what is said of it: `客户主动服务：未作答`.
        public static func about(_ subject: String, _ message: String) -> Phrase {
            Phrase(zh: "\(subject)：\(message)", en: "\(subject): \(message)")
        }
    }

    /// The improvement plan.
    public enum Plan {
        public static func cheapestWay(to tier: String) -> Phrase {
            Phrase(zh: "升级到\(tier)的最省路径", en: "Cheapest way to \(tier)")
        }

        public static let nothingToChange = Phrase(zh: "无需改动", en: "nothing to change")
        public static let notFound = Phrase(zh: "在搜索上限内未找到方案；这不证明无法达到。",
                                            en: "No plan found within the search limits; that does not prove the tier unreachable.")
        public static let notExhaustive = Phrase(zh: "未穷尽搜索：此方案可行，但不一定最省。",
                                                 en: "Search not exhaustive: this plan works but may not be the cheapest.")
        /// The same two notes as an aside under the terminal's plan.
        public static let notFoundAside = Phrase(zh: "（在搜索上限内未找到方案；这不证明无法达到）",
                                                 en: "(no plan found within the search limits; that does not prove the tier unreachable)")
        public static let notExhaustiveAside = Phrase(zh: "（未穷尽搜索：此方案可行，但不一定最省）",
                                                      en: "(search not exhaustive: this plan works but may not be the cheapest)")

        /// One change in the terminal: `1. 客户主动服务：数字化 → 智能化  总分 +2.0  工作量 6`.
        public static func changeLine(_ number: Int, indicator: String, from: String, to: String, adds: String, effort: Int) -> Phrase {
            Phrase(zh: "\(number). \(indicator)：\(from) → \(to)  总分 \(adds)  工作量 \(effort)",
                   en: "\(number). \(indicator): \(from) → \(to)  total \(adds)  effort \(effort)")
        }

        /// Why the planner gives no plan.
        public static let noPlanWithinBudget = Phrase(zh: "在计算上限内没有找到可行的改进方案", en: "no plan found within the search budget")
        public static func notReachable(changingUpTo count: Int) -> Phrase {
            Phrase(zh: "改动不超过 \(count) 项指标无法达到", en: "not reachable by changing up to \(count) indicators")
        }

        /// Blockers: what no answer can change. Titles come from the rubric in both languages.
        public static func eligibilityNotMet(_ gate: Phrase) -> Phrase {
            Phrase(zh: "申报条件未满足：\(gate.zh)", en: "eligibility condition not met: \(gate.en)")
        }
        public static func beyondAnswers(tier: Phrase, rule: Phrase) -> Phrase {
            Phrase(zh: "\(tier.zh)的条件无法通过改答卷达到：\(rule.zh)", en: "\(tier.en) needs what answers cannot change: \(rule.en)")
        }
        public static func unreachable(tier: Phrase, _ reason: Phrase) -> Phrase {
            Phrase(zh: "\(tier.zh)：\(reason.zh)", en: "\(tier.en): \(reason.en)")
        }

        /// Changes left out of the terminal's list.
        public static func more(_ count: Int) -> Phrase {
            Phrase(zh: "另有 \(count) 项", en: "\(count) more")
        }
    }

    /// How an answer reads.
    public enum Answers {
        public static let unanswered = Phrase(zh: "未作答", en: "unanswered")
        /// A multiple choice with nothing chosen.
        public static let noneChosen = Phrase(zh: "（无）", en: "(none)")
        public static func yesNo(_ value: Bool) -> Phrase {
            value ? Phrase(zh: "是", en: "yes") : Phrase(zh: "否", en: "no")
        }
        /// An indicator answered "not applicable".
        public static let notApplicable = Phrase(zh: "不适用", en: "N/A")
        /// An indicator excluded from its domain's score.
        public static let excluded = Phrase(zh: "不计入", en: "excluded")
    }
}
