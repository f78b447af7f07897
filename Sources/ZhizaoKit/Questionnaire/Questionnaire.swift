/// A rubric as a questionnaire: every field an assessment holds, in the order a person fills
/// them in — the enterprise, then the profile facts (they decide eligibility), then the
/// indicators domain by domain. `template` lays it out as YAML, CSV or XLSX; `check` asks
/// it in the terminal; the header ids are those of SPEC §2's wide layout.
public struct Questionnaire: Sendable {
    public enum Kind: Sendable {
        case enterprise(String)
        case applyingFor
        case submitted
        case fact(ProfileFact)
        case indicator(Indicator)
        /// The `<id>.na` column of an indicator that may be not applicable.
        case notApplicable(Indicator)
    }

    public struct Field: Sendable {
        /// The header id: `enterprise.name`, `profile.cmmm_level`, `rd_digital_design`, `rd_digital_design.na`.
        public let id: String
        public let kind: Kind
        /// The title in the questionnaire's locale.
        public let title: String
    }

    public let rubric: Rubric
    public let locale: String
    public let fields: [Field]

    public init(rubric: Rubric, locale: String) {
        self.rubric = rubric
        self.locale = locale
        let zh = locale == "zh"
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        var fields: [Field] = [
            Field(id: "enterprise.name", kind: .enterprise("name"), title: t("企业名称", "Enterprise name")),
            Field(id: "enterprise.credit_code", kind: .enterprise("credit_code"), title: t("统一社会信用代码", "Unified social credit code")),
            Field(id: "enterprise.city", kind: .enterprise("city"), title: t("所在城市", "City")),
            Field(id: "enterprise.industry", kind: .enterprise("industry"), title: t("所属行业", "Industry")),
            Field(id: "applying_for", kind: .applyingFor, title: t("申报等级", "Tier applied for")),
            Field(id: "submitted", kind: .submitted, title: t("填报日期", "Date")),
        ]
        for fact in rubric.profile {
            fields.append(Field(id: "profile." + fact.id, kind: .fact(fact), title: rubric.text(fact.title, locale)))
        }
        for domain in rubric.domains {
            for indicator in rubric.indicators where indicator.domain == domain.id {
                let title = rubric.text(indicator.title, locale)
                fields.append(Field(id: indicator.id, kind: .indicator(indicator), title: title))
                if indicator.notApplicable != .forbid {
                    fields.append(Field(id: indicator.id + ".na", kind: .notApplicable(indicator), title: title + t("（不适用的理由）", " (reason it does not apply)")))
                }
            }
        }
        self.fields = fields
    }

    public func text(_ text: LocalizedText?) -> String? { text.map { rubric.text($0, locale) } }

    /// What a field accepts, in a line: the choices, the unit and bounds, yes or no. In a
    /// YAML file a yes-or-no is `true`/`false` only; a sheet also takes 是/否.
    public func expected(_ field: Field, inYAML: Bool = false) -> String {
        let zh = locale == "zh"
        let yesNo = inYAML ? "true / false" : (zh ? "是 / 否（true / false）" : "yes / no (true / false)")
        switch field.kind {
        case .enterprise("credit_code"): return zh ? "18 位，末位为校验码" : "18 characters, the last a check character"
        case .enterprise: return zh ? "文本" : "text"
        case .submitted: return "YYYY-MM-DD"
        case .applyingFor: return choiceList(rubric.tiers.map { Choice(id: $0.id, label: $0.title, score: nil) })
        case .fact(let fact):
            switch fact.kind {
            case .bool: return yesNo
            case .choice: return choiceList(fact.choices)
            case .string: return zh ? "文本" : "text"
            case .int, .number: return bounds(fact.minimum, fact.maximum, unit: nil, integer: fact.kind == .int)
            }
        case .indicator(let indicator):
            switch indicator.kind {
            case .choice: return choiceList(indicator.choices)
            case .multi: return (zh ? "可多选，用 ; 分隔：" : "any of, separated by ;: ") + choiceList(indicator.choices)
            case .bool: return yesNo
            case .percent: return bounds(.zero, ExactNumber(100), unit: "%", integer: false)
            case .number: return bounds(indicator.minimum, indicator.maximum, unit: text(indicator.unit), integer: false)
            }
        case .notApplicable: return zh ? "不适用时填写理由，否则留空" : "the reason, only when it does not apply"
        }
    }

    func choiceList(_ choices: [Choice]) -> String {
        choices.map { "\($0.id)=\(rubric.text($0.label, locale))" }.joined(separator: " | ")
    }

    func bounds(_ minimum: ExactNumber?, _ maximum: ExactNumber?, unit: String?, integer: Bool) -> String {
        Self.bounds(minimum, maximum, unit: unit, integer: integer, chinese: locale == "zh")
    }

    /// "数字 0–100（单位：%）", "a whole number ≥ 0".
    static func bounds(_ minimum: ExactNumber?, _ maximum: ExactNumber?, unit: String?, integer: Bool, chinese zh: Bool) -> String {
        var text = integer ? (zh ? "整数" : "a whole number") : (zh ? "数字" : "a number")
        switch (minimum, maximum) {
        case let (low?, high?): text += " \(low)–\(high)"
        case let (low?, nil): text += " ≥ \(low)"
        case let (nil, high?): text += " ≤ \(high)"
        case (nil, nil): break
        }
        if let unit, !unit.isEmpty { text += zh ? "（单位：\(unit)）" : " (\(unit))" }
        return text
    }
}
