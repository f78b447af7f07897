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
        /// “二级” begins several choices' labels: they are named, to type one whole or by number.
        public static func ambiguousChoice(_ text: String, _ labels: [String]) -> Phrase {
            Phrase(zh: "“\(text)”可指多个选项：\(labels.joined(separator: "、"))，请输入编号或完整的选项",
                   en: "'\(text)' could be several choices: \(labels.joined(separator: ", ")); type its number or the whole choice")
        }
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
        public static let savedBy = Phrase(zh: "由 zhizao check 保存；可继续：zhizao check 本文件",
                                           en: "Saved by zhizao check; go on with: zhizao check THIS-FILE")
        public static func fileExists(_ path: String) -> Phrase {
            Phrase(zh: "文件已存在；继续填写请用 zhizao check \(path)，或用 -o 指定新文件",
                   en: "the file exists; go on with zhizao check \(path), or name a new file with -o")
        }
        public static func saved(to path: String) -> Phrase {
            Phrase(zh: "已保存到 \(path)；继续填写：zhizao check \(path)", en: "Saved to \(path); go on with: zhizao check \(path)")
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

extension Words.SelfCheck {
    // Issue 17: typing forgiven and explained.
    public static func recorded(_ answer: String) -> Phrase { Phrase(zh: "已记录：\(answer)", en: "Recorded: \(answer)") }
    /// A percent answer typed as a fraction: `0.15`.
    public static func fractionDoubt(_ typed: String, percent: String) -> Phrase {
        Phrase(zh: "\(typed) 按 \(typed)% 计，是否指 \(percent)%？", en: "\(typed) counts as \(typed) %; did you mean \(percent) %?")
    }
    public static func fractionKeys(_ typed: String, percent: String) -> Phrase {
        Phrase(zh: "y 记为 \(percent)% · n 记为 \(typed)% · 或重新输入数值", en: "y records \(percent) % · n records \(typed) % · or type the value again")
    }
    /// A choice number typed at a percent question: `3`.
    public static func choiceNumberDoubt(_ typed: String) -> Phrase {
        Phrase(zh: "本题填百分数，不是选项编号：\(typed) 按 \(typed)% 计，对吗？", en: "This question takes a percentage, not a choice number: \(typed) counts as \(typed) %. Right?")
    }
    public static func choiceNumberKeys(_ typed: String) -> Phrase {
        Phrase(zh: "y 记为 \(typed)% · 或重新输入数值", en: "y records \(typed) % · or type the value again")
    }
    public static let reasonHelp = Phrase(zh: "写下本题为什么不适用本厂，如“离散装配为主，无连续流程装置”；回车或 b 取消，q 保存退出",
                                          en: "Say why the question does not apply to this factory; Enter or b cancels, q saves and quits")
    public static func notAReason(_ text: String) -> Phrase {
        Phrase(zh: "“\(text)”不像理由；请写明为什么不适用（回车取消）", en: "'\(text)' is not a reason; say why it does not apply (Enter cancels)")
    }
    public static let evidencePrompt = Phrase(zh: "佐证材料（可选，回车跳过；“备注：”后写备注）：", en: "Evidence (optional, Enter skips; a note after 'note:'): ")
    public static let evidenceHelp = Phrase(zh: "写下能证明这一答案的材料，如“MES 上线验收报告”；多项用“；”分隔，“备注：”之后的文字记为备注。回车跳过，b 回到本题，q 保存退出",
                                            en: "Name what proves this answer, e.g. 'MES acceptance report'; separate several with ';'; text after 'note:' is kept as a note. Enter skips, b returns to the question, q saves and quits")
    public static func notEvidence(_ text: String) -> Phrase {
        Phrase(zh: "“\(text)”不像佐证材料；本题答案已保存，回车进入下一题，或写明材料名称",
               en: "'\(text)' is not evidence; the answer is saved: Enter for the next question, or name the material")
    }
    public static func currentEvidence(_ items: String) -> Phrase { Phrase(zh: "佐证：\(items)", en: "Evidence: \(items)") }
    public static func currentNote(_ note: String) -> Phrase { Phrase(zh: "备注：\(note)", en: "Note: \(note)") }
    /// The words that start a note in the evidence line.
    public static let noteMarkers = ["备注：", "备注:", "note:", "Note:"]
    public static let evidenceSeparators = "；;"

    /// An answer that rules tiers out, said at once.
    public static func ruledOut(_ condition: String, tiers: String) -> Phrase {
        Phrase(zh: "注意：不满足“\(condition)”，\(tiers)无法达到",
               en: "Note: '\(condition)' is not met, so \(tiers) cannot be reached")
    }
    public static func ruledOutAll(_ condition: String) -> Phrase {
        Phrase(zh: "注意：不满足申报条件“\(condition)”，任何等级都无法达到",
               en: "Note: the condition '\(condition)' is not met, so no tier can be reached")
    }

    // Jumping and the review of unanswered questions.
    public static let goKey = Phrase(zh: "g 跳题", en: "g go to")
    /// After a question on the review screen that an eligibility condition reads: while it is
    /// blank, the tiers the condition applies to are not reached.
    public static let decidesEligibilityMark = Phrase(zh: "（申报条件：未答视为不满足）",
                                                      en: " (an eligibility condition: not met while blank)")
    /// A bare `g`: what to type after it.
    public static func goNeedsTarget(count: Int) -> Phrase {
        Phrase(zh: "g 后面要写跳到哪一题：题号 1–\(count)、题目开头的字或 id，例如 g 5、g 数字孪生",
               en: "After g, say which question: a number 1–\(count), the start of a title or an id, e.g. g 5")
    }
    public static func noSuchQuestion(_ target: String, count: Int) -> Phrase {
        Phrase(zh: "没有“\(target)”这一题；g 后面写题号 1–\(count)、题目开头的字或 id",
               en: "There is no question '\(target)'; after g, type a number 1–\(count), the start of a title or an id")
    }
    public static func ambiguousQuestion(_ target: String, _ candidates: String) -> Phrase {
        Phrase(zh: "“\(target)”可指：\(candidates)；请写题号", en: "'\(target)' could be: \(candidates); type the number")
    }
    public static func reviewHeading(_ count: Int) -> Phrase {
        Phrase(zh: "—— 还有 \(count) 题未回答 ——", en: "—— \(count) questions not answered ——")
    }
    public static func reviewMore(_ count: Int) -> Phrase { Phrase(zh: "……另有 \(count) 题", en: "… and \(count) more") }
    public static let reviewKeys = [Phrase(zh: "回车 逐题补答", en: "Enter answer them in turn"), Phrase(zh: "g 题号 跳题", en: "g N go to N"),
                                    Phrase(zh: "f 直接看结果", en: "f result now"), Phrase(zh: "b 上一题", en: "b back"), Phrase(zh: "q 保存退出", en: "q save and quit")]
    public static let reviewHelp = Phrase(zh: "这些题目还没有答案。回车逐题补答（仍可 s 跳过）；f 不再补答、直接看结果，未答的题按 0 分计",
                                          en: "These questions have no answer yet. Enter goes through them (s still skips); f shows the result now, and unanswered questions score 0")

    // The lock and the comments of a resumed file.
    public static func lockHeld(_ path: String, lock: String, owner: String) -> Phrase {
        Phrase(zh: "\(path) 正由另一个 zhizao check 会话填写（\(owner)）；请先结束那个会话。若确认没有，删除锁文件 \(lock) 后重试",
               en: "\(path) is being filled in by another zhizao check session (\(owner)); end that one first. If there is none, delete the lock file \(lock) and try again")
    }
    public static func lockOwner(process: Int32) -> Phrase { Phrase(zh: "进程 \(process)", en: "process \(process)") }
    public static func staleLock(_ lock: String) -> Phrase {
        Phrase(zh: "已清除上次会话遗留的锁文件 \(lock)", en: "Removed the lock file \(lock) an earlier session left behind")
    }
    public static func commentsDropped(_ path: String, lines: String, copy: String) -> Phrase {
        Phrase(zh: "注意：\(path) 中的注释（第 \(lines) 行）在继续填写保存时无法保留；原文件已复制到 \(copy)",
               en: "Note: the comments in \(path) (lines \(lines)) cannot be kept when answers are saved; the original is copied to \(copy)")
    }
}
