extension Words {
    /// Reading an assessment against its rubric: every reason one is refused.
    public enum Assessments {
        /// What a part of an assessment is called in a message.
        public enum Item {
            public static let assessment = Phrase(zh: "评估文件", en: "the assessment")
            public static let enterprise = Phrase(zh: "企业信息（enterprise）", en: "enterprise")
            public static let profile = Phrase(zh: "企业概况（profile）", en: "profile")
            public static let answers = Phrase(zh: "答卷（answers）", en: "answers")

            public static func answer(to indicator: String) -> Phrase {
                Phrase(zh: "指标 \(indicator) 的回答", en: "the answer to \(indicator)")
            }
        }

        public static func wrongFormat(expected: String, found: String) -> Phrase {
            Phrase(zh: "format 应为 \(expected)，实际为 '\(found)'（这是评价细则吗？）",
                   en: "format must be \(expected), found '\(found)' (is this a rubric?)")
        }

        /// `tiers`: the rubric's tiers, listed.
        public static func notATier(_ tier: String, hint: Phrase, tiers: String) -> Phrase {
            Phrase(zh: "申报等级 '\(tier)' 不在细则中\(hint.zh)；可选：\(tiers)",
                   en: "applying_for '\(tier)' is not a tier of the rubric\(hint.en); one of: \(tiers)")
        }

        /// A city or industry the rubric does not list (SPEC §1 `enterprise_fields`).
        public static func unknownEnterpriseValue(_ value: String, field: String, valid: [String]) -> Phrase {
            let name = field == "city" ? Phrase(zh: "所在城市", en: "The city") : Phrase(zh: "所属行业", en: "The industry")
            return Phrase(zh: "\(name.zh)“\(value)”不在本细则规定的取值中；可填：\(valid.joined(separator: "、"))",
                          en: "\(name.en) '\(value)' is not one this rubric accepts; one of: \(valid.joined(separator: ", "))")
        }

        public static func notDate(_ text: String) -> Phrase {
            Phrase(zh: "submitted 应为日期 YYYY-MM-DD，实际为 '\(text)'", en: "submitted must be a date YYYY-MM-DD, found '\(text)'")
        }

        public static func notBool(_ name: String) -> Phrase {
            Phrase(zh: "\(name) 应为 true 或 false", en: "\(name) must be true or false")
        }

        public static func notInteger(_ name: String, found: String) -> Phrase {
            Phrase(zh: "\(name) 应为整数，实际为 \(found)", en: "\(name) must be an integer, found \(found)")
        }

        public static func unknownIndicator(_ id: String, hint: Phrase) -> Phrase {
            Phrase(zh: "细则中没有指标 '\(id)'\(hint.zh)", en: "no indicator '\(id)' in the rubric\(hint.en)")
        }

        public static func valueAndNA(_ indicator: String) -> Phrase {
            Phrase(zh: "\(indicator)：不能同时给出 value 和 na", en: "\(indicator): give a value or na, not both")
        }

        public static func needsValueOrNA(_ indicator: String) -> Phrase {
            Phrase(zh: "\(indicator)：回答需要 value 或 na（不适用的原因）",
                   en: "\(indicator): the answer needs a value or na (the reason it does not apply)")
        }

        public static func naForbidden(_ indicator: String) -> Phrase {
            Phrase(zh: "指标 \(indicator) 不允许填“不适用”", en: "\(indicator) cannot be answered N/A")
        }

        public static func naNeedsReason(_ indicator: String) -> Phrase {
            Phrase(zh: "\(indicator)：填“不适用”必须写明原因", en: "\(indicator): an N/A needs a reason")
        }

        public static func multiNeedsList(_ indicator: String) -> Phrase {
            Phrase(zh: "\(indicator) 是多选题，回答应为选项列表，如 [a, b]",
                   en: "\(indicator) is a multiple choice: answer with a list of choices, e.g. [a, b]")
        }

        public static func choiceRepeats(_ indicator: String, choice: String) -> Phrase {
            Phrase(zh: "\(indicator)：选项 '\(choice)' 重复", en: "\(indicator): choice '\(choice)' repeats")
        }

        public static func belowMinimum(_ name: String, minimum: String, found: String) -> Phrase {
            Phrase(zh: "\(name) 不能小于 \(minimum)，实际为 \(found)", en: "\(name) must be at least \(minimum), found \(found)")
        }

        public static func aboveMaximum(_ name: String, maximum: String, found: String) -> Phrase {
            Phrase(zh: "\(name) 不能大于 \(maximum)，实际为 \(found)", en: "\(name) must be at most \(maximum), found \(found)")
        }

        /// `hint` is `labelOf(_:choice:)` or a did-you-mean; `valid`: the choices, listed.
        public static func unknownChoice(_ name: String, _ text: String, hint: Phrase, valid: String) -> Phrase {
            Phrase(zh: "\(name)：没有选项 '\(text)'\(hint.zh)；可选：\(valid)", en: "\(name): no choice '\(text)'\(hint.en); valid: \(valid)")
        }

        /// A label written instead of its choice's id (a common slip).
        public static func labelOf(_ text: String, choice: String) -> Phrase {
            Phrase(zh: "（“\(text)”对应的选项是 '\(choice)'）", en: " ('\(text)' is the label of '\(choice)')")
        }
    }
}
