import ZhizaoCEL

/// One question `zhizao check` asks: a field of the questionnaire with what the screen shows
/// (its place, the question, the choices, why it is asked, the guidance) and how a typed
/// line becomes a value — or an explanation of what was expected.
public struct CheckQuestion: Sendable {
    public let field: Questionnaire.Field
    /// The section: 企业信息, 企业概况, or a domain's title.
    public let section: String
    public let indexInSection: Int
    public let sectionCount: Int
    public let index: Int
    public let count: Int
    public let question: String?
    /// Why a profile fact is asked: the eligibility conditions that read it.
    public let why: String?
    /// The guidance and typical evidence, shown on `?`.
    public let help: String?
    /// Numbered choices: id and label.
    public let choices: [(id: String, label: String)]
    public let allowsNotApplicable: Bool
    let language: Language

    /// What a typed line can be.
    public enum Value: Sendable, Equatable {
        case text(String)
        case creditCode(CreditCode)
        case tier(String)
        case fact(ProfileValue)
        case answer(Answer.Value)
    }

    /// Every question of a rubric, in the questionnaire's order (`submitted` is filled in
    /// with the day's date, not asked).
    public static func all(_ q: Questionnaire, language: Language) -> [CheckQuestion] {
        let rubric = q.rubric
        let zh = language == .zh
        let fields = q.fields.filter {
            switch $0.kind { case .submitted, .notApplicable: return false; default: return true }
        }
        func section(_ field: Questionnaire.Field) -> String {
            switch field.kind {
            case .enterprise, .applyingFor, .submitted: return zh ? "企业信息" : "Enterprise"
            case .fact: return zh ? "企业概况" : "Profile"
            case .indicator(let indicator), .notApplicable(let indicator):
                return rubric.domains.first { $0.id == indicator.domain }.map { rubric.text($0.title, q.locale) } ?? indicator.domain
            }
        }
        let sections = fields.map(section)
        var questions: [CheckQuestion] = []
        for (index, field) in fields.enumerated() {
            let name = sections[index]
            let members = sections.indices.filter { sections[$0] == name }
            var question: String?, why: String?, help: [String] = [], choices: [(String, String)] = [], na = false
            switch field.kind {
            case .enterprise("credit_code"): question = zh ? "统一社会信用代码（18 位；可回车跳过，排序申报时必填）" : "Unified social credit code (18 characters; Enter to skip; needed to apply)"
            case .enterprise: question = field.title
            case .applyingFor:
                question = zh ? "本次申报哪一等级？（决定报告按哪一等级列出差距）" : "Which tier do you apply for? (The report lists the gaps to it.)"
                choices = rubric.tiers.map { ($0.id, rubric.text($0.title, q.locale)) }
            case .fact(let fact):
                question = q.text(fact.question) ?? field.title
                choices = fact.kind == .bool ? yesNo(zh) : fact.choices.map { ($0.id, rubric.text($0.label, q.locale)) }
                let readers = rubric.gates.filter { $0.expression.source.contains("profile.\(fact.id)") }.map { rubric.text($0.title, q.locale) }
                    + rubric.tiers.flatMap { tier in tier.rules.filter { $0.expression.source.contains("profile.\(fact.id)") }
                        .map { rubric.text(tier.title, q.locale) + (zh ? "：" : ": ") + rubric.text($0.title, q.locale) } }
                why = readers.isEmpty ? q.text(fact.guidance)
                    : (zh ? "决定申报资格——" : "It decides eligibility: ") + readers.prefix(3).joined(separator: zh ? "；" : "; ")
                if let guidance = q.text(fact.guidance) { help.append(guidance) }
            case .indicator(let indicator):
                question = q.text(indicator.question) ?? field.title
                switch indicator.kind {
                case .choice, .multi: choices = indicator.choices.map { ($0.id, rubric.text($0.label, q.locale)) }
                case .bool: choices = yesNo(zh)
                case .number, .percent: break
                }
                na = indicator.notApplicable != .forbid
                if let guidance = q.text(indicator.guidance) { help.append((zh ? "说明：" : "Guidance: ") + guidance) }
                if let evidence = q.text(indicator.evidence) { help.append((zh ? "佐证材料：" : "Typical evidence: ") + evidence) }
            case .submitted, .notApplicable: break
            }
            questions.append(CheckQuestion(field: field, section: name, indexInSection: members.firstIndex(of: index)! + 1, sectionCount: members.count,
                                           index: index + 1, count: fields.count, question: question, why: why,
                                           help: help.isEmpty ? nil : help.joined(separator: "\n"), choices: choices.map { (id: $0.0, label: $0.1) },
                                           allowsNotApplicable: na, language: language))
        }
        return questions
    }

    private static func yesNo(_ zh: Bool) -> [(String, String)] { [("true", zh ? "是" : "yes"), ("false", zh ? "否" : "no")] }

