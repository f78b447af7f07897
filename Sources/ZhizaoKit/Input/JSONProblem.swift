/// Everything `StrictJSONScanner` refuses in a `.json` file, each with its message from
/// `Words.Input.JSON`.
enum JSONProblem {
    /// What the scanner was looking for where it found something else.
    enum Expected {
        case value, key, colon, commaOrBrace, commaOrBracket, end
    }

    case trailingComma
    case comment
    case singleQuote
    case unquotedKey(String)
    case controlInString(UInt32)
    case badEscape(String)
    case unterminatedString
    case leadingZero(String)
    case badNumber(String)
    case notAValue(String)
    case unexpected(String, expected: Expected)
    /// `closer`: the bracket still open, if any.
    case unexpectedEnd(closer: String?)

    var message: Phrase {
        switch self {
        case .trailingComma: return Words.Input.JSON.trailingComma
        case .comment: return Words.Input.JSON.comment
        case .singleQuote: return Words.Input.JSON.singleQuote
        case .unquotedKey(let word): return Words.Input.JSON.unquotedKey(word)
        case .controlInString(let value):
            let hex = String(value, radix: 16, uppercase: true)
            let name = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
            return Words.Input.JSON.controlInString(name, escape: value == 0x09 ? "\\t" : value == 0x0A ? "\\n" : value == 0x0D ? "\\r" : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex.lowercased())
        case .badEscape(let escape): return Words.Input.JSON.badEscape(escape)
        case .unterminatedString: return Words.Input.JSON.unterminatedString
        case .leadingZero(let number): return Words.Input.JSON.leadingZero(number)
        case .badNumber(let number): return Words.Input.JSON.badNumber(number)
        case .notAValue(let word): return Words.Input.JSON.notAValue(word)
        case .unexpected(let found, let expected): return Words.Input.JSON.unexpected(found, expected: Self.words(expected))
        case .unexpectedEnd(let closer): return Words.Input.JSON.unexpectedEnd(closer: closer)
        }
    }

    private static func words(_ expected: Expected) -> Phrase {
        switch expected {
        case .value: return Words.Input.JSON.Expected.value
        case .key: return Words.Input.JSON.Expected.key
        case .colon: return Words.Input.JSON.Expected.colon
        case .commaOrBrace: return Words.Input.JSON.Expected.commaOrBrace
        case .commaOrBracket: return Words.Input.JSON.Expected.commaOrBracket
        case .end: return Words.Input.JSON.Expected.end
        }
    }
}
