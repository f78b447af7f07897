import ZhizaoCEL

/// Every fixed text a report shows, in one language. Stored properties only: the template
/// engine reads values by reflection, and computed properties would render empty.
struct ReportLabels: Sendable {
    let documentTitle: String
    let enterprise: String
    let creditCode: String
    let city: String
    let industry: String
    let rubric: String
    let rubricFingerprint: String
    let assessmentFingerprint: String
    let date: String
    let tool: String
    let verdict: String
    let achievedTier: String
    let applyingFor: String
    let incomplete: String
    let ladderTitle: String
    let scores: String
    let radarTitle: String
    let total: String
    let domain: String
    let score: String
    let weight: String
    let nextTierNeeds: String
    let conditions: String
    let condition: String
    let valueRead: String
    let threshold: String
    let result: String
    let source: String
    let gate: String
    let rule: String
    let prerequisite: String
    let provisional: String
    let secondary: String
    let plan: String
    let change: String
    let adds: String
    let effort: String
    let advice: String
    let blockers: String
    let indicators: String
    let indicator: String
    let answer: String
    let evidence: String
    let note: String
    let naReason: String
    let warnings: String
    let noWarnings: String
    let scenario: String
    let colon: String
    let standing: String
    let standingNote: String
    let standingBatch: String

    static func make(_ language: Language) -> ReportLabels {
        let zh = language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        return ReportLabels(
            documentTitle: t("智能工厂评价报告", "Smart-factory assessment report"),
            enterprise: t("企业", "Enterprise"), creditCode: t("统一社会信用代码", "Credit code"),
            city: t("城市", "City"), industry: t("行业", "Industry"),
            rubric: t("评价细则", "Rubric"), rubricFingerprint: t("细则指纹", "Rubric fingerprint"),
            assessmentFingerprint: t("评估文件指纹", "Assessment fingerprint"), date: t("报告日期", "Report date"),
            tool: t("工具版本", "Tool version"),
            verdict: t("评价结论", "Verdict"), achievedTier: t("判定等级", "Tier achieved"), applyingFor: t("申报等级", "Applying for"),
            incomplete: t("评估不完整：有必答指标未作答（按0分计）", "Incomplete: required indicators are unanswered (scored 0)"),
            ladderTitle: t("等级阶梯", "Tier ladder"),
            scores: t("总分与五个环节", "Total and the five domains"), radarTitle: t("五个环节得分雷达图", "Radar chart of the five domain scores"),
            total: t("总分", "Total"), domain: t("环节", "Domain"), score: t("得分", "Score"), weight: t("权重", "Weight"),
            nextTierNeeds: t("下一等级要求", "Next tier needs"),
            conditions: t("申报条件与等级规则", "Eligibility conditions and tier rules"), condition: t("条件", "Condition"),
            valueRead: t("读取的值", "Value read"), threshold: t("要求", "Requirement"), result: t("结果", "Result"),
            source: t("依据", "Source"), gate: t("申报条件", "Eligibility"), rule: t("等级规则", "Tier rule"),
            prerequisite: t("前提等级", "Prerequisite"), provisional: t("暂定", "provisional"), secondary: t("二手来源", "secondary source"),
            plan: t("改进计划", "Improvement plan"), change: t("改动", "Change"), adds: t("总分增加", "Adds to total"),
            effort: t("工作量", "Effort"), advice: t("建议", "Advice"), blockers: t("无法通过改答卷解决", "What answers cannot fix"),
            indicators: t("全部指标", "Every indicator"), indicator: t("指标", "Indicator"), answer: t("回答", "Answer"),
            evidence: t("佐证材料", "Evidence"), note: t("备注", "Note"), naReason: t("不适用理由", "N/A reason"),
            warnings: t("提醒", "Warnings"), noWarnings: t("无", "None"), scenario: t("场景", "Scenario"), colon: t("：", ": "),
            standing: t("在本批申报中的位置", "Standing in this batch"),
            standingNote: t("百分位：得分低于该企业的申报数占比（并列计一半）", "Percentile rank: the share of applicants scoring lower (ties count half)"),
            standingBatch: t("全部申报", "All applicants"))
    }
}
