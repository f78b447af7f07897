extension Words.Input {
    /// A YAML syntax error in the user's words. LibYAML reports a fixed English `problem`
    /// (what it found) and sometimes a `context` (what it was reading, and where that began);
    /// both are mapped here. The common slips get a hint of their own (`Slip`).
    public enum Syntax {
        /// `YAML 语法错误：…` with the problem, and where what LibYAML was reading began.
        public static func message(problem: Phrase, context: Phrase?) -> Phrase {
            guard let context else { return Phrase(zh: "YAML 语法错误：\(problem.zh)", en: "YAML syntax error: \(problem.en)") }
            return Phrase(zh: "YAML 语法错误：\(problem.zh)（\(context.zh)）", en: "YAML syntax error: \(problem.en) (\(context.en))")
        }

        /// A problem string this catalog does not know (a newer LibYAML): its own words kept.
        public static func unknownProblem(_ problem: String) -> Phrase {
            Phrase(zh: "无法解析（\(problem)）", en: problem)
        }

        /// LibYAML's `context` with its start: `该列表始于第 2 行第 3 列` / `while parsing a block collection at line 2, column 3`.
        /// `english` is LibYAML's text, `reading` what it names (`列表`), nil for one this catalog does not know.
        static func context(_ english: String, reading: String?, line: Int, column: Int) -> Phrase {
            let at = Phrase(zh: "第 \(line) 行第 \(column) 列", en: "at line \(line), column \(column)")
            guard let reading else { return Phrase(zh: "\(english)，始于\(at.zh)", en: "\(english) \(at.en)") }
            return Phrase(zh: "该\(reading)始于\(at.zh)", en: "\(english) \(at.en)")
        }

        /// What LibYAML was reading, as its context names it: `列表` for `while parsing a block collection`.
        static func reading(_ context: String) -> String? {
            switch context {
            case "while parsing a quoted scalar", "while scanning a quoted scalar": "引号内的文字"
            case "while scanning a plain scalar": "文字"
            case "while scanning a simple key": "键"
            case "while scanning a block scalar": "块文本（| 或 >）"
            case "while scanning a directive": "指令（%）"
            case "while scanning a %YAML directive": "%YAML 指令"
            case "while parsing a %TAG directive", "while scanning a %TAG directive",
                 "while parsing a tag directive", "while scanning a tag directive": "%TAG 指令"
            case "while parsing a tag", "while scanning a tag": "标签（!）"
            case "while scanning an alias": "别名（*）"
            case "while scanning an anchor": "锚点（&）"
            case "while scanning for the next token": "内容"
            case "while parsing a block collection": "列表"
            case "while parsing a block mapping": "映射"
            case "while parsing a flow sequence": "方括号列表"
            case "while parsing a flow mapping": "花括号映射"
            case "while parsing a block node", "while parsing a flow node", "while parsing a node", "while parsing": "值"
            default: nil
            }
        }

        /// LibYAML's `problem` in the user's words; nil for one this catalog does not know.
        public static func problem(_ english: String) -> Phrase? {
            let zh: String
            var en = english
            switch english {
            // The scanner's.
            case "block sequence entries are not allowed in this context":
                zh = "这里不能开始列表项“- ”，请检查缩进"
                en += " (check the indentation)"
            case "could not find expected ':'":
                zh = "找不到键后面的冒号“: ”"
            case "mapping values are not allowed in this context":
                zh = "这里不能出现“键: 值”：可能是缩进不对，或文字中有“: ”却没有加引号"
                en += " (the indentation is wrong, or text holding ': ' is not quoted)"
            case "mapping keys are not allowed in this context": zh = "这里不能出现映射的键“? ”"
            case "found character that cannot start any token":
                zh = "这个字符不能作为内容的开头；以 @ 或 ` 开头的文字请加引号"
                en += " (quote text that begins with @ or `)"
            case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
                zh = "缩进中有制表符（Tab）；YAML 只能用空格缩进"
            case "found unexpected ':'": zh = "这里不能有冒号“:”，含冒号的文字请加引号"
            case "found unexpected end of stream": zh = "文件意外结束"
            case "found unexpected document indicator": zh = "意外的文档标记（--- 或 ...）"
            case "found unknown escape character": zh = "未知的转义字符（双引号内的 \\ 要写成 \\\\）"
            case "found invalid Unicode character escape code": zh = "转义序列不是有效的 Unicode 字符"
            case "did not find expected hexdecimal number": zh = "转义序列中应是十六进制数字"
            case "did not find expected alphabetic or numeric character": zh = "锚点（&）或别名（*）的名称应由字母或数字组成"
            case "did not find expected comment or line break": zh = "这里应是注释或换行"
            case "did not find expected whitespace or line break": zh = "这里应是空格或换行"
            case "did not find expected whitespace": zh = "这里应是空格"
            case "found an indentation indicator equal to 0": zh = "块文本的缩进数字不能为 0"
            case "did not find expected '!'": zh = "缺少标签符号“!”"
            case "did not find the expected '>'": zh = "标签缺少结尾的“>”"
            case "did not find expected tag URI": zh = "标签缺少 URI"
            case "did not find URI escaped octet": zh = "标签中的 % 转义不完整"
            case "found an incorrect leading UTF-8 octet", "found an incorrect trailing UTF-8 octet": zh = "标签中有无效的 UTF-8 字节"
            case "could not find expected directive name": zh = "指令（%）缺少名称"
            case "found unexpected non-alphabetical character": zh = "指令名称中有非字母字符"
            case "found unknown directive name": zh = "未知的指令（%）"
            case "did not find expected digit or '.' character": zh = "版本号中应是数字或“.”"
            case "did not find expected version number": zh = "缺少版本号"
            case "found extremely long version number": zh = "版本号过长"
            // The parser's.
            case "did not find expected key":
                zh = "这里应是一个键（键: 值），请检查缩进"
                en += " (check the indentation)"
            case "did not find expected '-' indicator":
                zh = "这里应是列表项“- ”，请检查缩进"
                en += " (check the indentation)"
            case "did not find expected ',' or ']'": zh = "列表 [ … ] 中缺少“,”或“]”"
            case "did not find expected ',' or '}'": zh = "映射 { … } 中缺少“,”或“}”"
            case "did not find expected node content": zh = "这里缺少值"
            case "did not find expected <document start>": zh = "这里应是文档开始标记“---”"
            case "did not find expected <stream-start>": zh = "缺少文件开头"
            case "found duplicate %YAML directive": zh = "%YAML 指令重复"
            case "found duplicate %TAG directive": zh = "%TAG 指令重复"
            case "found incompatible YAML document": zh = "不支持的 YAML 版本"
            case "found undefined tag handle": zh = "未定义的标签前缀"
            // The reader's (a safety net: the decoder refuses these first).
            case "control characters are not allowed": zh = "不允许有控制字符"
            case "invalid leading UTF-8 octet", "invalid trailing UTF-8 octet", "incomplete UTF-8 octet sequence",
                 "invalid length of a UTF-8 sequence": zh = "不是有效的 UTF-8 编码"
            case "invalid Unicode character": zh = "无效的 Unicode 字符"
            case "input is too long": zh = "输入过长"
            default: return nil
            }
            return Phrase(zh: zh, en: en)
        }

        /// The common slips, each explained at the character that is wrong.
        public enum Slip {
            public static let tabIndentation = Phrase(
                zh: "YAML 语法错误：这里用制表符（Tab）缩进了；YAML 只能用空格缩进，请把 Tab 换成空格",
                en: "YAML syntax error: a tab is used for indentation here; YAML indents with spaces only, so replace the tab with spaces")

            public static let fullWidthSpaceIndentation = Phrase(
                zh: "YAML 语法错误：这里用全角空格缩进了；YAML 只能用半角空格缩进，请把全角空格换成半角空格（切换到英文输入法再输入）",
                en: "YAML syntax error: full-width spaces are used for indentation here; YAML indents with ASCII spaces only, so replace them")

            /// `key：value` with the full-width colon a Chinese input method types.
            public static func fullWidthColon(key: String, value: String) -> Phrase {
                let fixed = value.isEmpty ? "\(key):" : "\(key): \(value)"
                return Phrase(zh: "YAML 语法错误：“\(key)”后面是全角冒号“：”；YAML 要用半角冒号加空格，请写成“\(fixed)”",
                              en: "YAML syntax error: '\(key)' is followed by a full-width colon '：'; YAML needs a half-width colon and a space: '\(fixed)'")
            }

            /// `key:value`, which YAML reads as one piece of text.
            public static func missingSpace(key: String, value: String) -> Phrase {
                Phrase(zh: "YAML 语法错误：“\(key)”的冒号后面缺少空格；请写成“\(key): \(value)”",
                       en: "YAML syntax error: no space after the colon of '\(key)'; write '\(key): \(value)'")
            }

            /// Text after a closing quote on the same line (`name: "x" y`, `'it's'`).
            public static func textAfterQuote(_ quote: Character) -> Phrase {
                Phrase(zh: "YAML 语法错误：引号 \(quote) 在这之前已经结束，后面的文字不属于它；文字本身含引号时，请用另一种引号把整段括起来（单引号内的 ' 写作 ''）",
                       en: "YAML syntax error: the quoted text (\(quote)) ended before this; if the text holds a quote, enclose it all in the other kind of quote (inside single quotes, write ' as '')")
            }

            /// The position is the opening quote; `quote` is `"` or `'`.
            public static func unclosedQuote(_ quote: Character) -> Phrase {
                Phrase(zh: "YAML 语法错误：这里的引号 \(quote) 没有闭合；请在这段文字末尾补上 \(quote)",
                       en: "YAML syntax error: the quote \(quote) opened here is never closed; end the text with another \(quote)")
            }
        }
    }
}
