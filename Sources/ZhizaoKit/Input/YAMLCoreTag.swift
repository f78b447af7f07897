import BigInt

/// The explicit tags SPEC §2 honours: the YAML 1.2 core schema's `!!str !!int !!float !!bool
/// !!null !!map !!seq`, and the non-specific `!` (which makes a scalar a string). Any other
/// tag (`!custom`, `!!python/object`, `!!binary`, `!!timestamp`, `!<tag:…>`) is refused where
/// it is written, and so is a core tag its node does not fit (`!!int abc`, `!!map [1]`).
enum YAMLCoreTag: String {
    case str, int, float, bool, null, map, seq

    /// How LibYAML reports `!!name`: the YAML 1.2 tag prefix, resolved.
    private static let prefix = "tag:yaml.org,2002:"

    /// The non-specific tag `!`, as LibYAML reports it.
    static let nonSpecific = "!"

    init?(resolved tag: String) {
        guard tag.hasPrefix(Self.prefix) else { return nil }
        self.init(rawValue: String(tag.dropFirst(Self.prefix.count)))
    }

    /// A tag as a person wrote it (`!!str`, `!custom`, `!<tag:example.com,2026:x>`), for messages.
    static func shown(_ tag: String) -> String {
        if tag.hasPrefix(prefix) { return "!!" + tag.dropFirst(prefix.count) }
        if tag.hasPrefix("!") { return tag }
        return "!<" + tag + ">"
    }

    /// Refuses `tag` on a scalar whose text it does not fit, or a tag outside the core schema.
    static func check(_ tag: String?, scalar text: String) -> YAMLProblem? {
        guard let tag, tag != nonSpecific else { return nil }
        guard let core = YAMLCoreTag(resolved: tag) else { return .unsupportedTag(shown(tag)) }
        let fits: Bool
        switch (core, CoreSchemaScalar(plain: text)) {
        case (.str, _), (.int, .int), (.int, .bigInteger), (.float, .double), (.bool, .bool), (.null, .null): fits = true
        case (.float, .int), (.float, .bigInteger): fits = CoreSchemaScalar.isDecimal(text)
        case (.map, _), (.seq, _): return .tagNeedsCollection(shown(tag))
        default: fits = false
        }
        return fits ? nil : .tagDoesNotFit(shown(tag), text)
    }

    /// Refuses `tag` on a sequence or mapping: only `!!seq` or `!!map` (the matching one) fit.
    static func check(_ tag: String?, isMapping: Bool) -> YAMLProblem? {
        guard let tag, tag != nonSpecific else { return nil }
        guard let core = YAMLCoreTag(resolved: tag) else { return .unsupportedTag(shown(tag)) }
        switch core {
        case .map where isMapping, .seq where !isMapping: return nil
        default: return .tagDoesNotFitCollection(shown(tag), isMapping: isMapping)
        }
    }
}

extension YAMLNode {
    /// What a scalar means under the core schema with its explicit tag honoured (nil for a
    /// sequence or mapping): a quoted scalar, `!!str` or `!` is a string whatever it looks
    /// like (`!!str 65`); `!!int "12"` is the integer 12; a plain untagged scalar is typed by
    /// its text. The reader has already refused a tag its text does not fit.
    var coreValue: CoreSchemaScalar? {
        guard case .scalar(let text, let style) = kind else { return nil }
        guard let tag else { return style == .plain ? CoreSchemaScalar(plain: text) : .string(text) }
        switch YAMLCoreTag(resolved: tag) {
        case .int?, .bool?, .null?: return CoreSchemaScalar(plain: text)
        case .float?:
            switch CoreSchemaScalar(plain: text) {
            case .int(let value): return .double(Double(value))
            case .bigInteger(let digits): return .double(Double(digits) ?? .infinity)  // decimal: the reader checked
            case let other: return other
            }
        default: return .string(text)
        }
    }

    /// The exact number a scalar is under the core schema: `85`, `-1.5`, `1e3`, `.5`, `+12`,
    /// `0x1A` (26), `0o17` (15), `!!int "12"`. Nil for anything else, `.nan` and `.inf` included.
    var exactNumberValue: ExactNumber? {
        guard case .scalar(let text, _) = kind else { return nil }
        switch coreValue {
        case .int(let value)?: return ExactNumber(BigInt(value))
        case .bigInteger(let digits)?:
            if digits.hasPrefix("0x") { return BigInt(digits.dropFirst(2), radix: 16).map { ExactNumber($0) } }
            if digits.hasPrefix("0o") { return BigInt(digits.dropFirst(2), radix: 8).map { ExactNumber($0) } }
            return ExactNumber(decimal: digits)
        case .double?: return ExactNumber(decimal: text)
        default: return nil
        }
    }
}
