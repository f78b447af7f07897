extension Words {
    /// `zhizao rubric-doc`: a rubric as a handbook.
    public enum RubricDoc {
        // The facts at the top.
        public static let rubric = Phrase(zh: "细则", en: "Rubric")
        public static let fingerprint = Phrase(zh: "细则指纹", en: "Fingerprint")
        public static let tierList = Phrase(zh: "等级", en: "Tiers")
        public static let indicatorCount = Phrase(zh: "指标数", en: "Indicators")
        public static let provisionalCount = Phrase(zh: "暂定条件数", en: "Provisional conditions")
        public static let toolVersion = Phrase(zh: "工具版本", en: "Tool version")

        // Profile facts.
        public static func choices(_ list: String) -> Phrase { Phrase(zh: "可选：\(list)", en: "Choices: \(list)") }

        // How an indicator is answered.
        public static let oneChoice = Phrase(zh: "单选", en: "One choice")
        public static let severalChoices = Phrase(zh: "多选（得分相加，最高1）", en: "Several choices (scores add up to at most 1)")
        public static let yesNo = Phrase(zh: "是/否", en: "Yes / no")
        /// A yes/no answer's cost of going from no to yes (its effort).
        public static func yesCost(_ cost: Int) -> Phrase { Phrase(zh: "提升成本 \(cost)", en: "step cost \(cost)") }
        public static let percentage = Phrase(zh: "百分比 0–100", en: "Percentage 0–100")
        public static let number = Phrase(zh: "数值", en: "Number")
        public static func bands(_ list: String) -> Phrase { Phrase(zh: "分档：\(list)", en: "Bands: \(list)") }
        /// One band above the first: `≥ 30 → 0.50（提升成本 6）`.
        public static func bandWithCost(_ band: String, cost: Int) -> Phrase {
            Phrase(zh: "\(band)（提升成本 \(cost)）", en: "\(band) (step cost \(cost))")
        }
        public static func linear(from: String, to: String) -> Phrase {
            Phrase(zh: "线性：\(from) 得0，\(to) 得1", en: "Linear: \(from) scores 0, \(to) scores 1")
        }
        /// Between the parts of an answer form: `数值，≥ 0，分档：…`.
        public static let formSeparator = Phrase(zh: "，", en: ", ")

        // N/A policies.
        public static let notApplicableExcluded = Phrase(zh: "可填不适用（须说明理由，不计入该环节）", en: "N/A allowed with a reason (left out of the domain)")
        public static let notApplicableFull = Phrase(zh: "可填不适用（按满分计）", en: "N/A allowed (scores full)")
        public static let notApplicableZero = Phrase(zh: "可填不适用（按0分计）", en: "N/A allowed (scores 0)")

        /// A gate that applies to every tier.
        public static let everyTier = Phrase(zh: "全部等级", en: "every tier")

        // Headings and labels of the handbook.
        public static let handbook = Phrase(zh: "评价细则手册", en: "Rubric handbook")
        public static let profile = Phrase(zh: "企业基本情况", en: "Enterprise facts")
        public static let scales = Phrase(zh: "作答量表", en: "Answer scales")
        /// Above the scales: what a scale is and how a level's cost is made.
        public static let scalesNote = Phrase(
            zh: "同一量表的指标共用下列选项和得分；指标表中的“作答方式”注明所用量表。",
            en: "The indicators of one scale share these choices and scores; the indicator tables name each indicator's scale.")
        /// A scale named by its number and its range: `量表1（未开展→智能化）`.
        public static func scaleName(_ number: Int, from lowest: String, to highest: String) -> Phrase {
            Phrase(zh: "量表\(number)（\(lowest)→\(highest)）", en: "Scale \(number) (\(lowest) → \(highest))")
        }
        /// Under a scale's heading: how many indicators answer on it.
        public static func scaleUsers(_ count: Int) -> Phrase {
            Phrase(zh: "用于\(count)个指标", en: count == 1 ? "Used by 1 indicator" : "Used by \(count) indicators")
        }
        /// An answer form on a scale: `单选，量表1（未开展→智能化）`.
        public static func onScale(_ form: String, _ scale: String) -> Phrase {
            Phrase(zh: "\(form)，\(scale)", en: "\(form), \(scale)")
        }
        /// After an inline choice's label: its score and step cost, `0.40（提升成本 3）`.
        public static func inlineChoice(score: String, cost: String) -> Phrase {
            cost.isEmpty ? .same(score) : Phrase(zh: "\(score)（提升成本 \(cost)）", en: "\(score) (step cost \(cost))")
        }
        public static let code = Phrase(zh: "代码", en: "Code")
        public static let step = Phrase(zh: "阶梯系数", en: "Step")
        public static let domains = Phrase(zh: "评价环节与指标", en: "Domains and indicators")
        public static let indicator = Phrase(zh: "指标", en: "Indicator")
        public static let weight = Phrase(zh: "权重", en: "Weight")
        public static let scenario = Phrase(zh: "场景", en: "Scenario")
        public static let question = Phrase(zh: "问题", en: "Question")
        public static let answerForm = Phrase(zh: "作答方式", en: "Answer")
        public static let choiceHeading = Phrase(zh: "选项", en: "Choices")
        public static let score = Phrase(zh: "得分", en: "Score")
        /// What a step cost means, said once above the indicators (SPEC §1 `step`, §3).
        public static let stepCostNote = Phrase(
            zh: "提升成本：从低一档升到该档的相对成本，等于该指标的工作量乘以该档的阶梯系数；改进计划的成本是所升各档提升成本之和。成本 1 相当于最容易的一档提升，用于比较不同方案，不是金额或天数。",
            en: "Step cost: the relative cost of reaching a level from the one below, the indicator's effort times the level's step; an improvement plan costs the sum of the step costs of the levels it climbs. A cost of 1 is the easiest raise by one level: costs compare plans, they are not money or days.")
        public static let guidance = Phrase(zh: "说明", en: "Guidance")
        public static let evidence = Phrase(zh: "佐证材料", en: "Evidence")
        public static let advice = Phrase(zh: "改进建议", en: "Advice")
        public static let effort = Phrase(zh: "工作量", en: "Effort")
        public static let conditions = Phrase(zh: "申报条件与等级规则", en: "Conditions and tier rules")
        /// Above the gates: they are listed once, with the tiers they apply to.
        public static let gatesNote = Phrase(
            zh: "申报条件是资格门槛：任一条件不满足，所适用的等级即不能达到，与得分无关。",
            en: "Eligibility conditions are thresholds: when one fails, the tiers it applies to cannot be reached, whatever the scores.")
        public static let requires = Phrase(zh: "前提等级", en: "Requires")
        public static let noRules = Phrase(zh: "本等级没有另设规则。", en: "This tier sets no rule of its own.")
        public static let gates = Phrase(zh: "申报条件", en: "Eligibility conditions")
        public static let rules = Phrase(zh: "等级规则", en: "Tier rules")
        public static let condition = Phrase(zh: "条件", en: "Condition")
        public static let rule = Phrase(zh: "规则", en: "Rule")
        public static let appliesTo = Phrase(zh: "适用等级", en: "Applies to")
        /// Between a condition's title and what it reads, where both share a line (Markdown).
        public static let sentenceEnd = Phrase(zh: "。", en: ". ")
        /// Under a condition: the values it reads, by their titles.
        public static func reads(_ list: String) -> Phrase { Phrase(zh: "判断依据：\(list)", en: "Reads: \(list)") }
        public static let source = Phrase(zh: "依据", en: "Source")
        public static let provisional = Phrase(zh: "暂定", en: "provisional")
        public static let secondary = Phrase(zh: "二手来源", en: "secondary source")
        public static let provisionalNote = Phrase(
            zh: "标注“暂定”的条件没有公开文件规定具体数值，可由主管部门替换为正式数值。",
            en: "Conditions marked provisional have no value fixed by a public document; the responsible office may replace them.")
        public static let metrics = Phrase(zh: "计算指标", en: "Metrics")
        public static let metricsNote = Phrase(
            zh: "由作答计算出的数值，供等级规则使用。",
            en: "Values computed from the answers, which the tier rules read.")
        // A metric's display unit in words.
        public static let unitCount = Phrase(zh: "个数", en: "a count")
        public static let unitPercent = Phrase(zh: "百分比", en: "a percentage")
        public static let unitNumber = Phrase(zh: "数值", en: "a number")
        public static let checks = Phrase(zh: "一致性检查（只提醒，不影响得分）", en: "Consistency checks (warnings only, no score change)")
        public static let checksNote = Phrase(
            zh: "以下情况出现时，评分结果会给出提醒，请核实作答：",
            en: "When one of these holds, the result warns; please check the answers:")
        public static let sources = Phrase(zh: "依据文件", en: "Sources")
        // The appendix: what an auditor checks against the rubric file.
        public static let appendix = Phrase(zh: "附录：规则表达式（供核对）", en: "Appendix: rule expressions (for auditors)")
        public static let appendixNote = Phrase(
            zh: "细则文件中各条件、计算指标和一致性检查的原始表达式（CEL），供审核人员与细则文件核对；正文已用文字说明。",
            en: "The expressions (CEL) of the conditions, metrics and checks as the rubric file writes them, for auditors to check against it; the handbook states them in words.")
    }
}
