import ZhizaoCEL

/// A loaded, checked rubric: the criteria one programme scores against. Immutable and
/// shareable across threads (a class: every result refers to it, none copies it); every
/// expression in it is compiled once.
public final class Rubric: Sendable {
    public let id: String
    public let version: String
    public let title: LocalizedText
    /// The report languages; the first is the default and the fallback for missing text.
    public let locales: [String]
    public let sources: [RubricSource]
    public let profile: [ProfileFact]
    public let scales: [Scale]
    public let domains: [Domain]
    public let indicators: [Indicator]
    public let metrics: [Metric]
    public let checks: [Check]
    public let gates: [Gate]
    /// Lowest first.
    public let tiers: [Tier]
    public let ranking: RankingSpecification
    /// The enterprise fields whose values the rubric constrains (SPEC §1 `enterprise_fields`).
    public let enterpriseFields: [EnterpriseField]
    /// `sha256:` of the bytes of every file read, in reading order (SPEC §3.10).
    public let fingerprint: String
    /// The files the rubric was read from (the rubric first, then included parts).
    public let files: [String]

    public var defaultLocale: String { locales.first ?? "zh" }

    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func profileFact(_ id: String) -> ProfileFact? { profile.first { $0.id == id } }
    public func tier(_ id: String) -> Tier? { tiers.first { $0.id == id } }
    public func source(_ id: String) -> RubricSource? { sources.first { $0.id == id } }
    public func metric(_ id: String) -> Metric? { metrics.first { $0.id == id } }
    public func domain(_ id: String) -> Domain? { domains.first { $0.id == id } }
    /// The constraint on `city` or `industry`, if the rubric sets one.
    public func enterpriseField(_ id: String) -> EnterpriseField? { enterpriseFields.first { $0.id == id } }

    /// How a gate or rule cites its source for a reader: the document's title and number.
    public func citation(_ sourceID: String?, _ locale: String) -> String {
        guard let source = sourceID.flatMap(source) else { return "" }
        return text(source.title, locale) + (source.reference.map { " " + $0 } ?? "")
    }

    /// The gates and rules marked provisional (no public source fixes their value).
    public var provisionalCount: Int {
        gates.filter(\.provisional).count + tiers.flatMap(\.rules).filter(\.provisional).count
    }

    /// `id@version`, as assessments name a rubric.
    public var reference: String { "\(id)@\(version)" }

    let indicatorIndex: [String: Int]
    /// The environment its expressions were compiled in: bindings made from it match their
    /// programs by identity, the fast check on every evaluation.
    public let expressionEnvironment: CELEnvironment

    init(id: String, version: String, title: LocalizedText, locales: [String], sources: [RubricSource], profile: [ProfileFact],
         scales: [Scale], domains: [Domain], indicators: [Indicator], metrics: [Metric], checks: [Check], gates: [Gate],
         tiers: [Tier], ranking: RankingSpecification, enterpriseFields: [EnterpriseField], fingerprint: String, files: [String], indicatorIndex: [String: Int],
         expressionEnvironment: CELEnvironment) {
        self.id = id
        self.version = version
        self.title = title
        self.locales = locales
        self.sources = sources
        self.profile = profile
        self.scales = scales
        self.domains = domains
        self.indicators = indicators
        self.metrics = metrics
        self.checks = checks
        self.gates = gates
        self.tiers = tiers
        self.ranking = ranking
        self.enterpriseFields = enterpriseFields
        self.fingerprint = fingerprint
        self.files = files
        self.indicatorIndex = indicatorIndex
        self.expressionEnvironment = expressionEnvironment
    }

    /// The text of `text` in the requested language, falling back to the rubric's first locale.
    public func text(_ text: LocalizedText, _ locale: String) -> String {
        text.text(locale, fallback: defaultLocale)
    }
}