    /// What to type, in a line: shown under the question and when an entry is refused.
    public var expects: String {
        let zh = language == .zh
        switch field.kind {
        case .enterprise("credit_code"): return zh ? "18 位代码，或直接回车跳过" : "the 18-character code, or Enter to skip"
        case .enterprise: return zh ? "文字，或直接回车跳过" : "text, or Enter to skip"
        case .indicator(let indicator) where indicator.kind == .multi:
            return zh ? "可多选的编号，用空格或逗号分隔（如 1 3），一项都没有填 0" : "any of the numbers, separated by spaces or commas (e.g. 1 3); 0 for none"
        case .indicator(let indicator) where indicator.kind == .number || indicator.kind == .percent:
            return numberRange(indicator.kind == .percent ? .zero : indicator.minimum, indicator.kind == .percent ? ExactNumber(100) : indicator.maximum,
                               unit: indicator.kind == .percent ? "%" : nil, integer: false)
        case .fact(let fact) where fact.kind == .int || fact.kind == .number:
            return numberRange(fact.minimum, fact.maximum, unit: nil, integer: fact.kind == .int)
        case .fact(let fact) where fact.kind == .string:
            return zh ? "文字" : "text"
        default:
            return zh ? "编号 1–\(choices.count)" : "a number 1–\(choices.count)"
        }
    }

    private func numberRange(_ low: ExactNumber?, _ high: ExactNumber?, unit: String?, integer: Bool) -> String {
        Questionnaire.bounds(low, high, unit: unit, integer: integer, chinese: language == .zh)
    }

    /// A typed line as a value, or what was wrong with it.
    public func parse(_ line: String) -> Result<Value, Phrase> {
        let text = line.trimmingCharacters(in: .whitespaces)
        func refuse(_ zh: String, _ en: String) -> Result<Value, Phrase> {
            .failure(Phrase(zh: zh + "；请输入" + expects, en: en + "; enter " + expects))
        }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return refuse("含有控制字符", "it holds control characters") }
        switch field.kind {
        case .enterprise("credit_code"):
            return CreditCode.parse(text).map { .creditCode($0) }
        case .enterprise:
            return .success(.text(text))
        case .applyingFor:
            return choice(text).map { .success(.tier($0)) } ?? refuse("“\(text)”不是可选的等级", "'\(text)' is not one of the tiers")
        case .fact(let fact):
            switch fact.kind {
            case .bool, .choice:
                guard let id = choice(text) else { return refuse("“\(text)”不是可选项", "'\(text)' is not one of the choices") }
                return .success(.fact(fact.kind == .bool ? .bool(id == "true") : .string(id)))
            case .string:
                return text.isEmpty ? refuse("不能为空", "it is empty") : .success(.fact(.string(text)))
            case .int, .number:
                guard let number = ExactNumber(decimal: text) else { return refuse("“\(text)”不是数字", "'\(text)' is not a number") }
                guard inBounds(number, fact.minimum, fact.maximum) else { return refuse("\(text) 超出范围", "\(text) is out of range") }
                if fact.kind == .number { return .success(.fact(.number(number))) }
                guard number.denominator == 1, let value = Int64(exactly: number.numerator) else { return refuse("应为整数", "it must be a whole number") }
                return .success(.fact(.int(value)))
            }
        case .indicator(let indicator):
            switch indicator.kind {
            case .choice:
                return choice(text).map { .success(.answer(.choice($0))) } ?? refuse("“\(text)”不是可选项", "'\(text)' is not one of the choices")
            case .bool:
                return choice(text).map { .success(.answer(.bool($0 == "true"))) } ?? refuse("“\(text)”不是可选项", "'\(text)' is not one of the choices")
            case .multi:
                if text == "0" { return .success(.answer(.multi([]))) }
                var ids: [String] = []
                for part in text.split(whereSeparator: { " ,，、;；".contains($0) }) {
                    guard let id = choice(String(part)) else { return refuse("“\(part)”不是可选项", "'\(part)' is not one of the choices") }
                    if !ids.contains(id) { ids.append(id) }
                }
                return ids.isEmpty ? refuse("没有选择", "nothing chosen") : .success(.answer(.multi(ids.sorted { index(of: $0) < index(of: $1) })))
            case .number, .percent:
                let digits = indicator.kind == .percent && (text.hasSuffix("%") || text.hasSuffix("％")) ? String(text.dropLast()) : text
                guard let number = ExactNumber(decimal: digits.trimmingCharacters(in: .whitespaces)) else { return refuse("“\(text)”不是数字", "'\(text)' is not a number") }
                let (low, high) = indicator.kind == .percent ? (ExactNumber.zero, ExactNumber(100)) : (indicator.minimum, indicator.maximum)
                guard inBounds(number, low, high) else { return refuse("\(text) 超出范围", "\(text) is out of range") }
                return .success(.answer(.number(number)))
            }
        case .submitted, .notApplicable:
            return .success(.text(text))
        }
    }

    /// A choice by its number, id or label (any case for ids).
    private func choice(_ text: String) -> String? {
        if let number = Int(text), (1...choices.count).contains(number) { return choices[number - 1].id }
        if let match = choices.first(where: { $0.id.lowercased() == text.lowercased() || $0.label == text }) { return match.id }
        if choices.map(\.id) == ["true", "false"] {
            switch text.lowercased() {
            case "是", "y", "yes", "true": return "true"
            case "否", "no", "false": return "false"
            default: return nil
            }
        }
        return nil
    }

    private func index(of id: String) -> Int { choices.firstIndex { $0.id == id } ?? choices.count }

    private func inBounds(_ value: ExactNumber, _ low: ExactNumber?, _ high: ExactNumber?) -> Bool {
        (low.map { value >= $0 } ?? true) && (high.map { value <= $0 } ?? true)
    }
}
