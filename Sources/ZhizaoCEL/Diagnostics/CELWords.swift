/// The catalog of what the expression language says: every problem an expression can have,
/// Chinese first, as a `Phrase`. ZhizaoCEL cannot use ZhizaoKit's `Words`, so its words are
/// here; a text with values is a function of typed arguments.
public enum CELWords {
    /// `（是否应为 'x'？）` / ` (did you mean 'x'?)`, or nothing when there is no suggestion.
    public static func didYouMean(_ suggestion: String?) -> Phrase {
        guard let suggestion else { return .same("") }
        return Phrase(zh: "（是否应为 '\(suggestion)'？）", en: " (did you mean '\(suggestion)'?)")
    }

    /// Reading an expression: characters, literals, grammar, size.
    public enum Syntax {
        public static func unexpectedCharacter(_ character: String) -> Phrase {
            Phrase(zh: "无法识别的字符 \(character)", en: "unexpected character \(character)")
        }

        public static let unterminatedString = Phrase(zh: "字符串缺少结束引号", en: "unterminated string literal")

        public static let newlineInString = Phrase(
            zh: "单行字符串中不能换行（多行文本请用三引号 ''' ）",
            en: "line break inside a single-line string (use ''' for multi-line text)")

        public static func invalidEscape(_ escape: String) -> Phrase {
            Phrase(zh: "无效的转义序列 \(escape)", en: "invalid escape sequence \(escape)")
        }

        public static func invalidNumber(_ number: String) -> Phrase {
            Phrase(zh: "无效的数字 \(number)", en: "invalid number \(number)")
        }

        public static func integerLiteralOutOfRange(_ number: String) -> Phrase {
            Phrase(zh: "整数 \(number) 超出 int64 范围", en: "integer literal \(number) is out of the int64 range")
        }

        public static let bytesNotSupported = Phrase(zh: "不支持 bytes 字面量", en: "bytes literals are not supported")

        public static func unexpectedToken(_ found: String, expected: String) -> Phrase {
            Phrase(zh: "此处应为 \(expected)，却是 \(found)", en: "expected \(expected), found \(found)")
        }

        public static func unexpectedToken(_ found: String) -> Phrase {
            Phrase(zh: "此处不应出现 \(found)", en: "unexpected \(found)")
        }

        public static func reservedIdentifier(_ name: String) -> Phrase {
            Phrase(zh: "'\(name)' 是保留字，不能用作变量或函数名",
                   en: "'\(name)' is a reserved word and cannot name a variable or function")
        }

        public static func expressionTooLong(limit: Int) -> Phrase {
            Phrase(zh: "表达式过长（上限 \(limit) 字节）", en: "expression is too long (limit \(limit) bytes)")
        }

        public static func nestingTooDeep(limit: Int) -> Phrase {
            Phrase(zh: "表达式嵌套过深（上限 \(limit) 层）", en: "expression is nested too deeply (limit \(limit) levels)")
        }

        public static let messageConstructionNotSupported = Phrase(
            zh: "不支持消息构造 Name{…}", en: "message construction Name{…} is not supported")

        public static func macroArguments(_ macro: String) -> Phrase {
            Phrase(zh: "宏 \(macro) 的参数不正确（例如 has(m.f)、list.all(x, 条件)）",
                   en: "wrong arguments for macro \(macro) (e.g. has(m.f), list.all(x, predicate))")
        }

        /// `reason` is one of `RegularExpressions`.
        public static func invalidRegex(_ pattern: String, reason: Phrase) -> Phrase {
            Phrase(zh: "正则表达式 '\(pattern)' 无效：\(reason.zh)", en: "invalid regular expression '\(pattern)': \(reason.en)")
        }
    }

    /// Static checking: names, functions and types.
    public enum Checking {
        public static func undeclaredReference(_ name: String, suggestion: String?) -> Phrase {
            let hint = didYouMean(suggestion)
            return Phrase(zh: "未声明的变量 '\(name)'\(hint.zh)", en: "undeclared reference to '\(name)'\(hint.en)")
        }

        public static func unknownFunction(_ name: String, suggestion: String?) -> Phrase {
            let hint = didYouMean(suggestion)
            return Phrase(zh: "未知函数 '\(name)'\(hint.zh)", en: "unknown function '\(name)'\(hint.en)")
        }

        public static func wrongArgumentCount(_ function: String, expected: String, found: Int) -> Phrase {
            Phrase(zh: "函数 \(function) 需要 \(expected) 个参数，实际给了 \(found) 个",
                   en: "function \(function) takes \(expected) argument(s), found \(found)")
        }

        public static func noMatchingOverload(_ function: String, argumentTypes: [String]) -> Phrase {
            let list = argumentTypes.joined(separator: ", ")
            return Phrase(zh: "'\(function)' 不能用于类型 (\(list))", en: "no matching overload for '\(function)' applied to (\(list))")
        }

        public static func mixedArithmetic(_ op: String, left: String, right: String) -> Phrase {
            Phrase(zh: "'\(op)' 不能混用 \(left) 与 \(right)：请统一类型（如把 2 写成 2.0，或用 double(x)）",
                   en: "'\(op)' cannot mix \(left) and \(right): use one type (write 2.0 instead of 2, or double(x))")
        }

        public static func fieldSelectionUnsupported(_ type: String) -> Phrase {
            Phrase(zh: "类型 \(type) 不支持字段访问", en: "type \(type) does not support field selection")
        }

        public static func unsupportedMapKeyType(_ type: String) -> Phrase {
            Phrase(zh: "映射的键不能是 \(type) 类型（只能是 int、uint、bool、string）",
                   en: "unsupported map key type \(type) (keys are int, uint, bool or string)")
        }

