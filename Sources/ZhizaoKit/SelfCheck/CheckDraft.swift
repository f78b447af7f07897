import Foundation
import OrderedCollections

/// The answers `zhizao check` has collected so far: an assessment under construction, saved
/// after every answer as an ordinary assessment file (plus an `x-zhizao-check` key saying
/// which question comes next, which every reader ignores), so it can be scored, edited by
/// hand or resumed.
public struct CheckDraft: Sendable {
    public var name: String?
    public var creditCode: CreditCode?
    public var city: String?
    public var industry: String?
    public var applyingFor: String?
    public var submitted: String?
    public var rubricReference: String?
    public var profile = OrderedDictionary<String, ProfileValue>()
    public var answers = OrderedDictionary<String, Answer>()

    public init(submitted: String?) {
        self.submitted = submitted
    }

    /// A draft from an assessment file read back (`--resume`).
    public init(_ assessment: Assessment) {
        name = assessment.enterprise.name
        creditCode = assessment.enterprise.creditCode
        city = assessment.enterprise.city
        industry = assessment.enterprise.industry
        applyingFor = assessment.applyingFor
        submitted = assessment.submitted
        rubricReference = assessment.rubricReference
        profile = assessment.profile
        answers = assessment.answers
    }

    public func assessment(source: String) -> Assessment {
        Assessment(source: source, fingerprint: "", rubricReference: rubricReference,
                   enterprise: Enterprise(name: name, creditCode: creditCode, city: city, industry: industry),
                   applyingFor: applyingFor, submitted: submitted, profile: profile, answers: answers)
    }

    public mutating func set(_ value: CheckQuestion.Value, for question: CheckQuestion) {
        switch (question.field.kind, value) {
        case (.enterprise(let key), .text(let text)):
            let kept = text.isEmpty ? nil : text
            switch key {
            case "name": name = kept
            case "city": city = kept
            default: industry = kept
            }
        case (.enterprise, .creditCode(let code)): creditCode = code
        case (.applyingFor, .tier(let id)): applyingFor = id
        case (.fact(let fact), .fact(let value)): profile[fact.id] = value
        case (.indicator(let indicator), .answer(let value)): answers[indicator.id] = Answer(value: value, evidence: answers[indicator.id]?.evidence ?? [], note: answers[indicator.id]?.note)
        default: break
        }
    }

    public mutating func setNotApplicable(_ reason: String, for question: CheckQuestion) {
        guard case .indicator(let indicator) = question.field.kind else { return }
        answers[indicator.id] = Answer(value: nil, notApplicable: reason, evidence: answers[indicator.id]?.evidence ?? [], note: answers[indicator.id]?.note)
    }

    /// An indicator's evidence and note, typed after its answer: new evidence replaces the
    /// old, and what is not given is kept.
    public mutating func setEvidence(_ evidence: [String], note: String?, for question: CheckQuestion) {
        guard case .indicator(let indicator) = question.field.kind, let answer = answers[indicator.id] else { return }
        answers[indicator.id] = Answer(value: answer.value, notApplicable: answer.notApplicable,
                                       evidence: evidence.isEmpty ? answer.evidence : evidence, note: note ?? answer.note)
    }

    /// The current answer as the screen shows it, or nil when there is none.
    public func shown(_ question: CheckQuestion) -> String? {
        func t(_ phrase: Phrase) -> String { phrase(question.language) }
        func label(_ id: String) -> String { question.choices.first { $0.id == id }?.label ?? id }
        switch question.field.kind {
        case .enterprise("name"): return name
        case .enterprise("credit_code"): return creditCode?.value
        case .enterprise("city"): return city
        case .enterprise: return industry
        case .applyingFor: return applyingFor.map(label)
        case .fact(let fact):
            switch profile[fact.id] {
            case .bool(let b)?: return label(b ? CheckQuestion.yes : CheckQuestion.no)
            case .string(let s)?: return fact.kind == .choice ? label(s) : s
            case .int(let i)?: return String(i)
            case .number(let n)?: return n.description
            case nil: return nil
            }
        case .indicator(let indicator):
            guard let answer = answers[indicator.id] else { return nil }
            if let reason = answer.notApplicable { return t(Words.SelfCheck.notApplicable(because: reason)) }
            switch answer.value {
            case .choice(let id)?: return label(id)
            case .multi(let ids)?: return ids.isEmpty ? t(Words.SelfCheck.none) : ids.map(label).joined(separator: t(Words.Punctuation.listSeparator))
            case .bool(let b)?: return label(b ? CheckQuestion.yes : CheckQuestion.no)
            case .number(let n)?: return n.description + (indicator.kind == .percent ? "%" : "")
            case nil: return nil
            }
        case .submitted, .notApplicable: return nil
        }
    }

    /// The file's text: the assessment, and where to go on (nil once every question was seen).
    public func yaml(rubric: Rubric, language: Language, next: String?) -> String {
        AssessmentWriter.yaml(assessment(source: ""), rubric: rubric, locale: language.rawValue, header: [Words.SelfCheck.savedBy(language)],
                              extensions: next.map { [(key: "x-zhizao-check", value: "{next: \(YAMLText.scalar($0))}")] } ?? [])
    }

    /// The `next` a saved draft names, if any.
    public static func next(in document: YAMLNode) -> String? {
        guard case .mapping(let pairs) = document.kind,
              let check = pairs.first(where: { if case .scalar("x-zhizao-check", _) = $0.key.kind { return true }; return false })?.value,
              case .mapping(let inner) = check.kind,
              let next = inner.first(where: { if case .scalar("next", _) = $0.key.kind { return true }; return false })?.value,
              case .scalar(let id, _) = next.kind else { return nil }
        return id
    }
}
