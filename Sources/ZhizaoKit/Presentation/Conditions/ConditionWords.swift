import Foundation
import ZhizaoCEL

/// A failed gate, rule or prerequisite as a sentence a person reads: the condition's title
/// (its requirement) and the values it read, each named by its title in the rubric, shares
/// as percentages, answers by their labels — never an expression or an id.
struct ConditionWords {
    let rubric: Rubric
    let language: Language
    /// Every gate's and rule's title, and every name a reference can have, looked up once.
    private let titles: [String: String]
    private let names: [String: String]
    let units: [String: Metric.Unit]

    private var locale: String { language.rawValue }

    init(rubric: Rubric, language: Language) {
        self.rubric = rubric
        self.language = language
        let locale = language.rawValue
        var titles: [String: String] = [:]
        for tier in rubric.tiers.reversed() {
            for rule in tier.rules { titles[rule.id] = rubric.text(rule.title, locale) }
        }
        var gateTitles: [String: String] = [:]
        for gate in rubric.gates where gateTitles[gate.id] == nil { gateTitles[gate.id] = rubric.text(gate.title, locale) }
        var names: [String: String] = ["total": Words.Conditions.total(language)]
        for domain in rubric.domains { names["domain." + domain.id] = rubric.text(domain.title, locale) }
        for metric in rubric.metrics { names["metric." + metric.id] = rubric.text(metric.title, locale) }
        for indicator in rubric.indicators {
            let title = rubric.text(indicator.title, locale)
            names["answer." + indicator.id] = title
            names["score." + indicator.id] = Words.Conditions.score(of: title)(language)
        }
        for fact in rubric.profile { names["profile." + fact.id] = rubric.text(fact.title, locale) }
        for tier in rubric.tiers { names["tier." + tier.id] = rubric.text(tier.title, locale) }
        for field in ["name", "credit_code", "city", "industry"] { names["enterprise." + field] = Words.Conditions.enterpriseField(field)(language) }
        self.titles = titles.merging(gateTitles.map { ("gate:" + $0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        self.names = names
        self.units = Dictionary(rubric.metrics.map { ($0.id, $0.unit) }, uniquingKeysWith: { a, _ in a })
    }

    func sentence(_ failure: RankingFailure) -> String {
        switch failure.kind {
        case .prerequisite:
            let title = rubric.tier(failure.id).map { rubric.text($0.title, locale) } ?? failure.id
            return Words.Conditions.prerequisiteMissing(title)(language)
        case .gate, .rule:
            let title = self.title(failure)
            if failure.status == .error {
                return undecidedSentence(title, failure.values, error: failure.error)
            }
            // A condition named after the one fact it reads ("规模以上工业企业") shows the value alone.
            let pairs = namedReadings(failure.values)
            let reads = pairs.count == 1 && pairs[0].name == title ? pairs[0].value
                : pairs.map { Words.Conditions.reading($0.name, $0.value)(language) }.joined(separator: Words.Conditions.readingSeparator(language))
            return failure.kind == .gate ? Words.Conditions.gateFailed(title, reads: reads)(language)
                : Words.Conditions.ruleFailed(title, reads: reads)(language)
        }
    }

    private func title(_ failure: RankingFailure) -> String {
        (failure.kind == .gate ? titles["gate:" + failure.id] : titles[failure.id]) ?? failure.id
    }

    /// Each value read, named in words; values with no name a reader knows (a whole list of
    /// indicators) are left out. One reading per name.
    func readings(_ values: [(reference: String, value: CELValue?)]) -> [String] {
        namedReadings(values).map { Words.Conditions.reading($0.name, $0.value)(language) }
    }

    /// Each value read, by the name a reader knows, once per name (values with no such name,
    /// a whole list of indicators, are left out).
    func namedReadings(_ values: [(reference: String, value: CELValue?)]) -> [(name: String, value: String)] {
        var seen: Set<String> = []
        return values.compactMap { read in
            guard let name = name(read.reference), seen.insert(name).inserted else { return nil }
            return (name, read.value.map { value(read.reference, $0) } ?? Words.Conditions.notGiven(language))
        }
    }

    /// Why a condition could not be judged, in words: the fields it read that were left
    /// blank (a profile fact skipped), else the evaluator's own reason (which may name an
    /// expression's column: rare, and nothing a person could have typed).
    func undecided(_ values: [(reference: String, value: CELValue?)], error: Phrase?) -> String {
        let blank = blankNames(values)
        if !blank.isEmpty { return Words.Conditions.leftBlank(blank)(language) }
        return error?.text(language) ?? ""
    }

    /// The sentence for a condition that could not be judged: `「在山东省内注册的独立法人」未填写，
    /// 无法判定` when the condition is named after the blank field, else `无法判定“…”：…`.
    func undecidedSentence(_ title: String, _ values: [(reference: String, value: CELValue?)], error: Phrase?) -> String {
        if blankNames(values) == [title] { return Words.Conditions.blankUndecided(title)(language) }
        return Words.Conditions.couldNotJudge(title, because: undecided(values, error: error))(language)
    }

    private func blankNames(_ values: [(reference: String, value: CELValue?)]) -> [String] {
        var seen: Set<String> = []
        return values.compactMap { read -> String? in
            guard read.value == nil, let name = name(read.reference), seen.insert(name).inserted else { return nil }
            return name
        }
    }

    /// The title of what a reference names (`metric.ai_share` → 应用人工智能技术的场景占比).
    func name(_ reference: String) -> String? {
        names[reference]
    }

    /// A value as the reader knows it: a share as a percentage, a choice by its label.
    func value(_ reference: String, _ value: CELValue) -> String {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        let id = parts.count == 2 ? parts[1] : ""
        switch (parts.first ?? "", value) {
        case ("total", _), ("domain", _):
            return Self.number(value, places: 1)
        case ("metric", _):
            switch units[id] {
            case .percent?: return Self.percent(value)
            case .count?: return Self.number(value, places: 0)
            default: return ValueText.display(value).replacingOccurrences(of: "≈", with: "")
            }
        case ("tier", .bool(let achieved)):
            return Words.Conditions.tierAchieved(achieved)(language)
        case (_, .bool(let b)):
            return Words.Answers.yesNo(b)(language)
        case ("answer", .string(let choice)):
            return rubric.indicator(id)?.choice(choice).map { rubric.text($0.label, locale) } ?? choice
        case ("answer", .list(let items)):
            let indicator = rubric.indicator(id)
            return items.map { item in
                if case .string(let choice) = item { return indicator?.choice(choice).map { rubric.text($0.label, locale) } ?? choice }
                return CELValueFormatter.literal(item)
            }.joined(separator: Words.Punctuation.listSeparator(language))
        case ("answer", _):
            let percent = rubric.indicator(id)?.kind == .percent
            return Self.number(value, places: nil) + (percent ? "%" : "")
        case ("profile", .string(let choice)):
            return rubric.profileFact(id)?.choices.first { $0.id == choice }.map { rubric.text($0.label, locale) } ?? choice
        case (_, .string(let text)):
            return text
        default:
            return Self.number(value, places: nil)
        }
    }

    /// A number with `places` decimals (nil: as few as show it, up to four).
    static func number(_ value: CELValue, places: Int?) -> String {
        let d: Double
        switch value {
        case .double(let x): d = x
        case .int(let i) where places == nil: return String(i)
        case .uint(let u) where places == nil: return String(u)
        case .int(let i): d = Double(i)
        case .uint(let u): d = Double(u)
        default: return CELValueFormatter.literal(value)
        }
        guard d.isFinite else { return CELValueFormatter.literal(value) }
        if let places { return String(format: "%.\(places)f", d) }
        return ValueText.display(.double(d)).replacingOccurrences(of: "≈", with: "")
    }

    /// A share 0..1 as a percentage with one decimal (`0.2162` → `21.6%`).
    static func percent(_ value: CELValue) -> String {
        switch value {
        case .double(let d) where d.isFinite: return number(.double(d * 100), places: 1) + "%"
        case .int(let i): return number(.double(Double(i) * 100), places: 1) + "%"
        default: return CELValueFormatter.literal(value)
        }
    }
}
