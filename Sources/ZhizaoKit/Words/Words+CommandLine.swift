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
        /// `--limit NAME=VALUE` with a name that is none of `known`.
        public static func unknownLimit(_ given: String, known: String) -> Phrase {
            Phrase(zh: "--limit：没有名为“\(given)”的上限；可用：\(known)", en: "no limit named '\(given)'; the limits are: \(known)")
        }
        /// `--limit NAME=VALUE` whose value is not a whole number above 0.
        public static func limitNotANumber(_ given: String) -> Phrase {
            Phrase(zh: "--limit：“\(given)”应写成 名称=正整数，如 xlsx-part-mb=128",
                   en: "'\(given)' must be NAME=a whole number above 0, such as xlsx-part-mb=128")
        }
        /// `score --margin P --no-plan`: the margin is the plan's.
        public static let marginWithoutPlan = Phrase(zh: "--margin 用于改进计划，不能与 --no-plan 同时使用", en: "is for the plan; it cannot go with --no-plan")
        /// `rank --margin P` without `--reports`: the ranking has no plan; only the applicants' reports do.
        public static let marginNeedsReports = Phrase(zh: "--margin 只影响 --reports 写出的企业报告中的改进计划，不影响排序；请与 --reports 一起使用",
                                                      en: "only changes the plans in the applicants' reports (--reports), never the ranking; use it with --reports")
        /// `report -o FILE` without `--format`, where the file's ending names no report format.
        public static func unknownReportExtension(_ file: String, known: [String]) -> Phrase {
            Phrase(zh: "-o \(file)：无法从扩展名判断报告格式；请使用 \(known.joined(separator: " ")) 之一，或用 --format 指定格式",
                   en: "-o \(file): the file's ending names no report format; use one of \(known.joined(separator: " ")), or give --format")
        }
        /// `check 答卷.yaml -o 另一份.yaml`: the file is named once.
        public static let checkFileTwice = Phrase(
            zh: "答卷文件只需给一次：直接写文件名（已存在则继续填写），或用 -o（新建）/ --resume（继续）",
            en: "name the answers file once: as the argument (gone on with if it exists), or with -o (new) or --resume (go on)")
        /// `template -o 问卷.txt`: no template format has that ending.
        public static func unknownTemplateExtension(_ file: String, known: [String]) -> Phrase {
            Phrase(zh: "-o \(file)：无法从扩展名判断问卷格式；请使用 \(known.joined(separator: " ")) 之一，或用 --format 指定格式",
                   en: "-o \(file): the file's ending names no questionnaire format; use one of \(known.joined(separator: " ")), or give --format")
        }
        /// `report -o 报告.md --format html`: the two disagree, so neither is guessed right.
        public static func formatContradictsExtension(format: String, file: String, fileFormat: String, ending: String) -> Phrase {
            Phrase(zh: "--format \(format) 与 -o \(file) 不一致：该扩展名表示 \(fileFormat) 格式；请去掉 --format，或把文件名改为 .\(ending) 结尾",
                   en: "--format \(format) contradicts -o \(file), whose ending means \(fileFormat); drop --format, or end the file name in .\(ending)")
        }
        /// `report` without `-o`, of a format for a browser or a word processor, on a terminal.
        public static func reportNotForTerminal(format: String, ending: String) -> Phrase {
            Phrase(zh: "不把 \(format) 报告输出到终端；请用 -o 写入文件，例如 -o 报告.\(ending)（在终端阅读可用 --format markdown）",
                   en: "\(format) reports are not printed to a terminal; write the report to a file, e.g. -o report.\(ending) (to read it here, use --format markdown)")
        }
        public static func unknownQuotaField(_ value: String, known: [String]) -> Phrase {
            Phrase(zh: "--quota-by：不能按“\(value)”分配名额；可选：\(known.joined(separator: "、"))",
                   en: "--quota-by: cannot apply a quota per '\(value)'; one of: \(known.joined(separator: ", "))")
        }
    }
}
