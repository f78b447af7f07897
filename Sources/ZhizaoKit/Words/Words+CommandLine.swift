extension Words {
    /// Usage errors: ArgumentParser refuses a command line while parsing it, before `--lang`
    /// is known, so these are shown in both languages on one line, `中文 / English`. The
    /// English half goes on after the Chinese one and does not say its subject again.
    public enum CommandLine {
        /// `zhizao import` given something other than a spreadsheet.
        public static func notASpreadsheet(_ file: String) -> Phrase {
            Phrase(zh: "\(file)：需要 .csv 或 .xlsx 文件", en: "needs a .csv or .xlsx file")
        }

        /// `zhizao template --format xlsx` without `-o`: a workbook is not printed.
        public static func needsOutputFile(format: String) -> Phrase {
            Phrase(zh: "--format \(format) 需要 -o FILE", en: "needs -o FILE")
        }

        /// `rank`'s options that must go together or be in range.
        public static let quotaNegative = Phrase(zh: "--quota 不能为负数", en: "must not be negative")
        public static let jobsTooFew = Phrase(zh: "--jobs 至少为 1", en: "must be at least 1")
        public static let quotaByNeedsQuota = Phrase(zh: "--quota-by 需要 --quota", en: "needs --quota")
        /// `--margin P`: a number of points from 0 to 20, at most one decimal.
        public static func marginNotANumber(_ value: String) -> Phrase {
            Phrase(zh: "--margin：“\(value)”不是分数；请写 0 到 20 之间的数，如 2 或 1.5",
                   en: "'\(value)' is not a number of points; write one from 0 to 20, such as 2 or 1.5")
        }
        public static let marginNegative = Phrase(zh: "--margin 不能为负数", en: "must not be negative")
        public static let marginTooLarge = Phrase(zh: "--margin 最多为 20 分", en: "must be at most 20 points")
        public static let marginTooPrecise = Phrase(zh: "--margin 最多一位小数（总分按一位小数比较）",
                                                    en: "takes at most one decimal (totals are compared to one decimal)")
        /// `score --margin P --no-plan`: the margin is the plan's.
        public static let marginWithoutPlan = Phrase(zh: "--margin 用于改进计划，不能与 --no-plan 同时使用", en: "is for the plan; it cannot go with --no-plan")
        /// `rank --margin P` without `--reports`: the ranking has no plan; only the applicants' reports do.
        public static let marginNeedsReports = Phrase(zh: "--margin 只影响 --reports 写出的企业报告中的改进计划，不影响排序；请与 --reports 一起使用",
                                                      en: "only changes the plans in the applicants' reports (--reports), never the ranking; use it with --reports")
        public static func unknownQuotaField(_ value: String, known: [String]) -> Phrase {
            Phrase(zh: "--quota-by：不能按“\(value)”分配名额；可选：\(known.joined(separator: "、"))",
                   en: "--quota-by: cannot apply a quota per '\(value)'; one of: \(known.joined(separator: ", "))")
        }
    }
}
