/// Every way a pattern can be rejected; its wording for rubric authors is in `CELWords`.
enum RegexErrorKind: Sendable, Equatable, CaseIterable {
    case missingParenthesis
    case unexpectedParenthesis
    case missingBracket
    case invalidEscape
    case trailingBackslash
    case backreference
    case lookAround
    case missingRepeatArgument
    case badRepeatOperator
    case invalidRepeatSize
    case repeatCountTooLarge
    case invalidCharacterRange
    case unknownClassName
    case unknownFlag
    case missingFlag
    case invalidGroupName
    case duplicateGroupName
    case invalidCodePoint
    case patternTooLong
    case patternTooLarge
    case nestingTooDeep

    /// What the pattern's author reads (from `CELWords.RegularExpressions`).
    var phrase: Phrase {
        typealias Words = CELWords.RegularExpressions
        switch self {
        case .missingParenthesis: return Words.missingParenthesis
        case .unexpectedParenthesis: return Words.unexpectedParenthesis
        case .missingBracket: return Words.missingBracket
        case .invalidEscape: return Words.invalidEscape
        case .trailingBackslash: return Words.trailingBackslash
        case .backreference: return Words.backreference
        case .lookAround: return Words.lookAround
        case .missingRepeatArgument: return Words.missingRepeatArgument
        case .badRepeatOperator: return Words.badRepeatOperator
        case .invalidRepeatSize: return Words.invalidRepeatSize
        case .repeatCountTooLarge: return Words.repeatCountTooLarge(limit: RegexLimits.maxRepeatCount)
        case .invalidCharacterRange: return Words.invalidCharacterRange
        case .unknownClassName: return Words.unknownClassName
        case .unknownFlag: return Words.unknownFlag
        case .missingFlag: return Words.missingFlag
        case .invalidGroupName: return Words.invalidGroupName
        case .duplicateGroupName: return Words.duplicateGroupName
        case .invalidCodePoint: return Words.invalidCodePoint
        case .patternTooLong: return Words.patternTooLong(limit: RegexLimits.maxPatternLength)
        case .patternTooLarge: return Words.patternTooLarge
        case .nestingTooDeep: return Words.nestingTooDeep
        }
    }
}
