import OrderedCollections

/// One enterprise's self-assessment, validated against a rubric: every answer names an
/// indicator of the rubric and is a value that indicator accepts.
public struct Assessment: Sendable {
    /// Where it came from: a file path, or `file:row` for a spreadsheet row.
    public let source: String
    /// `sha256:` of the bytes read.
    public let fingerprint: String
    /// What the file's `rubric:` field says (id, id@version or a path), if anything.
    public let rubricReference: String?
    public let enterprise: Enterprise
    public let applyingFor: String?
    /// `YYYY-MM-DD`.
    public let submitted: String?
    public let profile: OrderedDictionary<String, ProfileValue>
    /// By indicator id, in file order. Unanswered indicators are absent.
    public let answers: OrderedDictionary<String, Answer>

    public init(source: String, fingerprint: String, rubricReference: String?, enterprise: Enterprise,
                applyingFor: String?, submitted: String?, profile: OrderedDictionary<String, ProfileValue>,
                answers: OrderedDictionary<String, Answer>) {
        self.source = source
        self.fingerprint = fingerprint
        self.rubricReference = rubricReference
        self.enterprise = enterprise
        self.applyingFor = applyingFor
        self.submitted = submitted
        self.profile = profile
        self.answers = answers
    }

    /// The same assessment with some answers replaced (used to test an improvement plan).
    public func replacingAnswers(_ changes: [String: Answer]) -> Assessment {
        var answers = self.answers
        for (id, answer) in changes { answers[id] = answer }
        return Assessment(source: source, fingerprint: fingerprint, rubricReference: rubricReference, enterprise: enterprise,
                          applyingFor: applyingFor, submitted: submitted, profile: profile, answers: answers)
    }
}

public struct Enterprise: Sendable, Hashable {
    public let name: String?
    public let creditCode: CreditCode?
    public let city: String?
    public let industry: String?

    public init(name: String?, creditCode: CreditCode?, city: String?, industry: String?) {
        self.name = name
        self.creditCode = creditCode
        self.city = city
        self.industry = industry
    }
}

/// A profile fact's value, typed as the rubric declares it.
public enum ProfileValue: Sendable, Hashable {
    case bool(Bool)
    case string(String)
    case int(Int64)
    case number(ExactNumber)
}

/// The answer to one indicator: a value or a reason it does not apply, with evidence.
/// A class: immutable, and passed around in the scoring loop, where copying a struct of
/// four reference-counted fields would retain each of them.
public final class Answer: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case choice(String)
        case multi([String])
        case bool(Bool)
        case number(ExactNumber)
    }

    /// Exactly one of `value` and `notApplicable` is set.
    public let value: Value?
    /// The reason given for N/A.
    public let notApplicable: String?
    public let evidence: [String]
    public let note: String?

    public init(value: Value?, notApplicable: String? = nil, evidence: [String] = [], note: String? = nil) {
        self.value = value
        self.notApplicable = notApplicable
        self.evidence = evidence
        self.note = note
    }

    public static func == (a: Answer, b: Answer) -> Bool {
        a.value == b.value && a.notApplicable == b.notApplicable && a.evidence == b.evidence && a.note == b.note
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(value)
        hasher.combine(notApplicable)
        hasher.combine(evidence)
        hasher.combine(note)
    }
}
