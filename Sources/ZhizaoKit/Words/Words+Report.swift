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
        public static let templateWithDocx = Phrase(zh: "Word 报告不使用模板；--template 只用于 html 和 markdown",
                                                    en: "a Word report takes no template; --template is for html and markdown only")
        public static let cannotReadTemplate = Phrase(zh: "无法读取模板文件", en: "cannot read the template")
        /// A report template that does not parse; `position` is `line:col: ` or empty.
        public static func invalidTemplate(position: String, reason: String) -> Phrase {
            Phrase(zh: "\(position)报告模板有误：\(reason)", en: "\(position)invalid report template: \(reason)")
        }

        // The summary, the appendix and the new section words (SPEC §5).
        public static let summary = Phrase(zh: "结论摘要", en: "Summary")
        /// Brackets around a short status after a title: `（未达到）`, ` (not achieved)`.
        public static let openParen = Phrase(zh: "（", en: " (")
        public static let closeParen = Phrase(zh: "）", en: ")")
        public static let submitted = Phrase(zh: "填报日期", en: "Assessment date")
        public static let notSubmitted = Phrase(zh: "未填写", en: "not given")
        /// The gap's heading: `距离晨星工厂还差：`.
        public static func gapTo(_ tier: String) -> Phrase {
            Phrase(zh: "距离\(tier)还差", en: "Still missing for \(tier)")
        }
        /// Every tier is achieved: nothing left to reach.
        public static let topReached = Phrase(zh: "已达到本细则的最高等级。", en: "The rubric's highest tier is achieved.")
        /// The summary's first roadmap steps: `路线图的前 3 步（共 7 步）`.
        public static func firstSteps(shown: Int, of count: Int) -> Phrase {
            shown == count ? Phrase(zh: "路线图（按每单位成本的加分从高到低）", en: "The roadmap (most points per unit of cost first)")
                : Phrase(zh: "路线图中最划算的 \(shown) 项（共 \(count) 项，见“路线图”一节）", en: "The \(shown) best-value steps of the roadmap (of \(count); see the roadmap section)")
        }
        /// Under the summary's steps: the whole plan's cost in words, with what cost means.
        public static func planCost(count: Int, cost: Int) -> Phrase {
            Phrase(zh: "全部 \(count) 项合计成本 \(cost)。成本是相对投入，不是金额：1 相当于把最容易的一类能力提升一级。",
                   en: "All \(count) steps cost \(cost) in all. Cost is relative effort, not money: 1 is raising the easiest kind of capability by one level.")
        }
        /// The plan reaches every rule of its tier, but for what must be obtained besides.
        public static func planReaches(_ tier: String, totalAfter: String, exact: Bool, blockers: Bool) -> Phrase {
            let zhTotal = exact ? "总分为 \(totalAfter)，恰好达到要求" : "总分为 \(totalAfter)"
            let enTotal = exact ? "the total becomes \(totalAfter), exactly the requirement" : "the total becomes \(totalAfter)"
            return blockers
                ? Phrase(zh: "按路线图实施后，\(zhTotal)；除下列须另行取得或满足的条件外，\(tier)的其余要求都能满足。",
                         en: "With the roadmap done, \(enTotal); every other requirement of \(tier) is met, except what must be obtained or met below.")
                : Phrase(zh: "按路线图实施后，\(zhTotal)，\(tier)的各项要求都能满足。",
                         en: "With the roadmap done, \(enTotal) and every requirement of \(tier) is met.")
        }
        /// A condition the enterprise does not meet, with what it has now.
        public static func unmet(_ title: String, now: String) -> Phrase {
            now.isEmpty ? Phrase(zh: "未满足：\(title)", en: "Not met: \(title)")
                : Phrase(zh: "未满足：\(title)（目前：\(now)）", en: "Not met: \(title) (now: \(now))")
        }
        /// A consistency check in the appendix: no problem found, or to be checked.
        public static func checkResult(_ warned: Bool) -> Phrase {
            warned ? Phrase(zh: "需核实", en: "to check") : Phrase(zh: "未发现问题", en: "no problem found")
        }
        /// Why the verdict is the tool's reading, whenever a provisional condition was used.
        public static let provisionalNotice = Phrase(
            zh: "标有“暂定”的条件，其门槛没有公开文件规定，是本工具对公开规则的解读。本报告的结论是工具依据公开规则作出的判断，不是主管部门的认定。",
            en: "Conditions marked “provisional” have thresholds that no public document fixes: they are this tool's reading of the public rules. This report's verdict is the tool's reading of public rules, not a recognition by the authorities.")
        /// Without a provisional condition: still not a recognition.
        public static let readingNotice = Phrase(
            zh: "本报告的结论是工具依据公开规则作出的判断，不是主管部门的认定。",
            en: "This report's verdict is the tool's reading of public rules, not a recognition by the authorities.")
        public static let roadmap = Phrase(zh: "路线图", en: "Roadmap")
        /// The roadmap's two groups.
        public static let quickSteps = Phrase(zh: "快速见效的步骤", en: "Quick steps")
        public static let largerProjects = Phrase(zh: "较大的改造项目", en: "Larger projects")
        public static let quickStepsNote = Phrase(zh: "（提升一级，成本不高于本路线图各项的中位数）", en: "(one level up, costing no more than the roadmap's median step)")
        public static let largerProjectsNote = Phrase(zh: "（提升两级及以上，或成本高于中位数）", en: "(two or more levels, or costing more than the median)")
        public static let gates = Phrase(zh: "申报条件", en: "Eligibility conditions")
        public static let gatesNote = Phrase(zh: "（每项只列一次；未注明适用等级的，适用于所有等级）",
                                             en: "(each listed once; unless marked, it applies to every tier)")
        public static let tierRulesHeading = Phrase(zh: "等级规则", en: "Tier rules")
        /// A gate that applies to some tiers only: `适用于：卓越级、领航级`.
        public static func appliesTo(_ tiers: String) -> Phrase {
            Phrase(zh: "适用于：\(tiers)", en: "applies to: \(tiers)")
        }
        /// A tier's rules: `晨星工厂的等级规则`.
        public static func tierRules(_ tier: String) -> Phrase {
            Phrase(zh: "\(tier)的等级规则", en: "Rules of \(tier)")
        }
        public static let statement = Phrase(zh: "实际情况与要求", en: "Actual and required")
        public static let answers = Phrase(zh: "各项指标的回答", en: "Answers, indicator by indicator")
        /// An indicator's score on the 0–100 scale, and its weight as its share of its domain.
        public static let indicatorScore = Phrase(zh: "得分（满分100）", en: "Score (of 100)")
        public static let indicatorWeight = Phrase(zh: "占本环节权重", en: "Share of domain")
        public static let domainWeight = Phrase(zh: "占总分权重", en: "Share of total")
        public static let answersNote = Phrase(zh: "得分按百分制（满分100）；权重是该指标在本环节得分中所占的比重，不适用的指标不计入。",
                                               en: "Scores are out of 100; the weight is the indicator's share of its domain's score; indicators that do not apply are left out.")
        public static let appendix = Phrase(zh: "附录（供审核人员）", en: "Appendix for auditors")
        public static let appendixNote = Phrase(zh: "以下内容供核对评价过程使用：规则的表达式、读取的原始值及其标识、依据文件与可靠程度、文件指纹。",
                                                en: "For checking how the verdict was reached: the rules' expressions, the raw values read with their ids, the sources and their reliability, the file fingerprints.")
        public static let appendixFacts = Phrase(zh: "评价依据与文件", en: "Rubric and files")
        public static let rubricID = Phrase(zh: "细则标识与版本", en: "Rubric id and version")
        public static let assessmentFile = Phrase(zh: "评估文件", en: "Assessment file")
        public static let expressions = Phrase(zh: "条件与规则的表达式", en: "Expressions of the conditions and rules")
        public static let checks = Phrase(zh: "一致性检查", en: "Consistency checks")
        public static let metricValues = Phrase(zh: "计算指标的取值", en: "Metric values")
        public static let sources = Phrase(zh: "依据文件", en: "Sources")
        public static let identifier = Phrase(zh: "标识", en: "Id")
        public static let expression = Phrase(zh: "表达式", en: "Expression")
        public static let reliability = Phrase(zh: "可靠程度", en: "Reliability")
        public static func reliability(_ confirmed: Bool) -> Phrase {
            confirmed ? Phrase(zh: "原文确认", en: "confirmed in the text") : Phrase(zh: "二手来源，待核实", en: "secondary, to be checked")
        }
        public static let link = Phrase(zh: "链接", en: "Link")
        /// A score floor of the total, beside it: `晨星工厂要求不低于 60 分`.
        public static func totalFloor(_ value: String, tier: String?) -> Phrase {
            guard let tier, !tier.isEmpty else { return Phrase(zh: "要求不低于 \(value) 分", en: "required: at least \(value)") }
            return Phrase(zh: "\(tier)要求不低于 \(value) 分", en: "\(tier) requires at least \(value)")
        }
        /// The radar's legend for per-domain floors.
        public static func domainFloors(_ tier: String?) -> Phrase {
            guard let tier, !tier.isEmpty else { return Phrase(zh: "环节得分要求", en: "Domain floor") }
            return Phrase(zh: "\(tier)的环节得分要求", en: "Domain floors of \(tier)")
        }
    }
}
