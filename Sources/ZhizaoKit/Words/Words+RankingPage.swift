extension Words {
    /// The shortlist workbook (`ranking.xlsx`) and the controls of the ranking page
    /// (`ranking.html`): what a clerk reads beside the words of `Words.RankingWhy`.
    public enum RankingPage {
        // MARK: Columns

        public static let industry = Phrase(zh: "行业", en: "Industry")
        public static let applyingFor = Phrase(zh: "申报等级", en: "Applying for")
        public static let achievedTarget = Phrase(zh: "达到申报等级", en: "Target achieved")
        public static let fingerprint = Phrase(zh: "评估文件指纹", en: "Fingerprint")
        public static let item = Phrase(zh: "项目", en: "Item")
        public static let detail = Phrase(zh: "内容", en: "Detail")

        // MARK: The workbook

        /// A list sheet whose tier has no usable title: `名单 2`.
        public static func listSheet(_ number: Int) -> Phrase {
            Phrase(zh: "名单 \(number)", en: "List \(number)")
        }
        public static let runSheet = Phrase(zh: "排序依据", en: "How it was made")
        public static let groupsSheet = Phrase(zh: "各组名额", en: "Places per group")
        public static let rejectsSheet = Phrase(zh: "未能评分", en: "Rejected")

        // MARK: The page's controls (shown by its script)

        public static let find = Phrase(zh: "查找企业", en: "Find an enterprise")
        public static let findPlaceholder = Phrase(zh: "企业名称或统一社会信用代码", en: "Name or credit code")
        public static let all = Phrase(zh: "全部", en: "All")
        public static let shortlistOnly = Phrase(zh: "只看入选企业", en: "Shortlist only")
        /// The count of rows the filters leave; the script puts the numbers in.
        public static func shown(_ shown: String, of total: String) -> Phrase {
            Phrase(zh: "显示 \(shown) / \(total) 家", en: "Showing \(shown) of \(total)")
        }
        /// The button under a list that shows more of its matching rows; the script puts the
        /// numbers in.
        public static func more(_ count: String, rest: String) -> Phrase {
            Phrase(zh: "再显示 \(count) 家（尚有 \(rest) 家未显示）", en: "Show \(count) more (\(rest) not shown)")
        }
        public static let sortHint = Phrase(zh: "点击列标题可排序", en: "Click a column heading to sort")
        public static let noRowsShown = Phrase(zh: "没有符合条件的企业", en: "No applicant matches")
        /// The mark of a complete and of an incomplete assessment, for a screen reader.
        public static let complete = Phrase(zh: "完整", en: "complete")
        public static let incomplete = Phrase(zh: "未完整作答", en: "incomplete")
    }
}
