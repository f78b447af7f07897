extension CELProblem {
    /// The problem as a sentence for a person, in the given language.
    public func message(_ language: Language) -> String {
        let zh = language == .zh
        switch self {
        case .unexpectedCharacter(let c):
            return zh ? "无法识别的字符 \(c)" : "unexpected character \(c)"
        case .unterminatedString:
            return zh ? "字符串缺少结束引号" : "unterminated string literal"
        case .newlineInString:
            return zh ? "单行字符串中不能换行（多行文本请用三引号 ''' ）"
                : "line break inside a single-line string (use ''' for multi-line text)"
        case .invalidEscape(let e):
            return zh ? "无效的转义序列 \(e)" : "invalid escape sequence \(e)"
        case .invalidNumber(let n):
            return zh ? "无效的数字 \(n)" : "invalid number \(n)"
        case .integerLiteralOutOfRange(let n):
            return zh ? "整数 \(n) 超出 int64 范围" : "integer literal \(n) is out of the int64 range"
        case .bytesNotSupported:
            return zh ? "不支持 bytes 字面量" : "bytes literals are not supported"
        case .unexpectedToken(let found, let expected):
            if let expected {
                return zh ? "此处应为 \(expected)，却是 \(found)" : "expected \(expected), found \(found)"
            }
            return zh ? "此处不应出现 \(found)" : "unexpected \(found)"
        case .reservedIdentifier(let name):
            return zh ? "'\(name)' 是保留字，不能用作变量或函数名" : "'\(name)' is a reserved word and cannot name a variable or function"
        case .expressionTooLong(let limit):
            return zh ? "表达式过长（上限 \(limit) 字节）" : "expression is too long (limit \(limit) bytes)"
        case .nestingTooDeep(let limit):
            return zh ? "表达式嵌套过深（上限 \(limit) 层）" : "expression is nested too deeply (limit \(limit) levels)"
        case .messageConstructionNotSupported:
            return zh ? "不支持消息构造 Name{…}" : "message construction Name{…} is not supported"
        case .macroArguments(let macro):
            return zh ? "宏 \(macro) 的参数不正确（例如 has(m.f)、list.all(x, 条件)）"
                : "wrong arguments for macro \(macro) (e.g. has(m.f), list.all(x, predicate))"
        case .invalidRegex(let pattern, let english, let chinese):
            return zh ? "正则表达式 '\(pattern)' 无效：\(chinese)" : "invalid regular expression '\(pattern)': \(english)"
        case .undeclaredReference(let name, let suggestion):
            let hint = suggestion.map { zh ? "（是否应为 '\($0)'？）" : " (did you mean '\($0)'?)" } ?? ""
            return zh ? "未声明的变量 '\(name)'\(hint)" : "undeclared reference to '\(name)'\(hint)"
        case .unknownFunction(let name, let suggestion):
            let hint = suggestion.map { zh ? "（是否应为 '\($0)'？）" : " (did you mean '\($0)'?)" } ?? ""
            return zh ? "未知函数 '\(name)'\(hint)" : "unknown function '\(name)'\(hint)"
        case .wrongArgumentCount(let function, let expected, let found):
            return zh ? "函数 \(function) 需要 \(expected) 个参数，实际给了 \(found) 个"
                : "function \(function) takes \(expected) argument(s), found \(found)"
        case .noMatchingOverload(let function, let types):
            let list = types.joined(separator: ", ")
            return zh ? "'\(function)' 不能用于类型 (\(list))" : "no matching overload for '\(function)' applied to (\(list))"
        case .mixedArithmetic(let op, let left, let right):
            return zh ? "'\(op)' 不能混用 \(left) 与 \(right)：请统一类型（如把 2 写成 2.0，或用 double(x)）"
                : "'\(op)' cannot mix \(left) and \(right): use one type (write 2.0 instead of 2, or double(x))"
        case .fieldSelectionUnsupported(let type):
            return zh ? "类型 \(type) 不支持字段访问" : "type \(type) does not support field selection"
        case .unsupportedMapKeyType(let type):
            return zh ? "映射的键不能是 \(type) 类型（只能是 int、uint、bool、string）"
                : "unsupported map key type \(type) (keys are int, uint, bool or string)"
        case .incomparableTypes(let op, let left, let right):
            return zh ? "'\(op)' 比较的 \(left) 与 \(right) 类型不同，结果恒为假或出错"
                : "'\(op)' compares \(left) with \(right): always false or an error"
        case .wrongResultType(let expected, let found):
            return zh ? "表达式结果应为 \(expected)，实际为 \(found)" : "expression must yield \(expected), found \(found)"
        case .divisionByZero:
            return zh ? "除数为零" : "division by zero"
        case .moduloByZero:
            return zh ? "取模的除数为零" : "modulus by zero"
        case .overflow(let operation):
            return zh ? "整数溢出（\(operation)）" : "integer overflow in \(operation)"
        case .noSuchKey(let key):
            return zh ? "没有键 \(key)" : "no such key: \(key)"
        case .indexOutOfRange(let index, let size):
            return zh ? "下标 \(index) 越界（列表长度 \(size)）" : "index \(index) out of range (list size \(size))"
        case .invalidIndex(let type):
            return zh ? "不能用 \(type) 作下标" : "invalid index of type \(type)"
        case .noSuchOverload(let function, let types):
            let list = types.joined(separator: ", ")
            return zh ? "'\(function)' 不能用于值类型 (\(list))" : "no such overload: '\(function)' applied to (\(list))"
        case .repeatedKey(let key):
            return zh ? "映射中键 \(key) 重复" : "repeated key \(key) in map literal"
        case .conversionOutOfRange(let value, let type):
            return zh ? "\(value) 超出 \(type) 的范围" : "\(value) is out of the range of \(type)"
        case .conversionFailed(let value, let type):
            return zh ? "无法把 \(value) 转换为 \(type)" : "cannot convert \(value) to \(type)"
        case .unboundVariable(let name):
            return zh ? "变量 '\(name)' 没有值" : "no value bound to '\(name)'"
        case .unboundFunction(let name):
            return zh ? "函数 '\(name)' 未定义" : "unbound function '\(name)'"
        case .iterationLimit(let limit):
            return zh ? "循环次数超过上限 \(limit)" : "comprehension exceeded the iteration limit of \(limit)"
        case .emptyList(let function):
            return zh ? "\(function) 不能用于空列表" : "\(function) of an empty list"
        }
    }
}
