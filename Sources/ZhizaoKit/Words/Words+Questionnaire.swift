extension Words {
    /// Questionnaires (`zhizao template`, `zhizao import`): the fields an assessment holds,
    /// what each accepts, and the templates' own texts.
    public enum Questionnaire {
        // The enterprise's fields.
        public static let enterpriseName = Phrase(zh: "企业名称", en: "Enterprise name")
        public static let creditCode = Phrase(zh: "统一社会信用代码", en: "Unified social credit code")
        public static let city = Phrase(zh: "所在城市", en: "City")
        public static let industry = Phrase(zh: "所属行业", en: "Industry")
        public static let applyingFor = Phrase(zh: "申报等级", en: "Tier applied for")
        public static let submitted = Phrase(zh: "填报日期", en: "Date")
        /// The title of an indicator's `.na` column.
        public static func notApplicableReason(of title: String) -> Phrase {
            Phrase(zh: "\(title)（不适用的理由）", en: "\(title) (reason it does not apply)")
        }

        // What a field accepts.
        /// A yes-or-no in a sheet, which also takes 是/否.
        public static let yesNo = Phrase(zh: "是 / 否（true / false）", en: "yes / no (true / false)")
        public static let creditCodeFormat = Phrase(zh: "18 位，末位为校验码", en: "18 characters, the last a check character")
        public static let text = Phrase(zh: "文本", en: "text")
        public static func anyOf(_ choices: String) -> Phrase {
            Phrase(zh: "可多选，用 ; 分隔：\(choices)", en: "any of, separated by ;: \(choices)")
        }
        public static let notApplicableReasonFormat = Phrase(zh: "不适用时填写理由，否则留空", en: "the reason, only when it does not apply")
        /// "数字 0–100（单位：%）", "a whole number ≥ 0": `range` is `0–100`, `≥ 0`, or nil.
        public static func number(whole: Bool, range: String?, unit: String?) -> Phrase {
            let bounds = range.map { " " + $0 } ?? ""
            let unit = unit.flatMap { $0.isEmpty ? nil : $0 }
            return Phrase(zh: (whole ? "整数" : "数字") + bounds + (unit.map { "（单位：\($0)）" } ?? ""),
                          en: (whole ? "a whole number" : "a number") + bounds + (unit.map { " (\($0))" } ?? ""))
        }

        // The YAML template's comments.
        public static func yamlTitle(_ title: String, reference: String) -> Phrase {
            Phrase(zh: "智能工厂自评问卷：\(title) (\(reference))", en: "Smart-factory self-assessment: \(title) (\(reference))")
        }
        public static let yamlHowToAnswer = Phrase(
            zh: "在每个冒号后填写答案；null 或留空表示未作答（按 0 分计）。选择题填写选项 id（等号前的英文）。",
            en: "Write each answer after its colon; null or nothing means unanswered (scores 0). For a choice, write its id (before the =).")
        public static let yamlHowToSkip = Phrase(
            zh: "不适用的指标写 {na: 理由}；可附佐证材料：{value: 答案, evidence: [文件名]}。",
            en: "An indicator that does not apply: {na: reason}. Evidence: {value: answer, evidence: [file name]}.")
        public static let yamlThenScore = Phrase(zh: "填好后运行：zhizao score 本文件", en: "Then run: zhizao score THIS-FILE")
        public static func question(_ text: String) -> Phrase { Phrase(zh: "问：\(text)", en: "Q: \(text)") }
        public static func answer(_ text: String) -> Phrase { Phrase(zh: "填写：\(text)", en: "Answer: \(text)") }
        public static func guidance(_ text: String) -> Phrase { Phrase(zh: "说明：\(text)", en: "Guidance: \(text)") }
        public static func evidence(_ text: String) -> Phrase { Phrase(zh: "佐证材料：\(text)", en: "Evidence: \(text)") }
        /// A field's title followed by what it accepts, in a comment.
        public static func titled(_ title: String, format: String) -> Phrase {
            Phrase(zh: "\(title)，\(format)", en: "\(title), \(format)")
        }
        public static let mayBeNotApplicable = Phrase(zh: "可填不适用：{na: 理由}", en: "May be N/A: {na: reason}")

        // The XLSX template.
        public static let assessmentSheet = Phrase(zh: "评估", en: "Assessment")
        public static let questionsSheet = Phrase(zh: "问题说明", en: "Questions")
        public static let choicesSheet = Phrase(zh: "选项", en: "Choices")
        public static let pickFromList = Phrase(zh: "从下拉列表中选择", en: "Pick from the list")
        public static func pickOneOf(_ choices: String) -> Phrase { Phrase(zh: "请从下拉列表中选择：\(choices)", en: "Pick one of: \(choices)") }
        /// The values of a yes-or-no drop-down, comma-separated.
        public static let yesNoValues = Phrase(zh: "是,否", en: "true,false")
        public static let yesOrNo = Phrase(zh: "是 或 否", en: "true or false")
        public static let enterYesOrNo = Phrase(zh: "请填 是 或 否", en: "Enter true or false")
        public static let fieldID = Phrase(zh: "字段 id", en: "Field id")
        public static let title = Phrase(zh: "标题", en: "Title")
        public static let questionColumn = Phrase(zh: "问题", en: "Question")
        public static let answerColumn = Phrase(zh: "填写", en: "Answer")
        public static let guidanceColumn = Phrase(zh: "说明", en: "Guidance")
        public static let evidenceColumn = Phrase(zh: "佐证材料", en: "Evidence")
        public static let mayBeNotApplicableColumn = Phrase(zh: "可否不适用", en: "May be N/A")
        public static let yes = Phrase(zh: "是", en: "yes")
        public static let no = Phrase(zh: "否", en: "no")

        // `zhizao import`.
        public static func importedFrom(_ origin: String) -> Phrase {
            Phrase(zh: "由 zhizao import 从 \(origin) 生成", en: "Written by zhizao import from \(origin)")
        }
        /// `changed`: the fields that differ, by title (the first three named).
        public static func notReplaced(_ path: String, changed: [Phrase]) -> Phrase {
            let shown = changed.prefix(3)
            let more = changed.count - shown.count
            let zh = shown.map(\.zh).joined(separator: "、") + (more > 0 ? "等 \(changed.count) 项" : "")
            let en = shown.map(\.en).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
            if changed.isEmpty {
                return Phrase(zh: "\(path) 已存在且内容不同，未覆盖（确认用本行替换请加 --force）",
                              en: "\(path) exists with other content and was not replaced (add --force to replace it with this row)")
            }
            return Phrase(zh: "\(path) 已存在，本行的\(zh)与它不同，未覆盖（确认用本行替换请加 --force）",
                          en: "\(path) exists and this row differs in \(en); not replaced (add --force to replace it with this row)")
        }
        /// `written` counts the files written anew; `unchanged` those already holding the row.
        /// The file (or its data sheet) itself was refused, so no row was read.
        public static let fileNotImported = Phrase(zh: "未读到任何数据行（原因见上），未写出任何文件", en: "no data row was read (see above); nothing was written")
        public static func imported(rows: Int, written: Int, unchanged: Int, refused: Int, into folder: String) -> Phrase {
            let same = unchanged > 0 ? (zh: "，\(unchanged) 份内容未变", en: ", \(unchanged) unchanged") : (zh: "", en: "")
            return Phrase(zh: "读取 \(rows) 行，写出 \(written) 份\(same.zh)，拒绝 \(refused) 行 → \(folder)",
                          en: "read \(rows) rows, wrote \(written) files\(same.en), refused \(refused) → \(folder)")
        }
    }
}
