extension Words {
    /// `zhizao rank`: the batch, the ranking documents (ranking.md, ranking.html) and the
    /// applicants' reports.
    public enum Ranking {
        // MARK: The batch

        public static func otherRubric(_ reference: String, batch: String) -> Phrase {
            Phrase(zh: "评价细则 \(reference) 与本批次的 \(batch) 不同（可用 --rubric 统一）",
                   en: "rubric \(reference) differs from the batch's \(batch) (use --rubric)")
        }

        public static let needsCreditCode = Phrase(zh: "排序需要统一社会信用代码（enterprise.credit_code）", en: "rank needs a credit code (enterprise.credit_code)")

        /// `--tier gold` with a rubric that has no such tier.
        /// `known`: the rubric's tiers, listed (`Rubric.tierList`).
        public static func unknownTier(_ tier: String, known: Phrase) -> Phrase {
            Phrase(zh: "--tier：细则中没有等级“\(tier)”；可选：\(known.zh)", en: "--tier: no tier '\(tier)' in the rubric; one of: \(known.en)")
        }

        public static let outIsAFile = Phrase(zh: "--out 应为文件夹，这里已有一个同名文件；请换一个文件夹名",
                                              en: "--out must be a folder, and a file of that name exists; choose another folder")
        public static let nothingFound = Phrase(zh: "警告：没有找到任何评估文件（.yaml .yml .json .csv .xlsx），排序结果为空",
                                                en: "warning: no assessment found (.yaml .yml .json .csv .xlsx); the ranking is empty")

        /// The line `rank` ends with.
        public static func done(found: Int, scored: Int, rejected: Int, skipped: Int, folder: String) -> Phrase {
            Phrase(zh: "找到 \(found) 份，评分 \(scored) 份，拒绝 \(rejected) 份（另跳过 \(skipped) 个非评估文件或工作表）→ \(folder)",
                   en: "found \(found), scored \(scored), rejected \(rejected) (not assessments, skipped: \(skipped)) → \(folder)")
        }

        /// The progress line on a terminal; `rate` in inputs per second, `left` in seconds.
        public static func progress(done: Int, of total: Int, rate: Double, left: Double) -> Phrase {
            Phrase(zh: String(format: "已处理 %d/%d  %.0f 份/秒  剩余约 %.0f 秒 ", done, total, rate, left),
                   en: String(format: "%d/%d done  %.0f/s  about %.0f s left ", done, total, rate, left))
        }

        // MARK: The documents

        public static let title = Phrase(zh: "申报排序", en: "Ranking")

        /// The line under ranking.md's title.
        public static func summaryLine(rubric: String, version: String, found: Int, scored: Int, rejected: Int, skipped: Int) -> Phrase {
            Phrase(zh: "细则 \(rubric) \(version) · 找到 \(found) · 评分 \(scored) · 拒绝 \(rejected) · 跳过 \(skipped)",
                   en: "Rubric \(rubric) \(version) · found \(found) · scored \(scored) · rejected \(rejected) · skipped \(skipped)")
        }

        public static let rank = Phrase(zh: "名次", en: "Rank")
        public static let selected = Phrase(zh: "入选", en: "Selected")
        public static let enterprise = Phrase(zh: "企业", en: "Enterprise")
        public static let creditCode = Phrase(zh: "信用代码", en: "Credit code")
        public static let city = Phrase(zh: "城市", en: "City")
        public static let tier = Phrase(zh: "判定等级", en: "Tier")
        public static let total = Phrase(zh: "总分", en: "Total")
        public static let reason = Phrase(zh: "原因", en: "Reason")
        public static let source = Phrase(zh: "来源", en: "Source")
        public static let summary = Phrase(zh: "概况", en: "Summary")
        public static let found = Phrase(zh: "找到", en: "Found")
        public static let scored = Phrase(zh: "评分", en: "Scored")
        public static let rejectedCount = Phrase(zh: "拒绝", en: "Rejected")
        public static let skipped = Phrase(zh: "跳过", en: "Skipped")
        public static let perTier = Phrase(zh: "各等级数量", en: "Applicants per tier")
        public static let count = Phrase(zh: "数量", en: "Count")
        public static let distribution = Phrase(zh: "分数分布", en: "Score distribution")
        public static let group = Phrase(zh: "范围", en: "Group")
        public static let lists = Phrase(zh: "排序名单", en: "Ranked lists")
        public static let rejected = Phrase(zh: "未能评分", en: "Rejected")
        public static let noTarget = Phrase(zh: "未指定申报等级", en: "No target tier")
        /// The result tier of an applicant that achieves none.
        public static let noTier = Phrase(zh: "未达等级", en: "None")
        public static let histogram = Phrase(zh: "总分分布（每 5 分一档）", en: "Totals, in steps of 5 points")
        /// The distribution table's row for the whole batch.
        public static let all = Phrase(zh: "全部", en: "All")
        /// The distribution table's row for applicants without a city.
        public static let noCity = Phrase(zh: "（未填城市）", en: "(no city)")
        /// The per-city table's row for applicants without a city.
        public static let noCityShort = Phrase(zh: "（未填）", en: "(none)")

        /// A ranking page template without one of the sections it is cut at.
        public static func templateLacks(_ tag: String) -> Phrase {
            Phrase(zh: "排序页模板缺少 \(tag)", en: "the ranking page template lacks \(tag)")
        }
    }
}
