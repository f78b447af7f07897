extension Words {
    /// What a typed value (a sheet cell, a `check` line, a YAML value) is refused or warned
    /// for (SPEC §2, "Forgiving where a person typed it"). A field is named by its title, a
    /// choice by its label, another cell by its reference (`评估!AJ6`).
    public enum TypedValues {
        private static func list(_ items: [Phrase]) -> Phrase {
            Phrase(zh: items.map(\.zh).joined(separator: "、"), en: items.map(\.en).joined(separator: ", "))
        }

        /// The titles of the fields a sheet reads without a rubric's help.
        public static let applyingForField = Questionnaire.applyingFor
        public static let submittedField = Questionnaire.submitted
        /// The title of an indicator's N/A column in each language.
        public static func notApplicableColumn(of title: Phrase) -> Phrase {
            Phrase(zh: Questionnaire.notApplicableReason(of: title.zh).zh, en: Questionnaire.notApplicableReason(of: title.en).en)
        }

        /// “二级” begins the labels of several choices.
        public static func ambiguousChoice(_ typed: String, field: Phrase, candidates: [Phrase]) -> Phrase {
            let names = list(candidates)
            return Phrase(zh: "「\(typed)」可指「\(field.zh)」的多个选项：\(names.zh)；请填写完整的选项",
                          en: "“\(typed)” could be several choices of “\(field.en)”: \(names.en); type the whole choice")
        }

        public static func notAChoice(_ typed: String, field: Phrase, choices: [Phrase]) -> Phrase {
            let names = list(choices)
            return Phrase(zh: "「\(typed)」不是「\(field.zh)」的选项；可选：\(names.zh)",
                          en: "“\(typed)” is not a choice of “\(field.en)”; the choices are: \(names.en)")
        }

        public static func notYesNo(_ typed: String, field: Phrase) -> Phrase {
            Phrase(zh: "「\(field.zh)」应填 是 或 否（也可填 √/×、Y/N、true/false），不是「\(typed)」",
                   en: "“\(field.en)” takes yes or no (or Y/N, √/×, true/false), not “\(typed)”")
        }

        public static func notANumber(_ typed: String, field: Phrase) -> Phrase {
            Phrase(zh: "「\(field.zh)」应填数字，不是「\(typed)」", en: "“\(field.en)” takes a number, not “\(typed)”")
        }

        public static func notADate(_ typed: String, field: Phrase) -> Phrase {
            Phrase(zh: "「\(field.zh)」应填日期，如 2025-06-30、2025/6/30 或 2025年6月30日，不是「\(typed)」",
                   en: "“\(field.en)” takes a date such as 2025-06-30, 2025/6/30 or 2025年6月30日, not “\(typed)”")
        }

        /// `不适用` typed into an answer cell; `reasonCell`: the N/A cell of this row
        /// (`评估!AK6`), or nil when the sheet has no N/A column for the indicator.
        public static func notApplicableInAnswer(_ typed: String, field: Phrase, reasonColumn: Phrase, reasonCell: String?) -> Phrase {
            if let reasonCell {
                return Phrase(zh: "答案格不能填「\(typed)」：「\(field.zh)」不适用时，把理由填在「\(reasonColumn.zh)」（\(reasonCell)），答案格留空",
                              en: "the answer cell cannot hold “\(typed)”: when “\(field.en)” does not apply, write the reason in “\(reasonColumn.en)” (\(reasonCell)) and leave the answer empty")
            }
            return Phrase(zh: "答案格不能填「\(typed)」：「\(field.zh)」不适用时，理由填在「\(reasonColumn.zh)」列（表中没有这一列，请从模板补上），答案格留空",
                          en: "the answer cell cannot hold “\(typed)”: when “\(field.en)” does not apply, the reason goes in the column “\(reasonColumn.en)” (the sheet has none; copy it from the template) and the answer stays empty")
        }

        /// `不适用` typed for an indicator that must be answered.
        public static func notApplicableForbidden(_ typed: String, field: Phrase) -> Phrase {
            Phrase(zh: "「\(field.zh)」必须作答，不能填「\(typed)」", en: "“\(field.en)” must be answered; it cannot be “\(typed)”")
        }

        /// An answer and an N/A reason both given: `other` is the other cell (`评估!AK6`).
        public static func answerAndNotApplicable(field: Phrase, other: String) -> Phrase {
            Phrase(zh: "「\(field.zh)」既填了答案，又在 \(other) 填了不适用的理由；只能填其一",
                   en: "“\(field.en)” has an answer and also an N/A reason in \(other); give one or the other")
        }

        /// A percent answer between 0 and 1, taken literally (warning kind `fraction`).
        public static func fraction(_ value: String, hundredfold: String) -> Phrase {
            Phrase(zh: "\(value) 按 \(value)% 计；若指 \(hundredfold)% 请填 \(hundredfold)",
                   en: "\(value) is taken as \(value) %; if you mean \(hundredfold) %, enter \(hundredfold)")
        }

        /// A message about one field, where nothing else names it: "「关键设备联网率」：…".
        public static func about(field: Phrase, _ message: Phrase) -> Phrase {
            Phrase(zh: "「\(field.zh)」：\(message.zh)", en: "“\(field.en)”: \(message.en)")
        }
    }
}
