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
    /// The choices as they may be typed: id, label in every language (for `TypedValue.choice`).
    let options: [TypedValue.Option]
    public let allowsNotApplicable: Bool
    /// An eligibility condition (a gate) reads it: left blank, the condition is not met.
    public let decidesEligibility: Bool
    /// A yes-or-no question (a bool fact or indicator): its choices are `yes` and `no`, and
    /// it also takes 是, 否, y, yes, true, no and false.
    public let isYesNo: Bool
    let language: Language

    /// The ids of a yes-or-no question's two choices: the values an assessment file holds.
    static let yes = "true"
    static let no = "false"

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
    public static func all(_ q: Questionnaire) -> [CheckQuestion] {
        let rubric = q.rubric
        let language = q.language
        func t(_ phrase: Phrase) -> String { phrase(language) }
        let fields = q.fields.filter {
            switch $0.kind { case .submitted, .notApplicable: return false; default: return true }
        }
        func section(_ field: Questionnaire.Field) -> String {
            switch field.kind {
            case .enterprise, .applyingFor, .submitted: return t(Words.SelfCheck.enterpriseSection)
            case .fact: return t(Words.SelfCheck.profileSection)
            case .indicator(let indicator), .notApplicable(let indicator):
                return rubric.domains.first { $0.id == indicator.domain }.map { rubric.text($0.title, q.locale) } ?? indicator.domain
            }
        }
        let sections = fields.map(section)
        let scorer = Scorer(rubric: rubric)
        var questions: [CheckQuestion] = []
        for (index, field) in fields.enumerated() {
            let name = sections[index]
            let members = sections.indices.filter { sections[$0] == name }
            var question: String?, why: String?, help: [String] = [], choices: [(String, String)] = [], na = false, yesNo = false
            var options: [TypedValue.Option] = []
            switch field.kind {
            case .enterprise("credit_code"): question = t(Words.SelfCheck.creditCodeQuestion)
            case .enterprise: question = field.title
            case .applyingFor:
                question = t(Words.SelfCheck.applyingForQuestion)
                choices = rubric.tiers.map { ($0.id, rubric.text($0.title, q.locale)) }
                options = rubric.tiers.map { TypedValue.Option(id: $0.id, labels: Array($0.title.translations.values)) }
            case .fact(let fact):
                question = q.text(fact.question) ?? field.title
                yesNo = fact.kind == .bool
                choices = yesNo ? yesNoChoices(language)
                    : worstFirst(fact.choices.map { ($0.id, rubric.text($0.label, q.locale)) }, ranks: fact.choices.map { passes(fact, $0.id, scorer) })
                options = fact.choices.map(\.typedOption)
                let readers = rubric.gates.filter { $0.expression.reads("profile", fact.id) }.map { rubric.text($0.title, q.locale) }
                    + rubric.tiers.flatMap { tier in tier.rules.filter { $0.expression.reads("profile", fact.id) }
                        .map { rubric.text(tier.title, q.locale) + t(Words.Punctuation.colon) + rubric.text($0.title, q.locale) } }
                why = readers.isEmpty ? q.text(fact.guidance)
                    : t(Words.SelfCheck.decidesEligibility(readers.prefix(3).joined(separator: t(Words.Punctuation.clauseSeparator))))
                if let guidance = q.text(fact.guidance) { help.append(guidance) }
            case .indicator(let indicator):
                question = q.text(indicator.question) ?? field.title
                switch indicator.kind {
                case .choice:
                    choices = worstFirst(indicator.choices.map { ($0.id, rubric.text($0.label, q.locale)) }, ranks: indicator.choices.map { $0.score ?? .zero })
                    options = indicator.choices.map(\.typedOption)
                case .multi:
                    choices = indicator.choices.map { ($0.id, rubric.text($0.label, q.locale)) }
                    options = indicator.choices.map(\.typedOption)
                case .bool: choices = yesNoChoices(language); yesNo = true
                case .number, .percent: break
                }
                na = indicator.notApplicable != .forbid
                if let guidance = q.text(indicator.guidance) { help.append(t(Words.SelfCheck.guidance(guidance))) }
                if let evidence = q.text(indicator.evidence) { help.append(t(Words.SelfCheck.evidence(evidence))) }
            case .submitted, .notApplicable: break
            }
            let readByGate = rubric.gates.contains { gate in
                switch field.kind {
                case .fact(let fact): return gate.expression.reads("profile", fact.id)
                case .indicator(let indicator): return gate.expression.readsIndicator(indicator.id)
                default: return false
                }
            }
            questions.append(CheckQuestion(field: field, section: name, indexInSection: members.firstIndex(of: index)! + 1, sectionCount: members.count,
                                           index: index + 1, count: fields.count, question: question, why: why,
                                           help: help.isEmpty ? nil : help.joined(separator: "\n"), choices: choices.map { (id: $0.0, label: $0.1) }, options: options,
                                           allowsNotApplicable: na, decidesEligibility: readByGate, isYesNo: yesNo, language: language))
        }
        return questions
    }

    /// Choices worst first, whatever order the rubric lists them in (display order only:
    /// ids are unchanged). A list already worst → best is kept, one best → worst reversed,
    /// any other sorted by rank with ties in the rubric's order.
    static func worstFirst<T>(_ items: [T], ranks: [ExactNumber]) -> [T] {
        guard items.count == ranks.count, items.count > 1 else { return items }
        let pairs = zip(ranks, ranks.dropFirst())
        if pairs.allSatisfy({ $0 <= $1 }) { return items }
        if pairs.allSatisfy({ $0 >= $1 }) { return items.reversed() }
        return ranks.indices.sorted { ranks[$0] < ranks[$1] || (ranks[$0] == ranks[$1] && $0 < $1) }.map { items[$0] }
    }

    /// How good a profile fact's choice is, since facts have no score: how many gates and
    /// tier rules that read this fact alone hold with it.
    private static func passes(_ fact: ProfileFact, _ choice: String, _ scorer: Scorer) -> ExactNumber {
        let assessment = Assessment(source: "", fingerprint: "", rubricReference: nil, enterprise: Enterprise(name: nil, creditCode: nil, city: nil, industry: nil),
                                    applyingFor: nil, submitted: nil, profile: [fact.id: .string(choice)], answers: [:])
        let result = scorer.score(assessment, plan: nil)
        let outcomes = result.gates + result.tiers.flatMap(\.rules)
        let reference = "profile." + fact.id
        return ExactNumber(outcomes.filter { $0.status == .pass && !$0.values.isEmpty && $0.values.allSatisfy { $0.reference == reference } }.count)
    }

    private static func yesNoChoices(_ language: Language) -> [(String, String)] {
        [(yes, Words.SelfCheck.yes(language)), (no, Words.SelfCheck.no(language))]
    }

    /// What to type, in a line: shown under the question and when an entry is refused.
    public var expects: String {
        switch field.kind {
        case .enterprise("credit_code"): return Words.SelfCheck.creditCodeOrSkip(language)
        case .enterprise: return Words.SelfCheck.textOrSkip(language)
        case .indicator(let indicator) where indicator.kind == .multi:
            return Words.SelfCheck.numbersOfChoices(language)
        case .indicator(let indicator) where indicator.kind == .number || indicator.kind == .percent:
            return numberRange(indicator.kind == .percent ? .zero : indicator.minimum, indicator.kind == .percent ? ExactNumber(100) : indicator.maximum,
                               unit: indicator.kind == .percent ? "%" : nil, integer: false)
        case .fact(let fact) where fact.kind == .int || fact.kind == .number:
            return numberRange(fact.minimum, fact.maximum, unit: nil, integer: fact.kind == .int)
        case .fact(let fact) where fact.kind == .string:
            return Words.SelfCheck.text(language)
        default:
            return Words.SelfCheck.numberOfChoice(upTo: choices.count)(language)
        }
    }

    private func numberRange(_ low: ExactNumber?, _ high: ExactNumber?, unit: String?, integer: Bool) -> String {
        Questionnaire.bounds(low, high, unit: unit, integer: integer, language: language)
    }

    /// A typed line as a value, or what was wrong with it.
    public func parse(_ line: String) -> Result<Value, Phrase> {
        let text = TypedValue.text(line)
        let typed = TypedValue.freeText(line)  // free text keeps its own characters
        func refuse(_ reason: Phrase) -> Result<Value, Phrase> {
            .failure(Words.SelfCheck.refused(reason, expects: expects))
        }
        /// A choice, or why the text names none.
        func chosen(_ part: String, _ notOne: (String) -> Phrase) -> Result<String, Phrase> {
            switch choice(part) {
            case .found(let id): return .success(id)
            case .ambiguous(let ids): return .failure(Words.SelfCheck.refused(Words.SelfCheck.ambiguousChoice(part, labels(ids)), expects: expects))
            case .none: return .failure(Words.SelfCheck.refused(notOne(part), expects: expects))
            }
        }
        if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return refuse(Words.SelfCheck.holdsControlCharacters) }
        switch field.kind {
        case .enterprise("credit_code"):
            return CreditCode.parse(text).map { .creditCode($0) }
        case .enterprise:
            return .success(.text(typed))
        case .applyingFor:
            return chosen(text, Words.SelfCheck.notATier).map { .tier($0) }
        case .fact(let fact):
            switch fact.kind {
            case .bool, .choice:
                return chosen(text, Words.SelfCheck.notAChoice).map { .fact(isYesNo ? .bool($0 == Self.yes) : .string($0)) }
            case .string:
                return typed.isEmpty ? refuse(Words.SelfCheck.empty) : .success(.fact(.string(typed)))
            case .int, .number:
                guard let number = TypedValue.number(text) else { return refuse(Words.SelfCheck.notANumber(text)) }
                guard inBounds(number, fact.minimum, fact.maximum) else { return refuse(Words.SelfCheck.outOfRange(text)) }
                if fact.kind == .number { return .success(.fact(.number(number))) }
                guard number.denominator == 1, let value = Int64(exactly: number.numerator) else { return refuse(Words.SelfCheck.notWhole) }
                return .success(.fact(.int(value)))
            }
        case .indicator(let indicator):
            switch indicator.kind {
            case .choice:
                return chosen(text, Words.SelfCheck.notAChoice).map { .answer(.choice($0)) }
            case .bool:
                return chosen(text, Words.SelfCheck.notAChoice).map { .answer(.bool($0 == Self.yes)) }
            case .multi:
                if text == "0" { return .success(.answer(.multi([]))) }
                var ids: [String] = []
                for part in text.split(whereSeparator: { " ,，、;；".contains($0) }) {
                    switch chosen(String(part), Words.SelfCheck.notAChoice) {
                    case .success(let id): if !ids.contains(id) { ids.append(id) }
                    case .failure(let reason): return .failure(reason)
                    }
                }
                return ids.isEmpty ? refuse(Words.SelfCheck.nothingChosen) : .success(.answer(.multi(ids.sorted { index(of: $0) < index(of: $1) })))
            case .number, .percent:
                guard let number = TypedValue.number(text, percent: indicator.kind == .percent) else { return refuse(Words.SelfCheck.notANumber(text)) }
                let (low, high) = indicator.kind == .percent ? (ExactNumber.zero, ExactNumber(100)) : (indicator.minimum, indicator.maximum)
                guard inBounds(number, low, high) else { return refuse(Words.SelfCheck.outOfRange(text)) }
                return .success(.answer(.number(number)))
            }
        case .submitted, .notApplicable:
            return .success(.text(typed))
        }
    }

    /// A choice by its number on the screen, or as `TypedValue` reads one: yes/no words for a
    /// yes-or-no question; an id (any case), a label in any language, or a unique label prefix
    /// of at least two characters (`晨星` for 晨星工厂).
    private func choice(_ text: String) -> TypedValue.ChoiceMatch {
        if let number = Int(text), !choices.isEmpty, (1...choices.count).contains(number) { return .found(choices[number - 1].id) }
        if isYesNo {
            return TypedValue.bool(text).map { .found($0 ? Self.yes : Self.no) } ?? .none
        }
        return TypedValue.choice(text, among: options)
    }

    /// The labels shown for these choices, in the screen's order.
    private func labels(_ ids: [String]) -> [String] {
        choices.filter { ids.contains($0.id) }.map(\.label)
    }

    /// An answer that reads two ways, to confirm before it is taken.
    public struct Doubt: Sendable, Equatable {
        public let question: Phrase
        public let keys: Phrase
        /// `y`: what was probably meant.
        public let yes: Value
        /// `n`: the literal reading, where it differs.
        public let no: Value?
    }

    /// A percent answer typed without `%` as a number between 0 and 1 (`0.15`: 15 %?) or as
    /// a whole number no larger than the longest list of choices (`3`: a choice number?).
    public func doubt(about line: String, _ value: Value, choiceNumbers: Int) -> Doubt? {
        guard case .indicator(let indicator) = field.kind, indicator.kind == .percent,
              case .answer(.number(let number)) = value else { return nil }
        let text = TypedValue.text(line)
        guard !text.hasSuffix("%") else { return nil }
        if number > .zero && number < ExactNumber(1) {
            let percent = number * ExactNumber(100)
            return Doubt(question: Words.SelfCheck.fractionDoubt(text, percent: percent.description),
                         keys: Words.SelfCheck.fractionKeys(text, percent: percent.description), yes: .answer(.number(percent)), no: value)
        }
        if number.denominator == 1, number >= ExactNumber(1), number <= ExactNumber(choiceNumbers) {
            return Doubt(question: Words.SelfCheck.choiceNumberDoubt(text), keys: Words.SelfCheck.choiceNumberKeys(text), yes: value, no: nil)
        }
        return nil
    }

    private func index(of id: String) -> Int { choices.firstIndex { $0.id == id } ?? choices.count }

    private func inBounds(_ value: ExactNumber, _ low: ExactNumber?, _ high: ExactNumber?) -> Bool {
        (low.map { value >= $0 } ?? true) && (high.map { value <= $0 } ?? true)
    }
}
