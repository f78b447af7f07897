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
        public static func unknownQuotaField(_ value: String, known: [String]) -> Phrase {
            Phrase(zh: "--quota-by：不能按“\(value)”分配名额；可选：\(known.joined(separator: "、"))",
                   en: "--quota-by: cannot apply a quota per '\(value)'; one of: \(known.joined(separator: ", "))")
        }
    }
}
