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

    /// The improvement plan: a roadmap a general manager reads (SPEC §3, §5 "Roadmap").
    public enum Plan {
        /// The plan's heading: `升级到卓越级智能工厂的路线图`.
        public static func roadmap(to tier: String) -> Phrase {
            Phrase(zh: "升级到\(tier)的路线图", en: "Roadmap to \(tier)")
        }

        public static let nothingToChange = Phrase(zh: "无需改动", en: "nothing to change")

        /// Before the required questions left blank, listed by title: they come first.
        public static let answerFirst = Phrase(zh: "请先回答以下必答题，结论可能随之改变：",
                                               en: "Answer these required questions first; the verdict may change:")

        /// The columns of the table of raises.
        public static let capability = Phrase(zh: "能力项", en: "Capability")
        public static let nowToTarget = Phrase(zh: "现状 → 目标", en: "Now → target")
        public static let levels = Phrase(zh: "提升级数", en: "Levels up")
        public static let cost = Phrase(zh: "成本", en: "Cost")
        public static let adds = Phrase(zh: "总分加分", en: "Adds to total")
        public static let advice = Phrase(zh: "建议做法", en: "How")

        /// After the table: what the whole plan costs and where it leaves the total, e.g.
        /// `合计成本 9；实施后总分 80.3，比总分要求高 5.3 分`. `totalAfter` and `marginLeft`
        /// (one decimal) are nil where the plan does not give them.
        public static func totals(cost: Int, totalAfter: String?, marginLeft: String?) -> Phrase {
            var zh = "合计成本 \(cost)"
            var en = "Total cost \(cost)"
            if let totalAfter {
                zh += "；实施后总分 \(totalAfter)"
                en += "; total after the plan \(totalAfter)"
                if let marginLeft, marginLeft == "0.0" {
                    zh += "，恰好达到总分要求"
                    en += ", exactly the required total"
                } else if let marginLeft {
                    zh += "，比总分要求高 \(marginLeft) 分"
                    en += ", \(marginLeft) points above the required total"
                }
            } else if let marginLeft {
                zh += "；实施后总分比要求高 \(marginLeft) 分"
                en += "; the total after the plan is \(marginLeft) points above the requirement"
            }
            return Phrase(zh: zh, en: en)
        }

        /// `--margin P`: said under the totals when P is above zero.
        public static func marginAsked(_ points: String) -> Phrase {
            Phrase(zh: "按要求，每项分数门槛都至少多留 \(points) 分余量。",
                   en: "As asked, every score threshold is cleared by at least \(points) points.")
        }

        /// When the plan leaves less than one point on the total.
        public static let thinMargin = Phrase(zh: "达标余量不足 1 分：评审中任何扣分都可能导致不达标。",
                                              en: "Less than 1 point to spare: any deduction at review could mean missing the tier.")

        /// What the numbers in the cost column mean. `example`: the two lowest levels of a
        /// capability of the rubric (`未开展`, `试点`), when it has one.
        public static func costLegend(example: (from: String, to: String)?) -> Phrase {
            let zhExample = example.map { "（例如从“\($0.from)”到“\($0.to)”）" } ?? ""
            let enExample = example.map { " (say, from \($0.from) to \($0.to))" } ?? ""
            return Phrase(
                zh: "成本说明：成本表示相对投入，不是金额，也不是天数。1 相当于把最容易的一类能力提升一级\(zhExample)；能力越难、目标级别越高，成本越大。",
                en: "About cost: cost is relative effort, neither money nor days. 1 is raising the easiest kind of capability by one level\(enExample); harder capabilities and higher levels cost more.")
        }

        /// A found plan that the search could not prove cheapest.
        public static let mayBeCheaper = Phrase(zh: "这是找到的成本最低的方案，但未能逐一核对所有组合：可能还有成本更低的方案。",
                                                en: "This is the cheapest plan found, but not every combination could be checked: a cheaper one may exist.")

        /// Raises left out of the terminal's table.
        public static func more(_ count: Int) -> Phrase {
            Phrase(zh: "另有 \(count) 项", en: "\(count) more")
        }

        /// Blockers: what the enterprise must obtain or satisfy, since raising capabilities
        /// cannot. Titles come from the rubric in both languages.
        public static let blockers = Phrase(zh: "须另行取得或满足的条件（不在路线图内）",
                                            en: "What the enterprise must obtain or meet besides the roadmap")
        /// A condition on the enterprise's facts that reads a fact left blank: answer it first.
        /// The condition is not named again when it is named after the one field.
        public static func mustAnswer(_ condition: Phrase, fields: [Phrase]) -> Phrase {
            let zh = "须先回答「\(fields.map(\.zh).joined(separator: "」「"))」", en = "Answer \(fields.map(\.en).joined(separator: ", ")) first"
            return Phrase(zh: fields.map(\.zh) == [condition.zh] ? zh : zh + "（\(condition.zh)）",
                          en: fields.map(\.en) == [condition.en] ? en : en + " (\(condition.en))")
        }
        /// A failed eligibility condition on the enterprise's facts.
        public static func mustMeet(_ gate: Phrase) -> Phrase {
            Phrase(zh: "须满足申报条件：\(gate.zh)", en: "Must meet the eligibility condition: \(gate.en)")
        }
        /// A failed tier rule on the enterprise's facts (an earlier recognition, a maturity
        /// level). `tier`: the tier whose rule it is, when it is not the plan's own target.
        public static func mustObtain(_ rule: Phrase, tier: Phrase?) -> Phrase {
            Phrase(zh: "须先取得：\(rule.zh)" + (tier.map { "（\($0.zh)的条件）" } ?? ""),
                   en: "Must first obtain: \(rule.en)" + (tier.map { " (a condition of \($0.en))" } ?? ""))
        }
        /// No raising of capability levels reaches the tier: proven, or not found within the
        /// search's limits.
        public static func unreachable(_ tier: Phrase) -> Phrase {
            Phrase(zh: "仅靠提升能力水平无法达到\(tier.zh)", en: "Raising capability levels alone cannot reach \(tier.en)")
        }
        /// Unreachable while required questions are blank (a condition reads one): answering
        /// them comes first, and may change it.
        public static func unreachableUntilAnswered(_ tier: Phrase) -> Phrase {
            Phrase(zh: "在补答上面的必答题之前，仅靠提升能力水平无法达到\(tier.zh)",
                   en: "Until the required questions above are answered, raising capability levels alone cannot reach \(tier.en)")
        }
        public static func notFoundWithinLimits(_ tier: Phrase) -> Phrase {
            Phrase(zh: "在计算上限内未找到仅靠提升能力水平达到\(tier.zh)的方案（这不证明无法达到）",
                   en: "No way to reach \(tier.en) by raising capability levels was found within the search limits (that does not prove there is none)")
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
