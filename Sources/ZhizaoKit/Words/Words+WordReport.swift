extension Words {
    /// What only the Word report (`report --format docx`) says: its appendix for auditors.
    public enum WordReport {
        public static let appendix = Phrase(zh: "附录（供审核人员）", en: "Appendix for auditors")
        public static let appendixNote = Phrase(
            zh: "以下内容供核对评价过程使用：条件与规则的表达式、读取的原始值、文件指纹与工具版本。",
            en: "For checking how the verdict was reached: the expressions of the conditions and rules, the raw values read, the file fingerprints and the tool version.")
        public static let files = Phrase(zh: "文件指纹与工具版本", en: "Fingerprints and tool version")
        public static let expressions = Phrase(zh: "条件与规则的表达式", en: "Expressions of the conditions and rules")
        public static let expression = Phrase(zh: "表达式", en: "Expression")
        public static let metricValues = Phrase(zh: "计算指标的取值", en: "Metric values")
        public static let templateWithDocx = Phrase(zh: "Word 报告不使用模板；--template 只用于 html 和 markdown",
                                                    en: "a Word report takes no template; --template is for html and markdown only")
    }
}
