extension Words {
    /// A ranking row's status and its why, and the record of the run, in words (SPEC §4, "A
    /// ranking defends itself"): what staff read to answer "why not us?".
    public enum RankingWhy {
        // MARK: Status

        public static let selected = Phrase(zh: "入选", en: "selected")
        public static let quotaFull = Phrase(zh: "名额已满", en: "quota full")
        public static let notAchieved = Phrase(zh: "未达到申报等级", en: "target not achieved")
        public static let duplicate = Phrase(zh: "信用代码重复", en: "duplicate credit code")
        public static let incomplete = Phrase(zh: "未完整作答", en: "incomplete")
        public static let status = Phrase(zh: "状态", en: "Status")
        public static let why = Phrase(zh: "原因", en: "Why")
        public static let complete = Phrase(zh: "完整", en: "Complete")

        // MARK: Why

        /// Other applications with the same credit code and different content.
        public static func duplicate(others: [String]) -> Phrase {
            Phrase(zh: "统一社会信用代码与 \(others.joined(separator: "、")) 相同而内容不同：须人工核实，核实前不入选，也不占名额",
                   en: "Same credit code as \(others.joined(separator: ", ")) with different content: a person must resolve it; until then it is not selected and takes no place")
        }

        /// Another application with the same credit code, as a duplicate's why names it: where it
        /// is, when it was filled in and its total, so that a person can tell which to keep.
        public static func otherApplication(_ source: String, submitted: String?, total: String) -> Phrase {
            Phrase(zh: "\(source)（" + (submitted.map { "填报日期 \($0)，" } ?? "") + "总分 \(total)）",
                   en: "\(source) (" + (submitted.map { "submitted \($0), " } ?? "") + "total \(total))")
        }

        /// No tier applied for: the no-target list, where no quota applies. `tier`: the result
        /// tier's title, nil for none.
        public static func noTarget(tier: String?) -> Phrase {
            Phrase(zh: "未填写申报等级（applying_for），不参加各等级名单的排序和名额分配；本次判定" + (tier.map { "达到\($0)" } ?? "未达到任何等级"),
                   en: "No tier applied for (applying_for): not in any target list or quota; judged " + (tier.map { "to reach \($0)" } ?? "to reach no tier"))
        }

        /// Required indicators unanswered; `shown` of them named, `more` not.
        public static func incomplete(count: Int, shown: [String], more: Int, selectable: Bool) -> Phrase {
            let zhMore = more > 0 ? "等" : ""
            let enMore = more > 0 ? ", …" : ""
            return Phrase(zh: "未完整作答：\(count) 个必答指标未作答（\(shown.joined(separator: "、"))\(zhMore)）" + (selectable ? "" : "，不入选"),
                          en: "Incomplete: \(count) required indicator\(count == 1 ? "" : "s") unanswered (\(shown.joined(separator: ", "))\(enMore))"
                              + (selectable ? "" : "; not selected"))
        }

        /// The group a quota applies to, as a why names it.
        public static func group(_ name: String) -> Phrase {
            name.isEmpty ? Phrase(zh: "本名单", en: "this list") : Phrase(zh: name, en: name)
        }

        public static func quotaZero(group: String) -> Phrase {
            Phrase(zh: "名额已满：\(group)的名额为 0", en: "Quota full: \(group) has no places")
        }

        /// The cut line: the last applicant selected in the group and what put this one below it.
        public static func quotaFull(group: String, quota: Int, last: String, lastValues: String, below: String) -> Phrase {
            Phrase(zh: "名额已满：\(group)的 \(quota) 个名额已用完，最后入选的是 \(last)（\(lastValues)），\(below)",
                   en: "Quota full: the \(quota) place\(quota == 1 ? "" : "s") of \(group) are taken; the last selected is \(last) (\(lastValues)), and \(below)")
        }

        /// This applicant's total is lower than the cut line's.
        public static func lowerTotal(own: String, cut: String) -> Phrase {
            Phrase(zh: "本企业总分 \(own) 低于 \(cut)", en: "this applicant's total \(own) is below \(cut)")
        }

        /// Level on the total and the tie-breaks before, lower on one tie-break.
        public static func lowerTiebreak(_ name: String, own: String, cut: String) -> Phrase {
            Phrase(zh: "总分相同，按排序依据“\(name)”本企业 \(own) 低于 \(cut)",
                   en: "level on the total; on the tie-break \"\(name)\" this applicant's \(own) is below \(cut)")
        }

        public static let laterCreditCode = Phrase(zh: "总分与各排序依据均相同，按统一社会信用代码排在其后",
                                                   en: "level on the total and every tie-break; ordered after it by credit code")
        public static let laterSource = Phrase(zh: "同一企业的另一份申报，按文件名排在其后",
                                               en: "another application of the same enterprise, ordered after it by file name")

        /// A column of tie-break values, named by what the tie-break reads.
        public static func tiebreakColumn(_ title: String) -> Phrase {
            Phrase(zh: "排序依据：\(title)", en: "Tie-break: \(title)")
        }

        /// The value of a tie-break that failed to evaluate (it sorts after every number).
        public static let noValue = Phrase(zh: "无法计算", en: "not computable")

        // MARK: The run

