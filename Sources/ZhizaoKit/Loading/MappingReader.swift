import Foundation
import ZhizaoCEL

/// Reads the fields of one YAML mapping into typed values, reporting every problem to a
/// collector: wrong kinds, missing required keys, and unknown keys (so a misspelt
/// `weigth:` never silently becomes the default; SPEC §2). Keys that begin with `x-` are
/// extensions and ignored.
struct MappingReader {
    let node: YAMLNode
    let what: Phrase
    private let entries: [String: YAMLPair]
    private let order: [String]
    private let collector: DiagnosticCollector

    /// Nil (with an error reported) when `node` is not a mapping.
    init?(_ node: YAMLNode, what: Phrase, collector: DiagnosticCollector) {
        guard case .mapping(let pairs) = node.kind else {
            // `answers:\n  a：1` is text, not a mapping: the full-width colon is the slip.
            if case .scalar(let text, .plain) = node.kind, let colon = text.firstIndex(of: "：") {
                let key = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
                collector.error(Words.Loading.notMappingFullWidthColon(what, key: key), at: node.position)
            } else {
                collector.error(Words.Loading.notMapping(what), at: node.position)
            }
            return nil
        }
        var entries: [String: YAMLPair] = [:]
        var order: [String] = []
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.kind else { continue }  // the reader refuses non-scalar keys
            entries[key] = pair
            order.append(key)
        }
        self.node = node
        self.what = what
        self.entries = entries
        self.order = order
        self.collector = collector
    }

    var keys: [String] { order }

    func has(_ key: String) -> Bool { entries[key] != nil }

    func value(_ key: String) -> YAMLNode? {
        guard let node = entries[key]?.value else { return nil }
        return node.isNull ? nil : node
    }

    func keyPosition(_ key: String) -> SourcePosition { entries[key]?.key.position ?? node.position }

    /// Reports every key not in `allowed` (and not `x-…`), with the closest allowed key.
    func rejectUnknownKeys(_ allowed: [String]) {
        for key in order where !allowed.contains(key) && !key.hasPrefix("x-") {
            let hint = closestHint(key, among: allowed)
            collector.error(Words.Loading.unknownKey(key, in: what, hint: hint, allowed: allowed.joined(separator: ", ")),
                            at: keyPosition(key))
        }
    }

    // MARK: Typed fields

    func required(_ key: String) -> YAMLNode? {
        if let node = value(key) { return node }
        // A misspelt key (`weigth:`) is already reported as unknown, with this key suggested.
        if order.contains(where: { $0 != key && Suggestion.closest(to: $0, among: [key]) == key }) { return nil }
        collector.error(Words.Loading.missingKey(key, in: what), at: node.position)
        return nil
    }

    func string(_ key: String, required isRequired: Bool = false) -> String? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return node.scalarText(expecting: Words.Loading.Item.text, key: key, collector: collector)
    }

    /// An id matching `pattern` (described for the user in `patternText`).
    func identifier(_ key: String, pattern: IdentifierPattern, required isRequired: Bool = true) -> String? {
        guard let text = string(key, required: isRequired) else { return nil }
        guard pattern.matches(text) else {
            collector.error(Words.Loading.invalidIdentifier(text, key: key, rule: pattern.rule),
                            at: value(key)?.position ?? node.position)
            return nil
        }
        return text
    }

    func localized(_ key: String, required isRequired: Bool = false) -> LocalizedText? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return node.localizedText(key: key, collector: collector)
    }

    func number(_ key: String, required isRequired: Bool = false) -> ExactNumber? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return node.exactNumber(key: key, collector: collector)
    }

    func integer(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node = value(key), let number = node.exactNumber(key: key, collector: collector) else { return nil }
        guard number.denominator == 1, let value = Int(exactly: number.numerator),
              range.map({ $0.contains(value) }) ?? true
        else {
            let rangeText = range.map { "\($0.lowerBound)…\($0.upperBound)" } ?? ""
            collector.error(Words.Loading.notInteger(key, range: rangeText), at: node.position)
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if case .bool(let b)? = node.coreValue { return b }
        collector.error(Words.Loading.notBool(key), at: node.position)
        return nil
    }

    func sequence(_ key: String, required isRequired: Bool = false) -> [YAMLNode]? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        guard case .sequence(let items) = node.kind else {
            collector.error(Words.Loading.notList(key), at: node.position)
            return nil
        }
        return items
    }

    /// A list of scalars (e.g. `tags: [ai, scenario]`, `tiers: [excellence, pilot]`).
    func strings(_ key: String) -> [(String, SourcePosition)]? {
        guard let items = sequence(key) else { return nil }
        return items.compactMap { item in
            item.scalarText(expecting: Words.Loading.Item.text, key: key, collector: collector).map { ($0, item.position) }
        }
    }
}

/// The shapes ids must have: they are used in expressions (`domain.production`), file names
/// and reports, so they are kept to safe characters.
enum IdentifierPattern: CustomStringConvertible {
    /// `[a-z][a-z0-9_]*` — readable from expressions as `section.id`.
    case snake
    /// `[a-z][a-z0-9-]*` — rubric ids.
    case kebab
    /// `[a-z0-9][a-z0-9_.-]*` — choice and source ids, only ever quoted in expressions.
    case token

    func matches(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, scalars.count <= 64 else { return false }
        func lower(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) }
        func digit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
        switch self {
        case .snake: return lower(first) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "_" }
        case .kebab: return lower(first) && scalars.allSatisfy { lower($0) || digit($0) || $0 == "-" }
        case .token:
            return (lower(first) || digit(first)) && scalars.allSatisfy { lower($0) || digit($0) || "_.-".unicodeScalars.contains($0) }
        }
    }

    /// The rule in words, with an example, for people who do not read regular expressions.
    var rule: Phrase {
        switch self {
        case .snake: return Words.Loading.IdentifierRule.snake
        case .kebab: return Words.Loading.IdentifierRule.kebab
        case .token: return Words.Loading.IdentifierRule.token
        }
    }

    var description: String {
        switch self {
        case .snake: return "[a-z][a-z0-9_]*"
        case .kebab: return "[a-z][a-z0-9-]*"
        case .token: return "[a-z0-9][a-z0-9_.-]*"
        }
    }
}
