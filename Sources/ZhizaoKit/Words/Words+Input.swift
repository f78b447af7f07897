extension Words {
    /// Reading input: files, their encoding, YAML, `--var` values, credit codes.
    public enum Input {
        /// What a YAML node is, as a message names it.
        public enum NodeKind {
            public static let singleValue = Phrase(zh: "单个值", en: "a single value")
            public static let list = Phrase(zh: "列表", en: "a list")
            public static let mapping = Phrase(zh: "映射", en: "a mapping")
        }

        // MARK: Files

        public static let noSuchFile = Phrase(zh: "找不到文件", en: "no such file")
        public static let isFolder = Phrase(zh: "这是一个文件夹，不是文件", en: "this is a folder, not a file")
        public static let notRegularFile = Phrase(zh: "不是普通文件", en: "not a regular file")
        /// `ELOOP`: a link that leads, through links, back to itself.
        public static let symbolicLinkLoop = Phrase(zh: "符号链接循环：链接最终指回自身，没有指向任何文件",
                                                    en: "symbolic link loop: the link leads back to itself and never reaches a file")
        public static let cannotRead = Phrase(zh: "无法读取文件", en: "cannot read the file")

        /// The file could not be read, for a reason in the user's words (`permissionDenied`, …)
        /// or, for rare ones, the system's.
        public static func cannotRead(because reason: Phrase) -> Phrase {
            Phrase(zh: "无法读取文件：\(reason.zh)", en: "cannot read the file: \(reason.en)")
        }

        public static let permissionDenied = Phrase(zh: "没有读取权限", en: "permission denied")
        public static let inputOutputError = Phrase(zh: "输入/输出错误", en: "input/output error")

        public static func fileTooLarge(bytes: Int, limit: Int) -> Phrase {
            Phrase(zh: "文件过大（\(bytes) 字节，上限 \(limit) 字节）", en: "file too large (\(bytes) bytes, limit \(limit))")
        }

        /// The file grew past the limit while it was read.
        public static func fileTooLarge(limitInBytes limit: Int) -> Phrase {
            Phrase(zh: "文件过大（上限 \(limit) 字节）", en: "file too large (limit \(limit) bytes)")
        }

        // MARK: Encoding

        /// Refused by the YAML reader: the limit in whole MB or KB when it is one.
        public static func fileTooLarge(roundedLimit limit: Int) -> Phrase {
            let size = byteCount(limit)
            return Phrase(zh: "文件过大（上限 \(size.zh)）", en: "file too large (limit \(size.en))")
        }

        public static let utf32 = Phrase(
            zh: "文件是 UTF-32 编码，不支持，请另存为 UTF-8",
            en: "the file is encoded as UTF-32, which is not supported; save it as UTF-8")

        public static let utf16OddLength = Phrase(
            zh: "UTF-16 文件的字节数是奇数，文件不完整或已损坏",
            en: "the UTF-16 file has an odd number of bytes; it is truncated or damaged")

        /// `unit` in hex, e.g. `D800`.
        public static func utf16UnpairedSurrogate(_ unit: String) -> Phrase {
            Phrase(zh: "UTF-16 文件中有不成对的代理项 0x\(unit)，文件已损坏",
                   en: "unpaired surrogate 0x\(unit) in the UTF-16 file; the file is damaged")
        }

        public static let utf16WithoutBOM = Phrase(
            zh: "文件看起来是不带 BOM 的 UTF-16 编码，请另存为 UTF-8",
            en: "the file looks like UTF-16 without a byte order mark; save it as UTF-8")

        /// `byte` as `0xC4`.
        public static func notUTF8(_ byte: String, line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)的字节 \(byte) 不是 UTF-8 编码，请另存为 UTF-8",
                          en: "byte \(byte) \(at.en) is not valid UTF-8; save the file as UTF-8")
        }

        /// Not UTF-8, and the bytes around look like GBK/GB18030.
        public static func notUTF8PerhapsGB(_ byte: String, line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)的字节 \(byte) 不是 UTF-8 编码（可能是 GBK/GB18030），请另存为 UTF-8",
                          en: "byte \(byte) \(at.en) is not UTF-8 (perhaps GBK/GB18030); save the file as UTF-8")
        }

        /// `character` as `U+0007`.
        public static func controlCharacter(_ character: String, line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)有控制字符 \(character)", en: "control character \(character) \(at.en)")
        }

        public static func loneCarriageReturn(line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)有单独的回车符 U+000D，换行请用 LF 或 CRLF",
                          en: "lone carriage return U+000D \(at.en); end lines with LF or CRLF")
        }

        public static func lineSeparator(_ character: String, line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)有不可见的分行字符 \(character)，请删除或换成普通换行",
                          en: "invisible line separator \(character) \(at.en); remove it or use a plain line break")
        }

        public static func nonCharacter(_ character: String, line: Int, column: Int) -> Phrase {
            let at = position(line: line, column: column)
            return Phrase(zh: "\(at.zh)有不允许的字符 \(character)", en: "character \(character) \(at.en) is not allowed")
        }

        // MARK: YAML

        // Syntax errors: `Words.Input.Syntax`.

        public static let outOfMemory = Phrase(zh: "内存不足，无法读取", en: "out of memory while reading")
        public static let empty = Phrase(zh: "内容是空的", en: "the input is empty")
        public static let onlyComments = Phrase(zh: "只有注释，没有内容", en: "the input contains only comments")

        public static let emptyDocument = Phrase(
            zh: "文档没有内容，顶层应是映射（键: 值）",
            en: "the document is empty; its top level must be a mapping (key: value)")

        /// `found` is one of `NodeKind`.
        public static func rootNotMapping(found: Phrase) -> Phrase {
            Phrase(zh: "顶层应是映射（键: 值），实际是\(found.zh)", en: "the top level must be a mapping (key: value), not \(found.en)")
        }

        public static let multipleDocuments = Phrase(
            zh: "这里开始了第二个 YAML 文档（---），只允许有一个",
            en: "a second YAML document (---) starts here; only one is allowed")

        public static func duplicateKey(_ key: String, line: Int, firstLine: Int) -> Phrase {
            Phrase(zh: "第 \(line) 行重复的键 '\(key)'（第一次出现在第 \(firstLine) 行）",
                   en: "duplicate key '\(key)' (first at line \(firstLine))")
        }

        public static let nonScalarKey = Phrase(
            zh: "映射的键必须是单个值，不能是列表或映射",
            en: "a mapping key must be a single value, not a list or a mapping")

        public static func undefinedAlias(_ name: String) -> Phrase {
            Phrase(zh: "别名 '*\(name)' 没有定义（前面没有锚点 '&\(name)'）",
                   en: "undefined alias '*\(name)' (no earlier anchor '&\(name)')")
        }

        public static func recursiveAlias(_ name: String) -> Phrase {
            Phrase(zh: "别名 '*\(name)' 引用了包含它自身的节点", en: "alias '*\(name)' refers to a node that contains it")
        }

        public static func tooManyAliases(limit: Int) -> Phrase {
            Phrase(zh: "别名使用次数过多（上限 \(limit) 次）", en: "too many alias uses (limit \(limit))")
        }

        public static func aliasesExpandTooMuch(limit: Int) -> Phrase {
            Phrase(zh: "别名展开后节点过多（上限 \(limit)）", en: "aliases expand to too many nodes (limit \(limit))")
        }

        public static func tooManyNodes(limit: Int) -> Phrase {
            Phrase(zh: "节点过多（上限 \(limit)）", en: "too many nodes (limit \(limit))")
        }

        public static func tooDeep(limit: Int) -> Phrase {
            Phrase(zh: "嵌套过深（上限 \(limit) 层）", en: "nesting too deep (limit \(limit) levels)")
        }

        public static func aliasTooDeep(limit: Int) -> Phrase {
            Phrase(zh: "别名展开后嵌套过深（上限 \(limit) 层）", en: "alias expands to nesting too deep (limit \(limit) levels)")
        }

        // MARK: Tags

        /// A tag outside the YAML 1.2 core schema (`!custom`, `!!python/object`, `!!binary`).
        public static func unsupportedTag(_ tag: String) -> Phrase {
            Phrase(zh: "不支持标签 \(tag)：只接受 YAML 1.2 核心标签 !!str !!int !!float !!bool !!null !!map !!seq，请删去这个标签",
                   en: "tag \(tag) is not supported: only the YAML 1.2 core tags !!str !!int !!float !!bool !!null !!map !!seq are; remove the tag")
        }

        /// A core tag on a scalar whose text it does not fit (`!!int abc`).
        public static func tagDoesNotFit(_ tag: String, value: String) -> Phrase {
            Phrase(zh: "标签 \(tag) 与值 '\(value)' 不符，请改正值或删去标签",
                   en: "tag \(tag) does not fit the value '\(value)'; correct the value or remove the tag")
        }

        /// A core tag on a node of the wrong kind (`!!map` on a list, `!!int` on a mapping).
        public static func tagDoesNotFit(_ tag: String, found: Phrase) -> Phrase {
            Phrase(zh: "标签 \(tag) 不能用于\(found.zh)，请删去标签",
                   en: "tag \(tag) cannot be used on \(found.en); remove the tag")
        }

        // MARK: Values (`--var`)

        public static func integerOutOfRange(_ digits: String) -> Phrase {
            Phrase(zh: "整数 \(digits) 超出范围", en: "integer \(digits) is out of range")
        }

        public static let mapKeyType = Phrase(zh: "映射的键只能是字符串、整数或布尔值", en: "map keys must be strings, integers or booleans")

        // MARK: Credit codes

        public static func creditCodeLength(_ count: Int) -> Phrase {
            Phrase(zh: "统一社会信用代码应为 18 位，实际为 \(count) 位",
                   en: "a unified social credit code has 18 characters, but \(count) were given")
        }

        public static func creditCodeCheckCharacter(expected: Character, found: Character) -> Phrase {
            Phrase(zh: "统一社会信用代码的校验码应为 \(expected)，实际为 \(found)",
                   en: "the check character of the unified social credit code should be \(expected), not \(found)")
        }

        /// One of I, O, Z, S and V, which the standard leaves out.
        public static func creditCodeLetterNotUsed(_ character: Character, position: Int) -> Phrase {
            Phrase(zh: "统一社会信用代码第 \(position) 位的字符 '\(character)' 不允许（不使用字母 I、O、Z、S、V）",
                   en: "character '\(character)' at position \(position) is not allowed in a unified social credit code (I, O, Z, S and V are not used)")
        }

        public static func creditCodeCharacter(_ character: Character, position: Int) -> Phrase {
            Phrase(zh: "统一社会信用代码第 \(position) 位的字符 '\(character)' 不允许（只能是数字和大写字母）",
                   en: "character '\(character)' at position \(position) is not allowed in a unified social credit code (only digits and capital letters)")
        }

        // MARK: Pieces

        /// `第 3 行第 7 列` / `at line 3, column 7`.
        private static func position(line: Int, column: Int) -> Phrase {
            Phrase(zh: "第 \(line) 行第 \(column) 列", en: "at line \(line), column \(column)")
        }

        /// A byte count the way people say it: whole MB or KB when it is one, else bytes.
        private static func byteCount(_ bytes: Int) -> Phrase {
            if bytes > 0, bytes % (1024 * 1024) == 0 { return .same("\(bytes / (1024 * 1024)) MB") }
            if bytes > 0, bytes % 1024 == 0 { return .same("\(bytes / 1024) KB") }
            return Phrase(zh: "\(bytes) 字节", en: "\(bytes) bytes")
        }
    }
}
