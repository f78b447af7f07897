extension Words {
    /// `zhizao template`: the sheet's evidence and note columns and its 填写说明 (how to fill
    /// it in).
    public enum Template {
        public static func evidenceTitle(of title: String) -> Phrase {
            Phrase(zh: "\(title)（佐证材料）", en: "\(title) (evidence)")
        }
        public static func noteTitle(of title: String) -> Phrase {
            Phrase(zh: "\(title)（备注）", en: "\(title) (note)")
        }

        public static let instructionsSheet = Phrase(zh: "填写说明", en: "How to fill in")
        /// Said when a CSV template is written: a CSV has one sheet, with no room for them.
        public static let csvHasNoInstructions = Phrase(
            zh: "提示：CSV 模板只有表头，没有填写说明。每行填一家企业；不适用的理由填在紧随答案的「…（不适用的理由）」列；百分比填 0–100 的数。带填写说明、下拉列表和问题说明的版本：zhizao template -o 问卷.xlsx",
            en: "Note: a CSV template holds the header only, without instructions. One enterprise per row; a reason for N/A goes in the “… (reason it does not apply)” column after the answer; percentages are numbers from 0 to 100. For the version with instructions, drop-down lists and the questions: zhizao template -o questionnaire.xlsx")
        /// The lines of the 填写说明 sheet, in order.
        public static let instructions: [Phrase] = [
            Phrase(zh: "每行填写一家企业，从「评估」表第 3 行开始。第 2 行是标题；第 1 行是字段 id（已隐藏，导入时不需要），请勿修改这两行。",
                   en: "One enterprise per row, from row 3 of the sheet “Assessment”. Row 2 holds the titles; row 1 the field ids (hidden, not needed to import). Do not change either."),
            Phrase(zh: "必填：企业名称、统一社会信用代码（18 位，该列已设为文本格式）。企业概况各列决定申报资格，留空即不满足；「组织机制与人才」等资格条件读取的指标同样不能留空。",
                   en: "Required: the enterprise name and the credit code (18 characters; the column is formatted as text). The profile columns decide eligibility and fail when blank; so does a blank indicator an eligibility condition reads (such as Organisation and talent)."),
            Phrase(zh: "某项不适用时：答案格留空，在紧随其后的「…（不适用的理由）」列写明理由。不要在答案格里填「不适用」。",
                   en: "When an item does not apply: leave its answer empty and write the reason in the “… (reason it does not apply)” column right after it. Do not type N/A in the answer cell."),
            Phrase(zh: "选择题和是非题（是 / 否）从下拉列表中选；多选题在一格内用 ; 分隔多个选项。",
                   en: "Pick choices, and true or false for a yes-or-no, from the drop-down lists; separate several choices in one cell with ;."),
            Phrase(zh: "百分比填 0–100 的数：45 表示 45%。填 0.45 会按 0.45% 计（导入时会提醒）。",
                   en: "Percentages are numbers from 0 to 100: 45 means 45 %. 0.45 is taken as 0.45 % (import warns about it)."),
            Phrase(zh: "日期可写 2025-06-30、2025/6/30 或 2025年6月30日。",
                   en: "Dates may be written 2025-06-30, 2025/6/30 or 2025年6月30日."),
            Phrase(zh: "「…（佐证材料）」列填文件名，多个用 ; 分隔；「…（备注）」列可写补充说明。两者都可留空。",
                   en: "The “… (evidence)” columns take file names, separated by ;; the “… (note)” columns a remark. Both may stay empty."),
            Phrase(zh: "每个问题的说明和可选项见「问题说明」表。填好后运行：zhizao import 本文件 -o 输出文件夹",
                   en: "Each question, with its guidance and choices, is on the sheet “Questions”. Then run: zhizao import THIS-FILE -o FOLDER"),
        ]
    }
}
