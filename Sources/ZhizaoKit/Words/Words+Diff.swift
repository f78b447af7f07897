extension Words {
    /// `zhizao diff`: what changed between two assessments.
    public enum Diff {
        // The verdict and the scores.
        public static let noTier = Phrase(zh: "未达到任何等级", en: "none achieved")
        public static let achieved = Phrase(zh: "达到", en: "achieved")
        public static let notAchieved = Phrase(zh: "未达到", en: "not achieved")
        public static let tierNotInRubric = Phrase(zh: "（细则中无此等级）", en: "(not in the rubric)")
        public static let unchanged = Phrase(zh: "（未变）", en: " (unchanged)")
        public static let tier = Phrase(zh: "判定等级", en: "Tier")
        public static let completeness = Phrase(zh: "完整性", en: "Completeness")
        public static let complete = Phrase(zh: "完整", en: "complete")
        public static let incomplete = Phrase(zh: "不完整", en: "incomplete")
        /// Incomplete, with the reason, where there is room for it (the terminal).
        public static let incompleteExplained = Phrase(zh: "不完整（有必答指标未作答）", en: "incomplete (required indicators unanswered)")
        public static let total = Phrase(zh: "总分", en: "Total")
        /// A T or D that is not applicable.
        public static let notApplicableScore = Phrase(zh: "不适用", en: "n/a")
        /// An indicator's s when it is left out of its domain.
        public static let excluded = Phrase(zh: "不计入", en: "excluded")

        public static let noDifferences = Phrase(zh: "无差异：回答、得分和等级均相同。",
                                                 en: "No differences: the answers, scores and tier are the same.")
        /// The verdict of two identical assessments.
        public static func sameVerdict(tier: String, total: String) -> Phrase {
            Phrase(zh: "判定等级：\(tier)；总分 \(total)", en: "Tier: \(tier); total \(total)")
        }

        // Conditions.
        public static let provisional = Phrase(zh: "（暂定）", en: " (provisional)")
        public static func gate(_ name: String) -> Phrase { Phrase(zh: "申报条件 \(name)", en: "gate \(name)") }
        public static func rule(_ name: String) -> Phrase { Phrase(zh: "规则 \(name)", en: "rule \(name)") }
        public static func requires(_ tier: String) -> Phrase { Phrase(zh: "须先达到 \(tier)", en: "requires \(tier)") }
        public static let pass = Phrase(zh: "✓ 满足", en: "✓ pass")
        public static let fail = Phrase(zh: "✗ 不满足", en: "✗ fail")
        public static let error = Phrase(zh: "! 出错", en: "! error")
        public static let absent = Phrase(zh: "— 无此项", en: "— absent")
        public static func oldError(_ message: String) -> Phrase { Phrase(zh: "原出错：\(message)", en: "old error: \(message)") }
        public static func newError(_ message: String) -> Phrase { Phrase(zh: "现出错：\(message)", en: "new error: \(message)") }

        // Answers, fields and facts.
        public static let none = Phrase(zh: "（无）", en: "(none)")
        public static let notGiven = Phrase(zh: "（未填）", en: "(not given)")
        public static let unanswered = Phrase(zh: "未作答", en: "unanswered")
        public static func notApplicable(because reason: String) -> Phrase { Phrase(zh: "不适用：\(reason)", en: "N/A: \(reason)") }
        public static func sameAnswer(_ answer: String) -> Phrase { Phrase(zh: "回答未变：\(answer)", en: "same answer: \(answer)") }
        /// An indicator's score moving: `得分 0.80 → 1.00`.
        public static func scoreMoved(_ move: String) -> Phrase { Phrase(zh: "得分 \(move)", en: "score \(move)") }
        public static let yes = Phrase(zh: "是", en: "yes")
        public static let no = Phrase(zh: "否", en: "no")
        public static let answerAspect = Phrase(zh: "回答", en: "answer")
        public static let notApplicableAspect = Phrase(zh: "不适用", en: "N/A")
        public static let evidenceAspect = Phrase(zh: "佐证", en: "evidence")
        public static let noteAspect = Phrase(zh: "备注", en: "note")

        // The enterprise's fields, as a reader calls them.
        public static let name = Phrase(zh: "企业名称", en: "Name")
        public static let creditCode = Phrase(zh: "统一社会信用代码", en: "Credit code")
        public static let city = Phrase(zh: "城市", en: "City")
        public static let industry = Phrase(zh: "行业", en: "Industry")
        public static let applyingFor = Phrase(zh: "申报等级", en: "Applying for")
        public static let submitted = Phrase(zh: "提交日期", en: "Submitted")

        // The rubric.
        public static let domainItem = Phrase(zh: "领域", en: "domain")
        public static let indicatorItem = Phrase(zh: "指标", en: "indicator")
        public static let gateItem = Phrase(zh: "申报条件", en: "gate")
        public static let tierItem = Phrase(zh: "等级", en: "tier")
        public static let ruleItem = Phrase(zh: "规则", en: "rule")
        public static let added = Phrase(zh: "新增", en: "added")
        public static let removed = Phrase(zh: "删除", en: "removed")
        public static let rewritten = Phrase(zh: "改写", en: "rewritten")
        /// `新增指标：…`, `removed gate: …`.
        public static func rubricItem(_ edit: String, _ kind: String, _ name: String) -> Phrase {
            Phrase(zh: "\(edit)\(kind)：\(name)", en: "\(edit) \(kind): \(name)")
        }

        // Headings.
        public static let conditionsFlipped = Phrase(zh: "规则和申报条件变化", en: "Conditions that flipped")
        public static let answersChanged = Phrase(zh: "回答变化", en: "Answers changed")
        public static func answersChanged(count: Int) -> Phrase { Phrase(zh: "回答变化（\(count) 项）", en: "Answers changed (\(count))") }
        public static let fieldsChanged = Phrase(zh: "企业信息变化", en: "Enterprise fields changed")
        public static let factsChanged = Phrase(zh: "企业基本情况变化", en: "Profile facts changed")
        public static let rubricChanged = Phrase(zh: "评价细则变化", en: "Rubric changed")
        /// A heading over a list in the terminal: `回答变化：`, `Answers changed:`.
        public static func listHeading(_ heading: String) -> Phrase { Phrase(zh: "\(heading)：", en: "\(heading):") }
        public static func comparison(of enterprise: String) -> Phrase {
            Phrase(zh: "评估对比：\(enterprise)", en: "Assessment comparison: \(enterprise)")
        }

        // Table columns and rows (Markdown).
        public static let old = Phrase(zh: "旧", en: "Old")
        public static let new = Phrase(zh: "新", en: "New")
        public static let item = Phrase(zh: "项目", en: "Item")
        public static let change = Phrase(zh: "变化", en: "Change")
        public static let indicator = Phrase(zh: "指标", en: "Indicator")
        public static let score = Phrase(zh: "得分", en: "Score")
        public static let field = Phrase(zh: "字段", en: "Field")
        public static let fact = Phrase(zh: "事项", en: "Fact")
        public static let condition = Phrase(zh: "条件", en: "Condition")
        public static let valuesRead = Phrase(zh: "读取的值", en: "Values read")
        public static let assessment = Phrase(zh: "评估文件", en: "Assessment")
        public static let rubric = Phrase(zh: "评价细则", en: "Rubric")
        public static let differs = Phrase(zh: "不同", en: "differs")
        public static let changed = Phrase(zh: "变化", en: "changed")
    }
}
