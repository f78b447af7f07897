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
        public static let notApplicableForbidden = Phrase(zh: "不可填不适用", en: "N/A not allowed")
        public static let notApplicableExcluded = Phrase(zh: "可填不适用（须说明理由，不计入该环节）", en: "N/A allowed with a reason (left out of the domain)")
        public static let notApplicableFull = Phrase(zh: "可填不适用（按满分计）", en: "N/A allowed (scores full)")
        public static let notApplicableZero = Phrase(zh: "可填不适用（按0分计）", en: "N/A allowed (scores 0)")

        /// A gate that applies to every tier.
        public static let everyTier = Phrase(zh: "全部等级", en: "every tier")

        // Headings and labels of the handbook.
        public static let handbook = Phrase(zh: "评价细则手册", en: "Rubric handbook")
        public static let profile = Phrase(zh: "企业基本情况", en: "Enterprise facts")
        public static let domains = Phrase(zh: "评价环节与指标", en: "Domains and indicators")
        public static let weight = Phrase(zh: "权重", en: "Weight")
        public static let scenario = Phrase(zh: "场景", en: "Scenario")
        public static let question = Phrase(zh: "问题", en: "Question")
        public static let answerForm = Phrase(zh: "作答方式", en: "Answer")
        public static let choiceHeading = Phrase(zh: "选项", en: "Choices")
        public static let score = Phrase(zh: "得分", en: "Score")
        public static let stepCost = Phrase(zh: "提升成本", en: "Step cost")
        /// What a step cost means, said once above the indicators (SPEC §1 `step`, §3).
        public static let stepCostNote = Phrase(
            zh: "提升成本：从低一档升到该档的相对成本，已乘以该指标的工作量；改进计划的成本是所升各档提升成本之和。成本 1 相当于最容易的一档提升，用于比较不同方案，不是金额或天数。",
            en: "Step cost: the relative cost of reaching a level from the one below, the indicator's effort included; an improvement plan costs the sum of the step costs of the levels it climbs. A cost of 1 is the easiest raise by one level: costs compare plans, they are not money or days.")
        public static let guidance = Phrase(zh: "说明", en: "Guidance")
        public static let evidence = Phrase(zh: "佐证材料", en: "Evidence")
        public static let advice = Phrase(zh: "改进建议", en: "Advice")
        public static let notApplicable = Phrase(zh: "不适用", en: "Not applicable")
        public static let effort = Phrase(zh: "工作量", en: "Effort")
        public static let tiers = Phrase(zh: "等级与规则", en: "Tiers and rules")
        public static let requires = Phrase(zh: "前提等级", en: "Requires")
        public static let gates = Phrase(zh: "申报条件", en: "Eligibility conditions")
        public static let rules = Phrase(zh: "等级规则", en: "Tier rules")
        public static let appliesTo = Phrase(zh: "适用等级", en: "Applies to")
        public static let source = Phrase(zh: "依据", en: "Source")
        public static let provisional = Phrase(zh: "暂定", en: "provisional")
        public static let secondary = Phrase(zh: "二手来源", en: "secondary source")
        public static let provisionalNote = Phrase(
            zh: "标注“暂定”的条件没有公开文件规定具体数值，可由主管部门替换为正式数值。",
            en: "Conditions marked provisional have no value fixed by a public document; the responsible office may replace them.")
        public static let metrics = Phrase(zh: "计算指标", en: "Metrics")
        public static let checks = Phrase(zh: "一致性检查（只提醒，不影响得分）", en: "Consistency checks (warnings only, no score change)")
        public static let sources = Phrase(zh: "依据文件", en: "Sources")
    }
}