        public static let run = Phrase(zh: "本次排序的依据", en: "How this ranking was made")
        public static let date = Phrase(zh: "排序日期", en: "Date")
        public static let tool = Phrase(zh: "工具版本", en: "Tool version")
        public static let rubric = Phrase(zh: "评价细则", en: "Rubric")
        public static let target = Phrase(zh: "目标等级", en: "Target tier")
        public static let quota = Phrase(zh: "名额", en: "Quota")
        public static let incompleteRule = Phrase(zh: "未完整作答的申报", en: "Incomplete assessments")
        public static let order = Phrase(zh: "排序规则", en: "Order")
        public static let counts = Phrase(zh: "数量", en: "Counts")
        public static let skippedFiles = Phrase(zh: "跳过的文件和工作表", en: "Skipped files and sheets")
        public static let sameApplications = Phrase(zh: "重复提交的同一份申报（只排一次）", en: "The same application submitted more than once (ranked once)")

        public static func targetEveryone(_ tier: String) -> Phrase {
            Phrase(zh: "所有企业均按“\(tier)”排序（--tier）", en: "Everyone ranked against \(tier) (--tier)")
        }
        public static let targetOwn = Phrase(zh: "各企业按各自申报的等级排序", en: "Each applicant against the tier it applies for")

        public static let noQuota = Phrase(zh: "不设名额", en: "No quota")
        public static func quotaPerList(_ n: Int) -> Phrase {
            Phrase(zh: "每个等级名单 \(n) 名", en: "\(n) per target list")
        }
        /// `field`: 城市 or 行业; `canonical`: the rubric lists its values.
        public static func quotaPerGroup(_ n: Int, field: String, canonical: Bool) -> Phrase {
            Phrase(zh: "每个等级名单中每个\(field) \(n) 名" + (canonical ? "（按细则规定的\(field)名称归并写法）" : "（按填写文字分组，去除空格、全角转半角）"),
                   en: "\(n) per \(field) in each target list" + (canonical ? " (spellings matched to the rubric's \(field) names)" : " (grouped by the text given, trimmed, full-width read as half-width)"))
        }
        public static func fieldName(_ field: String) -> Phrase {
            field == "city" ? Phrase(zh: "城市", en: "city") : Phrase(zh: "行业", en: "industry")
        }

        public static let incompleteExcluded = Phrase(zh: "排序但不入选（未使用 --allow-incomplete）",
                                                      en: "ranked, never selected (no --allow-incomplete)")
        public static let incompleteAllowed = Phrase(zh: "可以入选（--allow-incomplete）", en: "may be selected (--allow-incomplete)")

        /// The total order in words.
        public static func order(tiebreaks: [String]) -> Phrase {
            let zhBreaks = tiebreaks.map { "“\($0)”" }.joined(separator: "、")
            let enBreaks = tiebreaks.map { "\"\($0)\"" }.joined(separator: ", ")
            return Phrase(zh: "先列达到目标等级的企业，再按总分从高到低" + (tiebreaks.isEmpty ? "" : "；总分相同按\(zhBreaks)从高到低") + "；仍相同按统一社会信用代码",
                          en: "Those achieving the target first, then total, highest first" + (tiebreaks.isEmpty ? "" : "; level totals by \(enBreaks), highest first") + "; then credit code")
        }

        public static func counts(found: Int, scored: Int, rejected: Int, skipped: Int, repeated: Int, ranked: Int) -> Phrase {
            Phrase(zh: "找到 \(found) 份，评分 \(scored) 份" + (repeated > 0 ? "（其中 \(repeated) 份是重复提交的同一份申报）" : "")
                       + "，排序 \(ranked) 家，未能评分 \(rejected) 份；另跳过 \(skipped) 个非评估文件或工作表",
                   en: "found \(found), scored \(scored)" + (repeated > 0 ? " (\(repeated) of them the same application again)" : "")
                       + ", ranked \(ranked), rejected \(rejected); \(skipped) files or sheets skipped as not assessments")
        }

        public static func sameApplication(kept: String, repeats: [String]) -> Phrase {
            Phrase(zh: "\(kept)：与 \(repeats.joined(separator: "、")) 内容完全相同", en: "\(kept): identical to \(repeats.joined(separator: ", "))")
        }

        // MARK: Group summaries

        public static let groups = Phrase(zh: "各组名额使用情况", en: "Places per group")
        public static let targetList = Phrase(zh: "等级名单", en: "Target list")
        public static let groupName = Phrase(zh: "分组", en: "Group")
        public static let wholeList = Phrase(zh: "（整个名单）", en: "(whole list)")
        public static let noGroupValue = Phrase(zh: "（未填）", en: "(none)")
        public static let applicants = Phrase(zh: "申报数", en: "Applicants")
        public static let achieved = Phrase(zh: "达标", en: "Achieved")
        public static let selectedCount = Phrase(zh: "入选", en: "Selected")
        public static let unused = Phrase(zh: "空余名额", en: "Unused places")
        public static let quotaFullCount = Phrase(zh: "名额已满", en: "Quota full")
        public static let incompleteCount = Phrase(zh: "未完整作答", en: "Incomplete")
        public static let duplicates = Phrase(zh: "信用代码重复", en: "Duplicates")
        public static let rejects = Phrase(zh: "未能评分", en: "Rejected")
    }
}
