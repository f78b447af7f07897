/// Typed readings of single nodes, with YAML 1.2 core-schema meaning (SPEC §2).
extension YAMLNode {
    /// A plain scalar that reads as null (`~`, `null`, empty), as a template leaves it.
    var isNull: Bool {
        coreValue == .null
    }

    var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    var kindName: Phrase {
        switch kind {
        case .scalar: return Words.Input.NodeKind.singleValue
        case .sequence: return Words.Input.NodeKind.list
        case .mapping: return Words.Input.NodeKind.mapping
        }
    }

    func scalarText(expecting what: Phrase, key: String, collector: DiagnosticCollector) -> String? {
        guard case .scalar(let text, _) = kind else {
            collector.error(Words.Loading.wrongKind(key, expected: what, found: kindName), at: position)
            return nil
        }
        return text
    }

    /// A number under the core schema (`exactNumberValue`: `0x1A` and `!!int "12"` too), read
    /// exactly. `.nan`, `.inf`, quoted numbers and `!!str 65` are refused.
    func exactNumber(key: String, collector: DiagnosticCollector) -> ExactNumber? {
        if let exact = exactNumberValue { return exact }
        collector.error(scalar.map { Words.Loading.notNumber(key, foundText: $0) } ?? Words.Loading.notNumber(key, found: kindName),
                        at: position)
        return nil
    }

    /// A plain string, or a map locale → string.
    func localizedText(key: String, collector: DiagnosticCollector) -> LocalizedText? {
        switch kind {
        case .scalar(let text, _):
            return LocalizedText(plain: text)
        case .mapping(let pairs):
            var translations: [(String, String)] = []
            for pair in pairs {
                guard let locale = pair.key.scalar, let text = pair.value.scalar else {
                    collector.error(Words.Loading.translationNotText(key), at: pair.value.position)
                    return nil
                }
                guard isLocaleCode(locale) else {
                    // Usually an unquoted comma in `{zh: …, en: a, b}` split the text.
                    let commaHint = locale.contains(" ") || pair.value.isNull
                    collector.error(commaHint ? Words.Loading.notLocaleCodeQuoteComma(locale) : Words.Loading.notLocaleCode(locale),
                                    at: pair.key.position)
                    return nil
                }
                translations.append((locale, text))
            }
            return LocalizedText(.init(uniqueKeysWithValues: translations))
        case .sequence:
            collector.error(Words.Loading.notLocalizedText(key), at: position)
            return nil
        }
    }
}

/// `zh`, `en`, `zh-Hant`, `en-US`.
func isLocaleCode(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
    return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
}
