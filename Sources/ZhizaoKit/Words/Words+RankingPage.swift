extension Words {
    /// The shortlist workbook (`ranking.xlsx`): what a clerk reads beside the words of
    /// `Words.RankingWhy`.
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
    }
}
