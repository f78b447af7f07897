extension Words {
    /// `zhizao check`: the self-assessment in the terminal.
    public enum SelfCheck {
        // Sections and questions.
        public static let enterpriseSection = Phrase(zh: "企业信息", en: "Enterprise")
        public static let profileSection = Phrase(zh: "企业概况", en: "Profile")
        public static let creditCodeQuestion = Phrase(zh: "统一社会信用代码（18 位；可回车跳过，排序申报时必填）",
                                                      en: "Unified social credit code (18 characters; Enter to skip; needed to apply)")
        public static let applyingForQuestion = Phrase(zh: "本次申报哪一等级？（决定报告按哪一等级列出差距）",
                                                       en: "Which tier do you apply for? (The report lists the gaps to it.)")
        /// Why a profile fact is asked: the conditions that read it.
        public static func decidesEligibility(_ conditions: String) -> Phrase {
            Phrase(zh: "决定申报资格——\(conditions)", en: "It decides eligibility: \(conditions)")
        }
        public static func guidance(_ text: String) -> Phrase { Phrase(zh: "说明：\(text)", en: "Guidance: \(text)") }
        public static func evidence(_ text: String) -> Phrase { Phrase(zh: "佐证材料：\(text)", en: "Typical evidence: \(text)") }
        public static let yes = Phrase(zh: "是", en: "yes")
        public static let no = Phrase(zh: "否", en: "no")

        // What to type.
        public static let creditCodeOrSkip = Phrase(zh: "18 位代码，或直接回车跳过", en: "the 18-character code, or Enter to skip")
        public static let textOrSkip = Phrase(zh: "文字，或直接回车跳过", en: "text, or Enter to skip")
        public static let text = Phrase(zh: "文字", en: "text")
        public static let numbersOfChoices = Phrase(zh: "可多选的编号，用空格或逗号分隔（如 1 3），一项都没有填 0",
                                                    en: "any of the numbers, separated by spaces or commas (e.g. 1 3); 0 for none")
        public static func numberOfChoice(upTo count: Int) -> Phrase { Phrase(zh: "编号 1–\(count)", en: "a number 1–\(count)") }

        // Why an entry is refused.
        public static let holdsControlCharacters = Phrase(zh: "含有控制字符", en: "it holds control characters")
        public static func notATier(_ text: String) -> Phrase { Phrase(zh: "“\(text)”不是可选的等级", en: "'\(text)' is not one of the tiers") }
        public static func notAChoice(_ text: String) -> Phrase { Phrase(zh: "“\(text)”不是可选项", en: "'\(text)' is not one of the choices") }
        public static let empty = Phrase(zh: "不能为空", en: "it is empty")
        public static func notANumber(_ text: String) -> Phrase { Phrase(zh: "“\(text)”不是数字", en: "'\(text)' is not a number") }
        public static func outOfRange(_ text: String) -> Phrase { Phrase(zh: "\(text) 超出范围", en: "\(text) is out of range") }
        public static let notWhole = Phrase(zh: "应为整数", en: "it must be a whole number")
        public static let nothingChosen = Phrase(zh: "没有选择", en: "nothing chosen")
        /// A refused entry: why, then what to type instead.
        public static func refused(_ reason: Phrase, expects: String) -> Phrase {
            Phrase(zh: "\(reason.zh)；请输入\(expects)", en: "\(reason.en); enter \(expects)")
        }

        // The session.
        public static let notApplicableCancelled = Phrase(zh: "已取消“不适用”。", en: "Not applicable cancelled.")
        public static let reasonHoldsControlCharacters = Phrase(zh: "理由含有控制字符；请重新输入", en: "the reason holds control characters; type it again")
        public static let noMoreGuidance = Phrase(zh: "这一题没有更多说明。", en: "No more guidance for this question.")
        public static let firstQuestion = Phrase(zh: "已经是第一题。", en: "This is the first question.")
        public static func cannotBeNotApplicable(expects: String) -> Phrase {
            Phrase(zh: "这一题不能填“不适用”；请输入\(expects)", en: "This question cannot be answered not applicable; enter \(expects)")
        }
        public static func enterOrSkip(expects: String) -> Phrase { Phrase(zh: "请输入\(expects)（跳过请输入 s）", en: "Enter \(expects) (s to skip)") }
        /// Where a question is: `[研发设计 1/6 · 总 14/61]`.
        public static func place(section: String, index: Int, of count: Int, overall: Int, of total: Int) -> Phrase {
            Phrase(zh: "[\(section) \(index)/\(count) · 总 \(overall)/\(total)]", en: "[\(section) \(index)/\(count) · \(overall)/\(total) in all]")
        }
        public static func why(_ text: String) -> Phrase { Phrase(zh: "为什么问：\(text)", en: "Why: \(text)") }
        public static func currentAnswer(_ answer: String) -> Phrase {
            Phrase(zh: "当前答案：\(answer)（回车保留）", en: "Current answer: \(answer) (Enter keeps it)")
        }
        public static let guidanceKey = Phrase(zh: "? 说明", en: "? guidance")
        public static let notApplicableKey = Phrase(zh: "n 不适用", en: "n not applicable")
        public static let skipKey = Phrase(zh: "s 跳过", en: "s skip")
        public static let backKey = Phrase(zh: "b 上一题", en: "b back")
        public static let quitKey = Phrase(zh: "q 保存退出", en: "q save and quit")
        public static let reasonPrompt = Phrase(zh: "不适用的理由（回车取消）：", en: "Why it does not apply (Enter cancels): ")

        // The current answer as the screen shows it.
        public static func notApplicable(because reason: String) -> Phrase { Phrase(zh: "不适用：\(reason)", en: "not applicable: \(reason)") }
        public static let none = Phrase(zh: "（无）", en: "(none)")

        // The answers file and the command.
        public static let savedBy = Phrase(zh: "由 zhizao check 保存；可继续：zhizao check --resume 本文件",
                                           en: "Saved by zhizao check; go on with: zhizao check --resume THIS-FILE")
        public static func fileExists(_ path: String) -> Phrase {
            Phrase(zh: "文件已存在；继续填写请用 zhizao check --resume \(path)，或用 -o 指定新文件",
                   en: "the file exists; go on with zhizao check --resume \(path), or name a new file with -o")
        }
        public static func saved(to path: String) -> Phrase {
            Phrase(zh: "已保存到 \(path)；继续填写：zhizao check --resume \(path)", en: "Saved to \(path); go on with: zhizao check --resume \(path)")
        }
        public static let heading = Phrase(zh: "智能工厂自评", en: "Smart-factory self-check")
        public static func savedAtOnce(to path: String) -> Phrase {
            Phrase(zh: "答案每答一题即保存到 \(path)。输入 ? 查看说明，q 保存退出。",
                   en: "Every answer is saved to \(path) at once. ? for guidance, q to save and quit.")
        }
        public static let result = Phrase(zh: "—— 自评结果 ——", en: "—— Result ——")
        public static func answersFile(_ path: String) -> Phrase { Phrase(zh: "答卷：\(path)", en: "Answers: \(path)") }
        public static func reports(_ paths: String) -> Phrase { Phrase(zh: "报告：\(paths)", en: "Reports: \(paths)") }
    }
}
