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
            collector.error(Phrase(zh: "\(what.zh)应为映射（key: value）", en: "\(what.en) must be a mapping (key: value)"),
                            at: node.position)
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
            let suggestion = Suggestion.closest(to: key, among: allowed)
            let zhHint = suggestion.map { "（是否应为 '\($0)'？）" } ?? ""
            let enHint = suggestion.map { " (did you mean '\($0)'?)" } ?? ""
            let allowedList = allowed.joined(separator: ", ")
            collector.error(Phrase(
                zh: "\(what.zh)中没有字段 '\(key)'\(zhHint)；可用字段：\(allowedList)",
                en: "unknown key '\(key)' in \(what.en)\(enHint); allowed: \(allowedList)"), at: keyPosition(key))
        }
    }

    // MARK: Typed fields

    func required(_ key: String) -> YAMLNode? {
        if let node = value(key) { return node }
        // A misspelt key (`weigth:`) is already reported as unknown, with this key suggested.
        if order.contains(where: { $0 != key && Suggestion.closest(to: $0, among: [key]) == key }) { return nil }
        collector.error(Phrase(zh: "\(what.zh)缺少必填字段 '\(key)'", en: "\(what.en) is missing the required key '\(key)'"),
                        at: node.position)
        return nil
    }

    func string(_ key: String, required isRequired: Bool = false) -> String? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        return node.scalarText(expecting: Phrase(zh: "文本", en: "text"), key: key, collector: collector)
    }

    /// An id matching `pattern` (described for the user in `patternText`).
    func identifier(_ key: String, pattern: IdentifierPattern, required isRequired: Bool = true) -> String? {
        guard let text = string(key, required: isRequired) else { return nil }
        guard pattern.matches(text) else {
            collector.error(Phrase(zh: "'\(key)' 的值 '\(text)' 不是有效的标识：\(pattern.rule.zh)",
                                             en: "'\(text)' is not a valid \(key): \(pattern.rule.en)"),
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
            collector.error(Phrase(zh: "'\(key)' 应为整数 \(rangeText)", en: "'\(key)' must be an integer \(rangeText)"),
                            at: node.position)
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        if case .scalar(let text, .plain) = node.kind, case .bool(let b) = CoreSchemaScalar(plain: text) { return b }
        collector.error(Phrase(zh: "'\(key)' 应为 true 或 false", en: "'\(key)' must be true or false"), at: node.position)
        return nil
    }

    func sequence(_ key: String, required isRequired: Bool = false) -> [YAMLNode]? {
        guard let node = isRequired ? required(key) : value(key) else { return nil }
        guard case .sequence(let items) = node.kind else {
            collector.error(Phrase(zh: "'\(key)' 应为列表", en: "'\(key)' must be a list"), at: node.position)
            return nil
        }
        return items
    }

    /// A list of scalars (e.g. `tags: [ai, scenario]`, `tiers: [excellence, pilot]`).
    func strings(_ key: String) -> [(String, SourcePosition)]? {
        guard let items = sequence(key) else { return nil }
        return items.compactMap { item in
            item.scalarText(expecting: Phrase(zh: "文本", en: "text"), key: key, collector: collector).map { ($0, item.position) }
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
        case .snake:
            return Phrase(zh: "以小写字母开头，只用小写字母、数字和下划线，如 rd_digital_design",
                                    en: "a lowercase letter, then lowercase letters, digits and _, e.g. rd_digital_design")
        case .kebab:
            return Phrase(zh: "以小写字母开头，只用小写字母、数字和连字符，如 shandong-smart-factory",
                                    en: "a lowercase letter, then lowercase letters, digits and -, e.g. shandong-smart-factory")
        case .token:
            return Phrase(zh: "以小写字母或数字开头，只用小写字母、数字和 _ . -，如 miit-2025-251",
                                    en: "a lowercase letter or digit, then lowercase letters, digits, _ . and -, e.g. miit-2025-251")
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
