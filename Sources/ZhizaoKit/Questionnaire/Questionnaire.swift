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
    public let language: Language
    /// The rubric's locale the texts are taken in (`language`'s code).
    public var locale: String { language.rawValue }
    public let fields: [Field]

    public init(rubric: Rubric, language: Language) {
        self.rubric = rubric
        self.language = language
        func t(_ phrase: Phrase) -> String { phrase(language) }
        var fields: [Field] = [
            Field(id: "enterprise.name", kind: .enterprise("name"), title: t(Words.Questionnaire.enterpriseName)),
            Field(id: "enterprise.credit_code", kind: .enterprise("credit_code"), title: t(Words.Questionnaire.creditCode)),
            Field(id: "enterprise.city", kind: .enterprise("city"), title: t(Words.Questionnaire.city)),
            Field(id: "enterprise.industry", kind: .enterprise("industry"), title: t(Words.Questionnaire.industry)),
            Field(id: "applying_for", kind: .applyingFor, title: t(Words.Questionnaire.applyingFor)),
            Field(id: "submitted", kind: .submitted, title: t(Words.Questionnaire.submitted)),
        ]
        for fact in rubric.profile {
            fields.append(Field(id: "profile." + fact.id, kind: .fact(fact), title: rubric.text(fact.title, language.rawValue)))
        }
        for domain in rubric.domains {
            for indicator in rubric.indicators where indicator.domain == domain.id {
                let title = rubric.text(indicator.title, language.rawValue)
                fields.append(Field(id: indicator.id, kind: .indicator(indicator), title: title))
                if indicator.notApplicable != .forbid {
                    fields.append(Field(id: indicator.id + ".na", kind: .notApplicable(indicator), title: t(Words.Questionnaire.notApplicableReason(of: title))))
                }
            }
        }
        self.fields = fields
    }

    /// A column of the questionnaire as a sheet: a field, or an indicator's evidence or note
    /// (`<id>.evidence`, `<id>.note`), which a sheet has and `check` does not ask.
    public struct SheetColumn: Sendable {
        public enum Kind: Sendable {
            case field(Field)
            case evidence(Indicator)
            case note(Indicator)
        }
        public let id: String
        public let title: String
        public let kind: Kind
    }

    /// The sheet's columns: every field, and after each indicator's answer (and N/A reason)
    /// its evidence and note.
    public var sheetColumns: [SheetColumn] {
        var columns: [SheetColumn] = []
        for (index, field) in fields.enumerated() {
            columns.append(SheetColumn(id: field.id, title: field.title, kind: .field(field)))
            let indicator: Indicator
            switch field.kind {
            case .indicator(let answered): indicator = answered
            case .notApplicable(let answered): indicator = answered
            default: continue
            }
            // After the indicator's last field: its N/A column if it has one.
            if index + 1 < fields.count, case .notApplicable(let next) = fields[index + 1].kind, next.id == indicator.id { continue }
            let title = rubric.text(indicator.title, locale)
            columns.append(SheetColumn(id: indicator.id + ".evidence", title: Words.Template.evidenceTitle(of: title)(language), kind: .evidence(indicator)))
            columns.append(SheetColumn(id: indicator.id + ".note", title: Words.Template.noteTitle(of: title)(language), kind: .note(indicator)))
        }
        return columns
    }

    public func text(_ text: LocalizedText?) -> String? { text.map { rubric.text($0, locale) } }

    /// What a field accepts, in a line: the choices, the unit and bounds, yes or no. In a
    /// YAML file a yes-or-no is `true`/`false` only; a sheet also takes 是/否.
    public func expected(_ field: Field, inYAML: Bool = false) -> String {
        func t(_ phrase: Phrase) -> String { phrase(language) }
        let yesNo = inYAML ? "true / false" : t(Words.Questionnaire.yesNo)
        switch field.kind {
        case .enterprise("credit_code"): return t(Words.Questionnaire.creditCodeFormat)
        case .enterprise: return t(Words.Questionnaire.text)
        case .submitted: return "YYYY-MM-DD"
        case .applyingFor: return choiceList(rubric.tiers.map { Choice(id: $0.id, label: $0.title, score: nil) })
        case .fact(let fact):
            switch fact.kind {
            case .bool: return yesNo
            case .choice: return choiceList(fact.choices)
            case .string: return t(Words.Questionnaire.text)
            case .int, .number: return bounds(fact.minimum, fact.maximum, unit: nil, integer: fact.kind == .int)
            }
        case .indicator(let indicator):
            switch indicator.kind {
            case .choice: return choiceList(indicator.choices)
            case .multi: return t(Words.Questionnaire.anyOf(choiceList(indicator.choices)))
            case .bool: return yesNo
            case .percent: return bounds(.zero, ExactNumber(100), unit: "%", integer: false)
            case .number: return bounds(indicator.minimum, indicator.maximum, unit: text(indicator.unit), integer: false)
            }
        case .notApplicable: return t(Words.Questionnaire.notApplicableReasonFormat)
        }
    }

    func choiceList(_ choices: [Choice]) -> String {
        choices.map { "\($0.id)=\(rubric.text($0.label, locale))" }.joined(separator: " | ")
    }

    func bounds(_ minimum: ExactNumber?, _ maximum: ExactNumber?, unit: String?, integer: Bool) -> String {
        Self.bounds(minimum, maximum, unit: unit, integer: integer, language: language)
    }

    /// "数字 0–100（单位：%）", "a whole number ≥ 0".
    static func bounds(_ minimum: ExactNumber?, _ maximum: ExactNumber?, unit: String?, integer: Bool, language: Language) -> String {
        let range: String?
        switch (minimum, maximum) {
        case let (low?, high?): range = "\(low)–\(high)"
        case let (low?, nil): range = "≥ \(low)"
        case let (nil, high?): range = "≤ \(high)"
        case (nil, nil): range = nil
        }
        return Words.Questionnaire.number(whole: integer, range: range, unit: unit)(language)
    }
}
