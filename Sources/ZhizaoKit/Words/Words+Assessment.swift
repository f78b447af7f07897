extension Words {
    /// Reading an assessment against its rubric: every reason one is refused.
    public enum Assessments {
        /// What a part of an assessment is called in a message.
        public enum Item {
            public static let assessment = Phrase(zh: "评估文件", en: "the assessment")
            public static let enterprise = Phrase(zh: "企业信息（enterprise）", en: "enterprise")
            public static let profile = Phrase(zh: "企业概况（profile）", en: "profile")
            public static let answers = Phrase(zh: "答卷（answers）", en: "answers")

            /// `indicator` is `field(title:id:)`.
            public static func answer(to indicator: Phrase) -> Phrase {
                Phrase(zh: "“\(indicator.zh)”的回答", en: "the answer to \(indicator.en)")
            }
        }

        /// A field as messages name it: its title, the id in brackets (`数字化设计（rd_digital_design）`);
        /// the id alone when the rubric gives no other title.
        public static func field(title: Phrase, id: String) -> Phrase {
            if title.zh == id && title.en == id { return .same(id) }
            return Phrase(zh: "\(title.zh)（\(id)）", en: "\(title.en) (\(id))")
        }

        /// A choice as a list names it: its label, the id in brackets (`试点应用（pilot）`).
        public static func choice(label: Phrase, id: String) -> Phrase { field(title: label, id: id) }

        /// Choices (or tiers), listed: `未开展（none）、试点应用（pilot）` / `None (none), Pilot (pilot)`.
        public static func list(_ items: [Phrase]) -> Phrase {
            Phrase(zh: items.map(\.zh).joined(separator: "、"), en: items.map(\.en).joined(separator: ", "))
        }

        /// The header fields, named by what they hold.
        public static let submittedField = Phrase(zh: "申报日期（submitted）", en: "The submission date (submitted)")
        public static let applyingForField = Phrase(zh: "申报等级（applying_for）", en: "The tier applied for (applying_for)")

        public static func wrongFormat(expected: String, found: String) -> Phrase {
            Phrase(zh: "format 应为 \(expected)，实际为 '\(found)'（这是评价细则吗？）",
                   en: "format must be \(expected), found '\(found)' (is this a rubric?)")
        }

        /// `tiers`: the rubric's tiers, `list(_:)`.
        public static func notATier(_ tier: String, hint: Phrase, tiers: Phrase) -> Phrase {
            Phrase(zh: "\(applyingForField.zh)“\(tier)”不是本细则的等级\(hint.zh)；可选：\(tiers.zh)",
                   en: "\(applyingForField.en) '\(tier)' is not a tier of the rubric\(hint.en); one of: \(tiers.en)")
        }

        /// A city or industry the rubric does not list (SPEC §1 `enterprise_fields`).
        public static func unknownEnterpriseValue(_ value: String, field: String, valid: [String]) -> Phrase {
            let name = field == "city" ? Phrase(zh: "所在城市", en: "The city") : Phrase(zh: "所属行业", en: "The industry")
            return Phrase(zh: "\(name.zh)“\(value)”不在本细则规定的取值中；可填：\(valid.joined(separator: "、"))",
                          en: "\(name.en) '\(value)' is not one this rubric accepts; one of: \(valid.joined(separator: ", "))")
        }

        public static func notDate(_ text: String) -> Phrase {
            Phrase(zh: "\(submittedField.zh)应为日期 YYYY-MM-DD，实际为“\(text)”", en: "\(submittedField.en) must be a date YYYY-MM-DD, found '\(text)'")
        }

        /// `name` is `field(title:id:)`, here and below.
        public static func notBool(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)应为 true 或 false", en: "\(name.en) must be true or false")
        }
        /// `是`, `Y`, `√` in a YAML file: what the file must say instead.
        public static func notBool(_ name: Phrase, typed: String, means value: Bool) -> Phrase {
            Phrase(zh: "\(name.zh)应为 true 或 false；“\(typed)”请写作 \(value)",
                   en: "\(name.en) must be true or false; write '\(typed)' as \(value)")
        }

        public static func notInteger(_ name: Phrase, found: String) -> Phrase {
            Phrase(zh: "\(name.zh)应为整数，实际为 \(found)", en: "\(name.en) must be an integer, found \(found)")
        }

        public static func notNumber(_ name: Phrase, foundText text: String) -> Phrase {
            Phrase(zh: "\(name.zh)应为数字，实际为“\(text)”", en: "\(name.en) must be a number, found '\(text)'")
        }

        /// `found` is one of `Words.Input.NodeKind`.
        public static func notNumber(_ name: Phrase, found: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)应为数字，实际是\(found.zh)", en: "\(name.en) must be a number, found \(found.en)")
        }

        /// `expected` is what the field holds (`Words.Loading.Item.text`, `.choice`), `found` one of `Words.Input.NodeKind`.
        public static func wrongKind(_ name: Phrase, expected: Phrase, found: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)应为\(expected.zh)，实际是\(found.zh)", en: "\(name.en) must be \(expected.en), found \(found.en)")
        }

        public static func unknownIndicator(_ id: String, hint: Phrase) -> Phrase {
            Phrase(zh: "细则中没有指标 '\(id)'\(hint.zh)", en: "no indicator '\(id)' in the rubric\(hint.en)")
        }

        public static func valueAndNA(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)：不能既填答案（value）又填不适用（na），请只留一个",
                   en: "\(name.en): give an answer (value) or N/A (na), not both")
        }

        public static func needsValueOrNA(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)：请填答案（value），或填不适用（na）并写明原因",
                   en: "\(name.en): the answer needs a value, or na with the reason it does not apply")
        }

        public static func naForbidden(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)不允许填“不适用”", en: "\(name.en) cannot be answered N/A")
        }

        public static func naNeedsReason(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)：填“不适用”必须写明原因", en: "\(name.en): an N/A needs a reason")
        }

        public static func multiNeedsList(_ name: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)是多选题，回答应为选项列表，如 [a, b]",
                   en: "\(name.en) is a multiple choice: answer with a list of choices, e.g. [a, b]")
        }

        /// `choice` is `choice(label:id:)`.
        public static func choiceRepeats(_ name: Phrase, choice: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)：选项“\(choice.zh)”重复", en: "\(name.en): choice \(choice.en) repeats")
        }

        public static func belowMinimum(_ name: Phrase, minimum: String, found: String) -> Phrase {
            Phrase(zh: "\(name.zh)不能小于 \(minimum)，实际为 \(found)", en: "\(name.en) must be at least \(minimum), found \(found)")
        }

        public static func aboveMaximum(_ name: Phrase, maximum: String, found: String) -> Phrase {
            Phrase(zh: "\(name.zh)不能大于 \(maximum)，实际为 \(found)", en: "\(name.en) must be at most \(maximum), found \(found)")
        }

        /// `hint` is `labelOf(_:choice:)` or a did-you-mean; `valid`: the choices, `list(_:)`.
        public static func unknownChoice(_ name: Phrase, _ text: String, hint: Phrase, valid: Phrase) -> Phrase {
            Phrase(zh: "\(name.zh)：没有选项“\(text)”\(hint.zh)；可选：\(valid.zh)",
                   en: "\(name.en): no choice '\(text)'\(hint.en); valid: \(valid.en)")
        }

        /// A label written instead of its choice's id (a common slip).
        public static func labelOf(_ text: String, choice: String) -> Phrase {
            Phrase(zh: "（“\(text)”对应的选项是 '\(choice)'）", en: " ('\(text)' is the label of '\(choice)')")
        }
    }
}