        public static func incomparableTypes(_ op: String, left: String, right: String) -> Phrase {
            Phrase(zh: "'\(op)' 比较的 \(left) 与 \(right) 类型不同，结果恒为假或出错",
                   en: "'\(op)' compares \(left) with \(right): always false or an error")
        }

        public static func wrongResultType(expected: String, found: String) -> Phrase {
            Phrase(zh: "表达式结果应为 \(expected)，实际为 \(found)", en: "expression must yield \(expected), found \(found)")
        }
    }

    /// Evaluation: what can go wrong with the values.
    public enum Evaluation {
        public static let divisionByZero = Phrase(zh: "除数为零", en: "division by zero")
        public static let moduloByZero = Phrase(zh: "取模的除数为零", en: "modulus by zero")

        public static func overflow(_ operation: String) -> Phrase {
            Phrase(zh: "整数溢出（\(operation)）", en: "integer overflow in \(operation)")
        }

        public static func noSuchKey(_ key: String) -> Phrase {
            Phrase(zh: "没有键 \(key)", en: "no such key: \(key)")
        }

        public static func indexOutOfRange(_ index: String, size: Int) -> Phrase {
            Phrase(zh: "下标 \(index) 越界（列表长度 \(size)）", en: "index \(index) out of range (list size \(size))")
        }

        public static func invalidIndex(_ type: String) -> Phrase {
            Phrase(zh: "不能用 \(type) 作下标", en: "invalid index of type \(type)")
        }

        public static func noSuchOverload(_ function: String, argumentTypes: [String]) -> Phrase {
            let list = argumentTypes.joined(separator: ", ")
            return Phrase(zh: "'\(function)' 不能用于值类型 (\(list))", en: "no such overload: '\(function)' applied to (\(list))")
        }

        public static func repeatedKey(_ key: String) -> Phrase {
            Phrase(zh: "映射中键 \(key) 重复", en: "repeated key \(key) in map literal")
        }

        public static func conversionOutOfRange(_ value: String, type: String) -> Phrase {
            Phrase(zh: "\(value) 超出 \(type) 的范围", en: "\(value) is out of the range of \(type)")
        }

        public static func conversionFailed(_ value: String, type: String) -> Phrase {
            Phrase(zh: "无法把 \(value) 转换为 \(type)", en: "cannot convert \(value) to \(type)")
        }

        public static func unboundVariable(_ name: String) -> Phrase {
            Phrase(zh: "变量 '\(name)' 没有值", en: "no value bound to '\(name)'")
        }

        public static func unboundFunction(_ name: String) -> Phrase {
            Phrase(zh: "函数 '\(name)' 未定义", en: "unbound function '\(name)'")
        }

        public static func iterationLimit(_ limit: Int) -> Phrase {
            Phrase(zh: "循环次数超过上限 \(limit)", en: "comprehension exceeded the iteration limit of \(limit)")
        }

        public static func emptyList(_ function: String) -> Phrase {
            Phrase(zh: "\(function) 不能用于空列表", en: "\(function) of an empty list")
        }
    }

    /// Why a regular expression (RE2 syntax) is refused. The English follows RE2's own
    /// messages where RE2 has one, so authors can look them up in RE2's documentation.
    public enum RegularExpressions {
        public static let missingParenthesis = Phrase(zh: "缺少右括号 )", en: "missing closing )")
        public static let unexpectedParenthesis = Phrase(zh: "多余的右括号 )", en: "unexpected )")
        public static let missingBracket = Phrase(zh: "缺少右方括号 ]", en: "missing closing ]")
        public static let invalidEscape = Phrase(zh: "无效的转义序列", en: "invalid escape sequence")
        public static let trailingBackslash = Phrase(zh: "模式末尾多了一个反斜杠 \\", en: "trailing \\ at end of pattern")
        public static let backreference = Phrase(zh: "不支持反向引用", en: "backreferences are not supported")
        public static let lookAround = Phrase(zh: "不支持环视断言（先行断言或后行断言）", en: "look-around is not supported")
        public static let missingRepeatArgument = Phrase(
            zh: "重复运算符前缺少可重复的内容", en: "missing argument to repetition operator")
        public static let badRepeatOperator = Phrase(zh: "无效的重复运算符", en: "bad repetition operator")
        public static let invalidRepeatSize = Phrase(
            zh: "无效的重复次数：最小值大于最大值", en: "invalid repetition size: minimum is greater than maximum")

        public static func repeatCountTooLarge(limit: Int) -> Phrase {
            Phrase(zh: "重复次数超过 \(limit)", en: "repetition count is larger than \(limit)")
        }

        public static let invalidCharacterRange = Phrase(zh: "无效的字符范围", en: "invalid character class range")
        public static let unknownClassName = Phrase(zh: "未知的字符类名称", en: "unknown character class name")
        public static let unknownFlag = Phrase(zh: "未知或不支持的标志", en: "unknown or unsupported flag")
        public static let missingFlag = Phrase(zh: "减号 - 后缺少标志", en: "missing flag after -")
        public static let invalidGroupName = Phrase(zh: "无效的命名捕获组", en: "invalid named capture group")
        public static let duplicateGroupName = Phrase(zh: "重复的捕获组名称", en: "duplicate capture group name")
        public static let invalidCodePoint = Phrase(
            zh: "码点超出范围（大于 U+10FFFF）", en: "code point out of range (above U+10FFFF)")

        public static func patternTooLong(limit: Int) -> Phrase {
            Phrase(zh: "模式过长（超过 \(limit) 个字符）", en: "pattern too long (more than \(limit) characters)")
        }

        public static let patternTooLarge = Phrase(zh: "模式过大", en: "pattern too large")
        public static let nestingTooDeep = Phrase(zh: "表达式嵌套过深", en: "expression nests too deeply")
    }
}
