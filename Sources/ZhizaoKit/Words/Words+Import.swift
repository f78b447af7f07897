extension Words {
    /// `zhizao import`: what it says about each row, naming the enterprise (SPEC §4).
    public enum Import {
        public static let enterpriseName = Questionnaire.enterpriseName
        public static let creditCode = Questionnaire.creditCode

        /// A row's enterprise when its name cell is blank.
        public static func unnamed(row: Int) -> Phrase { Phrase(zh: "第 \(row) 行（未填企业名称）", en: "row \(row) (no enterprise name)") }

        // One summary line per row.
        public static func written(_ source: String, enterprise: String, file: String) -> Phrase {
            Phrase(zh: "\(source) \(enterprise) → \(file)", en: "\(source) \(enterprise) → \(file)")
        }
        public static func unchanged(_ source: String, enterprise: String, file: String) -> Phrase {
            Phrase(zh: "\(source) \(enterprise) → \(file)（内容未变，文件未改动）", en: "\(source) \(enterprise) → \(file) (same content, file left as it was)")
        }
        public static func refused(_ source: String, enterprise: String, problems: Int) -> Phrase {
            Phrase(zh: "\(source) \(enterprise)：未写出（\(problems) 处问题，见上）", en: "\(source) \(enterprise): not written (\(problems) problem\(problems == 1 ? "" : "s"), see above)")
        }

        // Warnings about a row that was written.
        /// The blank cells of required fields in one row.
        public static func blankRequired(_ enterprise: String, fields: [Phrase]) -> Phrase {
            Phrase(zh: "\(enterprise)：必填项未填：「\(fields.map(\.zh).joined(separator: "」「"))」",
                   en: "\(enterprise): required field\(fields.count == 1 ? "" : "s") left blank: “\(fields.map(\.en).joined(separator: "”, “"))”")
        }
        /// A blank answer an eligibility condition reads: `conditions` are the gates' titles.
        public static func blankGateAnswer(_ enterprise: String, field: Phrase, conditions: [Phrase]) -> Phrase {
            Phrase(zh: "\(enterprise)：「\(field.zh)」未填；申报条件「\(conditions.map(\.zh).joined(separator: "」「"))」读它，留空即不满足",
                   en: "\(enterprise): “\(field.en)” is blank; the condition “\(conditions.map(\.en).joined(separator: "”, “"))” reads it and fails without it")
        }
        /// A credit code already used by an earlier row of the sheet (`first`: its cell).
        public static func repeatedCreditCode(_ enterprise: String, code: String, first: String, file: String) -> Phrase {
            Phrase(zh: "\(enterprise)：统一社会信用代码 \(code) 与 \(first) 相同，本行另存为 \(file)；请确认是否同一企业填了两次",
                   en: "\(enterprise): the credit code \(code) is also in \(first); this row is written as \(file) — check whether one enterprise was entered twice")
        }
        /// A result warning (`fraction`) about a row, with its enterprise.
        public static func about(_ enterprise: String, _ warning: Phrase) -> Phrase {
            Phrase(zh: "\(enterprise)：\(warning.zh)", en: "\(enterprise): \(warning.en)")
        }
    }
}
