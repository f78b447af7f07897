import Crypto
import Foundation
import OrderedCollections

/// Validates an assessment document against a rubric (SPEC §2): an assessment that breaks
/// any rule is refused whole, never half-scored, with every problem at its position.
public struct AssessmentReader: Sendable {
    public static let format = "zhizao.assessment/1"

    public let rubric: Rubric

    public init(rubric: Rubric) {
        self.rubric = rubric
    }

    /// The `rubric:` field of a document, to find the rubric before validating.
    public static func rubricReference(in document: YAMLNode) -> String? {
        document.child("rubric")?.scalar
    }

    public static func fingerprint(_ bytes: [UInt8]) -> String {
        // Hex by table: String(format:) per byte cost more than the hash itself in a batch.
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = Array("sha256:".utf8)
        hex.reserveCapacity(7 + 64)
        for byte in SHA256.hash(data: bytes) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The assessment, or every problem found (errors only; nothing is half-read).
    /// `reportingAs`: the file problems point into when `source` is not a file (`file:7`
    /// for a sheet row, whose problems point at `file:7:3`).
    public func read(_ document: YAMLNode, source: String, fingerprint: String, reportingAs file: String? = nil) -> Result<Assessment, Rejection> {
        let collector = DiagnosticCollector(file: file ?? source)
        let assessment = parse(document, source: source, fingerprint: fingerprint, collector: collector)
        guard let assessment, !collector.hasErrors else { return .failure(Rejection(diagnostics: collector.sorted)) }
        return .success(assessment)
    }

    /// Why an input could not be scored: every problem, at its position.
    public struct Rejection: Error, Sendable {
        public let diagnostics: [Diagnostic]
    }

    private func parse(_ document: YAMLNode, source: String, fingerprint: String, collector: DiagnosticCollector) -> Assessment? {
        guard let m = MappingReader(document, what: Words.Assessments.Item.assessment, collector: collector) else { return nil }
        m.rejectUnknownKeys(["format", "rubric", "enterprise", "applying_for", "submitted", "profile", "answers"])
        if let format = m.string("format", required: true), format != Self.format {
            collector.error(Words.Assessments.wrongFormat(expected: Self.format, found: format), at: m.value("format")!.position)
            return nil
        }
        let enterprise = parseEnterprise(m.value("enterprise"), collector: collector)
        var applyingFor: String?
        if let typed = m.string("applying_for") {
            let tier = TypedValue.text(typed)  // full-width letters, blanks (SPEC §2)
            if rubric.tier(tier) == nil {
                let hint = closestHint(tier, among: rubric.tiers.map(\.id))
                collector.error(Words.Assessments.notATier(tier, hint: hint, tiers: rubric.tierList),
                                at: m.value("applying_for")!.position)
            }
            applyingFor = tier
        }
        var submitted: String?
        if let date = m.string("submitted") {
            // `2025-06-30`, or as people write it: `2025/6/30`, `2025年6月30日` (SPEC §2).
            if let day = TypedValue.date(date) {
                submitted = day
            } else {
                collector.error(Words.Assessments.notDate(date), at: m.value("submitted")!.position)
            }
        }
        let profile = parseProfile(m.value("profile"), collector: collector)
        let answers = parseAnswers(m.value("answers"), collector: collector)
        return Assessment(source: source, fingerprint: fingerprint, rubricReference: m.string("rubric"), enterprise: enterprise,
                          applyingFor: applyingFor, submitted: submitted, profile: profile, answers: answers)
    }

    private func parseEnterprise(_ node: YAMLNode?, collector: DiagnosticCollector) -> Enterprise {
        guard let node, let m = MappingReader(node, what: Words.Assessments.Item.enterprise, collector: collector) else {
            return Enterprise(name: nil, creditCode: nil, city: nil, industry: nil)
        }
        m.rejectUnknownKeys(["name", "credit_code", "city", "industry"])
        var code: CreditCode?
        if let text = m.string("credit_code") {
            switch CreditCode.parse(text) {
            case .success(let parsed): code = parsed
            case .failure(let problem):
                // The message names the code and says what is wrong with it.
                collector.error(problem, at: m.value("credit_code")!.position)
            }
        }
        return Enterprise(name: m.string("name"), creditCode: code, city: constrained("city", m, collector: collector),
                          industry: constrained("industry", m, collector: collector))
    }

    /// A city or industry: where the rubric constrains the field (SPEC §1 `enterprise_fields`),
    /// its canonical value, matched after trimming and NFKC with the aliases, or an error that
    /// lists the valid values; else the text as given. A blank value is no value.
    private func constrained(_ field: String, _ m: MappingReader, collector: DiagnosticCollector) -> String? {
        guard let text = m.string(field) else { return nil }
        guard let constraint = rubric.enterpriseField(field) else { return text }
        if TypedText.normalized(text).isEmpty { return nil }
        if let canonical = constraint.canonical(text) { return canonical }
        collector.error(Words.Assessments.unknownEnterpriseValue(text, field: field, valid: constraint.choices.map(\.id)),
                        at: m.value(field)?.position ?? m.node.position)
        return nil
    }

    private func parseProfile(_ node: YAMLNode?, collector: DiagnosticCollector) -> OrderedDictionary<String, ProfileValue> {
        guard let node, let m = MappingReader(node, what: Words.Assessments.Item.profile, collector: collector) else { return [:] }
        m.rejectUnknownKeys(rubric.profile.map(\.id))
        var values = OrderedDictionary<String, ProfileValue>()
        for fact in rubric.profile {
            guard let valueNode = m.value(fact.id) else { continue }
            if let value = profileValue(valueNode, fact: fact, collector: collector) { values[fact.id] = value }
        }
        return values
    }

    private func profileValue(_ node: YAMLNode, fact: ProfileFact, collector: DiagnosticCollector) -> ProfileValue? {
        let name = self.name(fact)
        switch fact.kind {
        case .bool:
            if case .bool(let b)? = node.coreValue { return .bool(b) }
            collector.error(notBool(node, name), at: node.position)
        case .string:
            if let text = node.scalarText(expecting: Words.Loading.Item.text, name: name, collector: collector) { return .string(text) }
        case .choice:
            guard let typed = node.scalarText(expecting: Words.Loading.Item.choice, name: name, collector: collector) else { return nil }
            let text = TypedValue.text(typed)
            if fact.choices.contains(where: { $0.id == text }) { return .string(text) }
            reportUnknownChoice(text, name: name, choices: fact.choices, at: node.position, collector: collector)
        case .int, .number:
            guard let number = node.exactNumber(name: name, collector: collector) else { return nil }
            guard inBounds(number, fact.minimum, fact.maximum, name: name, at: node.position, collector: collector) else { return nil }
            if fact.kind == .number { return .number(number) }
            // An integral number such as 3.0 is accepted for an int fact (SPEC §2).
            guard number.denominator == 1, let value = Int64(exactly: number.numerator) else {
                collector.error(Words.Assessments.notInteger(name, found: number.description), at: node.position)
                return nil
            }
            return .int(value)
        }
        return nil
    }

    private func parseAnswers(_ node: YAMLNode?, collector: DiagnosticCollector) -> OrderedDictionary<String, Answer> {
        guard let node, let m = MappingReader(node, what: Words.Assessments.Item.answers, collector: collector) else { return [:] }
        var answers = OrderedDictionary<String, Answer>()
        for key in m.keys where !key.hasPrefix("x-") {
            guard let indicator = rubric.indicator(key) else {
                let hint = closestHint(key, among: rubric.indicators.map(\.id))
                collector.error(Words.Assessments.unknownIndicator(key, hint: hint), at: m.keyPosition(key))
                continue
            }
            guard let valueNode = m.value(key) else { continue }  // null: unanswered, as a template leaves it
            if let answer = parseAnswer(valueNode, indicator: indicator, collector: collector) { answers[key] = answer }
        }
        return answers
    }

    private func parseAnswer(_ node: YAMLNode, indicator: Indicator, collector: DiagnosticCollector) -> Answer? {
        // The long form: {value: …, evidence: […], note: …} or {na: reason, …}.
        if case .mapping = node.kind {
            guard let m = MappingReader(node, what: Words.Assessments.Item.answer(to: name(indicator)), collector: collector) else { return nil }
            m.rejectUnknownKeys(["value", "na", "evidence", "note"])
            let evidence = parseEvidence(m, indicator: indicator, collector: collector)
            let note = m.string("note")
            let hasValue = m.value("value") != nil
            let hasNA = m.has("na")
            if hasValue && hasNA {
                collector.error(Words.Assessments.valueAndNA(name(indicator)), at: node.position)
                return nil
            }
            if hasNA {
                guard let reason = notApplicableReason(m, indicator: indicator, collector: collector) else { return nil }
                return Answer(value: nil, notApplicable: reason, evidence: evidence, note: note)
            }
            guard let valueNode = m.value("value") else {
                collector.error(Words.Assessments.needsValueOrNA(name(indicator)),
                                at: node.position)
                return nil
            }
            guard let value = parseValue(valueNode, indicator: indicator, collector: collector) else { return nil }
            return Answer(value: value, evidence: evidence, note: note)
        }
        guard let value = parseValue(node, indicator: indicator, collector: collector) else { return nil }
        return Answer(value: value)
    }

    private func notApplicableReason(_ m: MappingReader, indicator: Indicator, collector: DiagnosticCollector) -> String? {
        let position = m.value("na")?.position ?? m.keyPosition("na")
        guard indicator.notApplicable != .forbid else {
            collector.error(Words.Assessments.naForbidden(name(indicator)), at: position)
            return nil
        }
        let reason = m.value("na")?.scalar?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard !reason.isEmpty else {
            collector.error(Words.Assessments.naNeedsReason(name(indicator)), at: position)
            return nil
        }
        return reason
    }

    private func parseEvidence(_ m: MappingReader, indicator: Indicator, collector: DiagnosticCollector) -> [String] {
        guard let node = m.value("evidence") else { return [] }
        if case .scalar(let text, _) = node.kind { return [text] }
        return (m.strings("evidence") ?? []).map(\.0)
    }

    private func parseValue(_ node: YAMLNode, indicator: Indicator, collector: DiagnosticCollector) -> Answer.Value? {
        let name = self.name(indicator)
        switch indicator.kind {
        case .choice:
            guard let typed = node.scalarText(expecting: Words.Loading.Item.choice, name: name, collector: collector) else { return nil }
            let text = TypedValue.text(typed)
            if indicator.choice(text) != nil { return .choice(text) }
            reportUnknownChoice(text, name: name, choices: indicator.choices, at: node.position, collector: collector)
        case .multi:
            guard case .sequence(let items) = node.kind else {
                collector.error(Words.Assessments.multiNeedsList(name),
                                at: node.position)
                return nil
            }
            var chosen: [String] = []
            var valid = true
            for item in items {
                guard let typed = item.scalarText(expecting: Words.Loading.Item.choice, name: name, collector: collector) else { valid = false; continue }
                let text = TypedValue.text(typed)
                if indicator.choice(text) == nil {
                    reportUnknownChoice(text, name: name, choices: indicator.choices, at: item.position, collector: collector)
                    valid = false
                } else if chosen.contains(text), let choice = indicator.choice(text) {
                    collector.error(Words.Assessments.choiceRepeats(name, choice: self.name(choice)), at: item.position)
                    valid = false
                } else {
                    chosen.append(text)
                }
            }
            return valid ? .multi(chosen) : nil
        case .bool:
            if case .bool(let b)? = node.coreValue { return .bool(b) }
            collector.error(notBool(node, name), at: node.position)
        case .number, .percent:
            guard let number = node.exactNumber(name: name, collector: collector) else { return nil }
            let bounds = indicator.bounds
            guard inBounds(number, bounds.minimum, bounds.maximum, name: name, at: node.position, collector: collector) else { return nil }
            return .number(number)
        }
        return nil
    }

    /// Why a value is no boolean, with what to write when it is a yes/no word (`是` → true).
    private func notBool(_ node: YAMLNode, _ name: Phrase) -> Phrase {
        if case .scalar(let text, _) = node.kind, let value = TypedValue.bool(text), !["true", "false"].contains(text.lowercased()) {
            return Words.Assessments.notBool(name, typed: text, means: value)
        }
        return Words.Assessments.notBool(name)
    }

    private func inBounds(_ number: ExactNumber, _ minimum: ExactNumber?, _ maximum: ExactNumber?, name: Phrase,
                          at position: SourcePosition, collector: DiagnosticCollector) -> Bool {
        if let minimum, number < minimum {
            collector.error(Words.Assessments.belowMinimum(name, minimum: minimum.description, found: number.description), at: position)
            return false
        }
        if let maximum, maximum < number {
            collector.error(Words.Assessments.aboveMaximum(name, maximum: maximum.description, found: number.description), at: position)
            return false
        }
        return true
    }

    private func reportUnknownChoice(_ text: String, name: Phrase, choices: [Choice], at position: SourcePosition, collector: DiagnosticCollector) {
        let ids = choices.map(\.id)
        // A label instead of an id is a common slip: say which id it is.
        let byLabel = choices.first { choice in choice.label.translations.values.contains(text) }
        let hint = byLabel.map { Words.Assessments.labelOf(text, choice: $0.id) } ?? closestHint(text, among: ids)
        collector.error(Words.Assessments.unknownChoice(name, text, hint: hint, valid: list(choices)), at: position)
    }
}
