/// Every way a pattern can be rejected, with the bilingual wording shown to rubric authors.
///
/// The English wording follows RE2's own messages where RE2 has one, so authors can look the
/// message up in RE2 documentation.
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

    var message: String {
        switch self {
        case .missingParenthesis: "missing closing )"
        case .unexpectedParenthesis: "unexpected )"
        case .missingBracket: "missing closing ]"
        case .invalidEscape: "invalid escape sequence"
        case .trailingBackslash: "trailing \\ at end of pattern"
        case .backreference: "backreferences are not supported"
        case .lookAround: "look-around is not supported"
        case .missingRepeatArgument: "missing argument to repetition operator"
        case .badRepeatOperator: "bad repetition operator"
        case .invalidRepeatSize: "invalid repetition size: minimum is greater than maximum"
        case .repeatCountTooLarge: "repetition count is larger than \(RegexLimits.maxRepeatCount)"
        case .invalidCharacterRange: "invalid character class range"
        case .unknownClassName: "unknown character class name"
        case .unknownFlag: "unknown or unsupported flag"
        case .missingFlag: "missing flag after -"
        case .invalidGroupName: "invalid named capture group"
        case .duplicateGroupName: "duplicate capture group name"
        case .invalidCodePoint: "code point out of range (above U+10FFFF)"
        case .patternTooLong: "pattern too long (more than \(RegexLimits.maxPatternLength) characters)"
        case .patternTooLarge: "pattern too large"
        case .nestingTooDeep: "expression nests too deeply"
        }
    }

    var messageZh: String {
        switch self {
        case .missingParenthesis: "缺少右括号 )"
        case .unexpectedParenthesis: "多余的右括号 )"
        case .missingBracket: "缺少右方括号 ]"
        case .invalidEscape: "无效的转义序列"
        case .trailingBackslash: "模式末尾多了一个反斜杠 \\"
        case .backreference: "不支持反向引用"
        case .lookAround: "不支持环视断言（先行断言或后行断言）"
        case .missingRepeatArgument: "重复运算符前缺少可重复的内容"
        case .badRepeatOperator: "无效的重复运算符"
        case .invalidRepeatSize: "无效的重复次数：最小值大于最大值"
        case .repeatCountTooLarge: "重复次数超过 \(RegexLimits.maxRepeatCount)"
        case .invalidCharacterRange: "无效的字符范围"
        case .unknownClassName: "未知的字符类名称"
        case .unknownFlag: "未知或不支持的标志"
        case .missingFlag: "减号 - 后缺少标志"
        case .invalidGroupName: "无效的命名捕获组"
        case .duplicateGroupName: "重复的捕获组名称"
        case .invalidCodePoint: "码点超出范围（大于 U+10FFFF）"
        case .patternTooLong: "模式过长（超过 \(RegexLimits.maxPatternLength) 个字符）"
        case .patternTooLarge: "模式过大"
        case .nestingTooDeep: "表达式嵌套过深"
        }
    }
}
