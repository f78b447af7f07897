/// A constrained enterprise field (SPEC §1 `enterprise_fields`): the values a rubric accepts
/// for `city` or `industry`, each with the spellings people use for it. Rankings group their
/// quotas by the canonical value, so `青岛`, `青岛市`, `青岛 ` and `山东省青岛市` are one group.
public struct EnterpriseField: Sendable {
    /// The enterprise fields a rubric may constrain: the ones rankings group by.
    public static let constrainable = ["city", "industry"]

    public struct Choice: Sendable {
        /// The canonical value, as outputs show it (`济南`).
        public let id: String
        public let aliases: [String]

        public init(id: String, aliases: [String]) {
            self.id = id
            self.aliases = aliases
        }
    }

    /// `city` or `industry`.
    public let id: String
    public let choices: [Choice]
    /// Every spelling, normalised, to its choice's id.
    private let lookup: [String: String]

    public init(id: String, choices: [Choice]) {
        self.id = id
        self.choices = choices
        var lookup: [String: String] = [:]
        for choice in choices {
            for spelling in [choice.id] + choice.aliases where lookup[Self.key(spelling)] == nil {
                lookup[Self.key(spelling)] = choice.id
            }
        }
        self.lookup = lookup
    }

    /// The canonical value a typed value stands for (trimmed, NFKC, aliases), or nil when it
    /// names none of the choices.
    public func canonical(_ value: String) -> String? {
        lookup[Self.key(value)]
    }

    /// How spellings are compared: trimmed, NFKC, and without letter case (`jinan`, `Jinan`).
    static func key(_ spelling: String) -> String { TypedText.normalized(spelling).lowercased() }

    /// The spellings that stand for more than one choice (a rubric that has any does not load).
    static func clashes(_ choices: [Choice]) -> [String] {
        var owner: [String: String] = [:]
        var clashes: [String] = []
        for choice in choices {
            for spelling in [choice.id] + choice.aliases {
                let key = Self.key(spelling)
                if let first = owner[key], first != choice.id {
                    if !clashes.contains(spelling) { clashes.append(spelling) }
                } else {
                    owner[key] = choice.id
                }
            }
        }
        return clashes
    }
}
