extension Words.Input {
    /// A `.json` file that is not strict JSON (RFC 8259). The position is the diagnostic's.
    public enum JSON {
        /// What was expected where something else was found.
        public enum Expected {
            public static let value = Phrase(zh: "一个值（字符串、数字、true、false、null、{ 或 [）",
                                             en: "a value (a string, a number, true, false, null, { or [)")
            public static let key = Phrase(zh: "用双引号括起来的键", en: "a key in double quotes")
            public static let colon = Phrase(zh: "键后面的冒号 :", en: "a colon : after the key")
            public static let commaOrBrace = Phrase(zh: "逗号 , 或 }", en: "a comma , or }")
            public static let commaOrBracket = Phrase(zh: "逗号 , 或 ]", en: "a comma , or ]")
            public static let end = Phrase(zh: "文件结束（JSON 只能有一个顶层值）", en: "the end of the file (JSON holds one top-level value)")
        }

        public static let trailingComma = Phrase(
            zh: "JSON 不允许多余的逗号（] 或 } 前的最后一个逗号），请删去这个逗号",
            en: "JSON does not allow a trailing comma (before ] or }); remove this comma")

        public static let comment = Phrase(
            zh: "JSON 不允许注释（//、/* */ 或 #），请删去注释，或把文件另存为 .yaml",
            en: "JSON does not allow comments (//, /* */ or #); remove the comment, or save the file as .yaml")

        public static let singleQuote = Phrase(
            zh: "JSON 的字符串必须用双引号 \"，不能用单引号 '",
            en: "a JSON string must be in double quotes \", not single quotes '")

        public static func unquotedKey(_ word: String) -> Phrase {
            Phrase(zh: "JSON 的键必须用双引号括起来：请写成 \"\(word)\"",
                   en: "a JSON key must be in double quotes: write \"\(word)\"")
        }

        /// `character` as `U+0009`; `escape` how to write it (`\t`).
        public static func controlInString(_ character: String, escape: String) -> Phrase {
            Phrase(zh: "JSON 字符串中不能直接出现控制字符 \(character)（制表符、换行等），请写成 \(escape)",
                   en: "a JSON string cannot hold the control character \(character) (a tab, a line break, …) as it is; write \(escape)")
        }

        public static func badEscape(_ escape: String) -> Phrase {
            Phrase(zh: "JSON 字符串中的转义 \(escape) 无效（可用 \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX）",
                   en: "invalid escape \(escape) in a JSON string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)")
        }

        public static let unterminatedString = Phrase(
            zh: "从这里开始的字符串没有结束的双引号 \"",
            en: "the string that starts here has no closing double quote \"")

        public static func leadingZero(_ number: String) -> Phrase {
            Phrase(zh: "JSON 的数字不能以 0 开头：\(number)；请去掉前导 0，编号类的值请加双引号",
                   en: "a JSON number cannot start with 0: \(number); drop the leading 0, or quote it if it is a code")
        }

        public static func badNumber(_ number: String) -> Phrase {
            Phrase(zh: "\(number) 不是有效的 JSON 数字（如 85、-1.5、1e3；不能写 +1、.5、1.、0x10）",
                   en: "\(number) is not a valid JSON number (such as 85, -1.5, 1e3; not +1, .5, 1. or 0x10)")
        }

        public static func notAValue(_ word: String) -> Phrase {
            Phrase(zh: "JSON 中没有 \(word) 这个值：只能是字符串（加双引号）、数字、true、false、null、对象或数组",
                   en: "\(word) is not a JSON value: only a string (in double quotes), a number, true, false, null, an object or an array")
        }

        public static func unexpected(_ found: String, expected: Phrase) -> Phrase {
            Phrase(zh: "这里应为\(expected.zh)，却是 '\(found)'", en: "expected \(expected.en), found '\(found)'")
        }

        public static func unexpectedEnd(closer: String?) -> Phrase {
            guard let closer else { return Phrase(zh: "JSON 在这里意外结束", en: "the JSON ends unexpectedly here") }
            return Phrase(zh: "JSON 在这里意外结束：缺少 \(closer)", en: "the JSON ends unexpectedly here: \(closer) is missing")
        }
    }
}
