/// Typed readings of single nodes, with YAML 1.2 core-schema meaning (SPEC §2).
extension YAMLNode {
    /// A plain scalar that reads as null (`~`, `null`, empty), as a template leaves it.
    var isNull: Bool {
        if case .scalar(let text, .plain) = kind, tag == nil, CoreSchemaScalar(plain: text) == .null { return true }
        return false
    }

    var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    var kindName: Phrase {
        switch kind {
        case .scalar: return Phrase(zh: "单个值", en: "a single value")
        case .sequence: return Phrase(zh: "列表", en: "a list")
        case .mapping: return Phrase(zh: "映射", en: "a mapping")
        }
    }

    func scalarText(expecting what: Phrase, key: String, collector: DiagnosticCollector) -> String? {
        guard case .scalar(let text, _) = kind else {
            collector.error(Phrase(zh: "'\(key)' 应为\(what.zh)，实际是\(kindName.zh)",
                                             en: "'\(key)' must be \(what.en), found \(kindName.en)"), at: position)
            return nil
        }
        return text
    }

    /// A number written as a plain decimal scalar, read exactly. `.nan`, `.inf`, hex and
    /// quoted numbers are refused.
    func exactNumber(key: String, collector: DiagnosticCollector) -> ExactNumber? {
        if case .scalar(let text, .plain) = kind {
            switch CoreSchemaScalar(plain: text) {
            case .int, .double, .bigInteger:
                if let exact = ExactNumber(decimal: text) { return exact }
            default: break
            }
        }
        let shown = scalar.map { " '\($0)'" } ?? ""
        collector.error(Phrase(zh: "'\(key)' 应为数字，实际是\(shown.isEmpty ? kindName.zh : shown)",
                                         en: "'\(key)' must be a number, found\(shown.isEmpty ? " " + kindName.en : shown)"),
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
                    collector.error(Phrase(zh: "'\(key)' 的每种语言应是一段文本", en: "each language of '\(key)' must be text"),
                                    at: pair.value.position)
                    return nil
                }
                guard isLocaleCode(locale) else {
                    // Usually an unquoted comma in `{zh: …, en: a, b}` split the text.
                    let commaHint = locale.contains(" ") || pair.value.isNull
                    collector.error(Phrase(
                        zh: "'\(locale)' 不是语言代码（如 zh、en）" + (commaHint ? "；文本中有逗号时请给整段文本加引号" : ""),
                        en: "'\(locale)' is not a language code (such as zh, en)" + (commaHint ? "; quote text that contains a comma" : "")),
                                    at: pair.key.position)
                    return nil
                }
                translations.append((locale, text))
            }
            return LocalizedText(.init(uniqueKeysWithValues: translations))
        case .sequence:
            collector.error(Phrase(zh: "'\(key)' 应为文本或 语言: 文本 的映射", en: "'\(key)' must be text or a map of language: text"),
                            at: position)
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
