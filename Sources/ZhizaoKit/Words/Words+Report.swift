extension Words {
    /// The report of one assessment (`zhizao report`, `check`, `rank --reports`).
    public enum Report {
        public static let documentTitle = Phrase(zh: "智能工厂评价报告", en: "Smart-factory assessment report")
        public static let enterprise = Phrase(zh: "企业", en: "Enterprise")
        public static let creditCode = Phrase(zh: "统一社会信用代码", en: "Credit code")
        public static let city = Phrase(zh: "城市", en: "City")
        public static let industry = Phrase(zh: "行业", en: "Industry")
        public static let rubric = Phrase(zh: "评价细则", en: "Rubric")
        public static let rubricFingerprint = Phrase(zh: "细则指纹", en: "Rubric fingerprint")
        public static let assessmentFingerprint = Phrase(zh: "评估文件指纹", en: "Assessment fingerprint")
        public static let date = Phrase(zh: "报告日期", en: "Report date")
        public static let tool = Phrase(zh: "工具版本", en: "Tool version")
        public static let verdict = Phrase(zh: "评价结论", en: "Verdict")
        public static let achievedTier = Phrase(zh: "判定等级", en: "Tier achieved")
        public static let applyingFor = Phrase(zh: "申报等级", en: "Applying for")
        public static let incomplete = Phrase(zh: "评估不完整：有必答指标未作答（按0分计）",
                                              en: "Incomplete: required indicators are unanswered (scored 0)")
        public static let ladderTitle = Phrase(zh: "等级阶梯", en: "Tier ladder")
        public static let scores = Phrase(zh: "总分与五个环节", en: "Total and the five domains")
        public static let radarTitle = Phrase(zh: "五个环节得分雷达图", en: "Radar chart of the five domain scores")
        public static let total = Phrase(zh: "总分", en: "Total")
        public static let domain = Phrase(zh: "环节", en: "Domain")
        public static let score = Phrase(zh: "得分", en: "Score")
        public static let weight = Phrase(zh: "权重", en: "Weight")
        public static let nextTierNeeds = Phrase(zh: "下一等级要求", en: "Next tier needs")
        public static let conditions = Phrase(zh: "申报条件与等级规则", en: "Eligibility conditions and tier rules")
        public static let condition = Phrase(zh: "条件", en: "Condition")
        public static let valueRead = Phrase(zh: "读取的值", en: "Value read")
        public static let threshold = Phrase(zh: "要求", en: "Requirement")
        public static let result = Phrase(zh: "结果", en: "Result")
        public static let source = Phrase(zh: "依据", en: "Source")
        public static let gate = Phrase(zh: "申报条件", en: "Eligibility")
        public static let rule = Phrase(zh: "等级规则", en: "Tier rule")
        public static let prerequisite = Phrase(zh: "前提等级", en: "Prerequisite")
        public static let provisional = Phrase(zh: "暂定", en: "provisional")
        public static let secondary = Phrase(zh: "二手来源", en: "secondary source")
        public static let plan = Phrase(zh: "改进计划", en: "Improvement plan")
        public static let advice = Phrase(zh: "建议", en: "Advice")
        public static let indicators = Phrase(zh: "全部指标", en: "Every indicator")
        public static let indicator = Phrase(zh: "指标", en: "Indicator")
        public static let answer = Phrase(zh: "回答", en: "Answer")
        public static let evidence = Phrase(zh: "佐证材料", en: "Evidence")
        public static let note = Phrase(zh: "备注", en: "Note")
        public static let naReason = Phrase(zh: "不适用理由", en: "N/A reason")
        public static let warnings = Phrase(zh: "提醒", en: "Warnings")
        public static let noWarnings = Phrase(zh: "无", en: "None")
        public static let scenario = Phrase(zh: "场景", en: "Scenario")
        public static let standing = Phrase(zh: "在本批申报中的位置", en: "Standing in this batch")
        public static let standingNote = Phrase(zh: "百分位：得分低于该企业的申报数占比（并列计一半）",
                                                en: "Percentile rank: the share of applicants scoring lower (ties count half)")
        public static let standingBatch = Phrase(zh: "全部申报", en: "All applicants")

        public static let noEnterpriseName = Phrase(zh: "（未填写企业名称）", en: "(no enterprise name)")
        public static let noTier = Phrase(zh: "未达到任何等级", en: "No tier achieved")
        public static func applyingAchieved(_ achieved: Bool) -> Phrase {
            achieved ? Phrase(zh: "已达到", en: "achieved") : Phrase(zh: "未达到", en: "not achieved")
        }

        /// The ladder chart's title: `等级阶梯：晨星工厂`.
        public static func ladderChartTitle(_ tier: String) -> Phrase {
            Phrase(zh: "等级阶梯：\(tier)", en: "Tier ladder: \(tier)")
        }
        public static let ladderResultMark = Phrase(zh: "判定等级", en: "result")
        public static let ladderAppliedMark = Phrase(zh: "申报", en: "applied for")
        /// The radar chart's title: `五个环节得分雷达图：总分 58.4`.
        public static func radarChartTitle(total: String) -> Phrase {
            Phrase(zh: "五个环节得分雷达图：总分 \(total)", en: "Radar chart of the five domain scores: total \(total)")
        }
        /// What the next tier needs, naming it when known: `下一等级要求（卓越级）`.
        public static func nextTierNeeds(_ tier: String?) -> Phrase {
            guard let tier, !tier.isEmpty else { return nextTierNeeds }
            return Phrase(zh: "下一等级要求（\(tier)）", en: "Next tier needs (\(tier))")
        }
        /// A score floor, naming its tier when known: `≥ 60（晨星工厂）`.
        public static func floor(_ value: String, tier: String?) -> Phrase {
            guard let tier, !tier.isEmpty else { return .same("≥ \(value)") }
            return Phrase(zh: "≥ \(value)（\(tier)）", en: "≥ \(value) (\(tier))")
        }
        /// Between the comparisons of one condition's requirement.
        public static let requirementJoiner = Phrase(zh: "，且 ", en: "; and ")

        public static let templateWithJSON = Phrase(zh: "JSON 报告不使用模板；--template 只用于 html 和 markdown",
                                                    en: "a JSON report takes no template; --template is for html and markdown only")
        public static let cannotReadTemplate = Phrase(zh: "无法读取模板文件", en: "cannot read the template")
        /// A report template that does not parse; `position` is `line:col: ` or empty.
        public static func invalidTemplate(position: String, reason: String) -> Phrase {
            Phrase(zh: "\(position)报告模板有误：\(reason)", en: "\(position)invalid report template: \(reason)")
        }
    }
}
