/// Everything the YAML reader can refuse, each with its message in both languages.
/// Kept in one place so the wording stays consistent.
enum YAMLProblem {
    enum RootKind { case scalar, sequence }

    case fileTooLarge(limit: Int)
    case utf32
    case utf16OddLength
    case utf16UnpairedSurrogate(UInt16)
    case utf16WithoutBOM
    case notUTF8(byte: UInt8, looksLikeGB: Bool, at: SourcePosition)
    case controlCharacter(UInt32, at: SourcePosition)
    case loneCarriageReturn(at: SourcePosition)
    case lineSeparator(UInt32, at: SourcePosition)
    case nonCharacter(UInt32, at: SourcePosition)
    case syntax(problem: String, context: String?, contextAt: SourcePosition?)
    case outOfMemory
    case empty
    case onlyComments
    case emptyDocument
    case rootNotMapping(RootKind)
    case multipleDocuments
    case duplicateKey(String, first: SourcePosition, at: SourcePosition)
    case nonScalarKey
    case undefinedAlias(String)
    case recursiveAlias(String)
    case tooManyAliases(limit: Int)
    case aliasesExpandTooMuch(limit: Int)
    case tooManyNodes(limit: Int)
    case tooDeep(limit: Int)
    case aliasTooDeep(limit: Int)

    var message: Phrase {
        switch self {
        case .fileTooLarge(let limit):
            let (zh, en) = Self.size(limit)
            return Phrase(zh: "文件过大（上限 \(zh)）", en: "file too large (limit \(en))")
        case .utf32:
            return Phrase(
                zh: "文件是 UTF-32 编码，不支持，请另存为 UTF-8",
                en: "the file is encoded as UTF-32, which is not supported; save it as UTF-8")
        case .utf16OddLength:
            return Phrase(
                zh: "UTF-16 文件的字节数是奇数，文件不完整或已损坏",
                en: "the UTF-16 file has an odd number of bytes; it is truncated or damaged")
        case .utf16UnpairedSurrogate(let unit):
            let hex = Self.hex(UInt32(unit))
            return Phrase(
                zh: "UTF-16 文件中有不成对的代理项 0x\(hex)，文件已损坏",
                en: "unpaired surrogate 0x\(hex) in the UTF-16 file; the file is damaged")
        case .utf16WithoutBOM:
            return Phrase(
                zh: "文件看起来是不带 BOM 的 UTF-16 编码，请另存为 UTF-8",
                en: "the file looks like UTF-16 without a byte order mark; save it as UTF-8")
        case .notUTF8(let byte, let looksLikeGB, let at):
            let hex = "0x" + Self.hex(UInt32(byte), digits: 2)
            if looksLikeGB {
                return Phrase(
                    zh: "\(Self.zh(at))的字节 \(hex) 不是 UTF-8 编码（可能是 GBK/GB18030），请另存为 UTF-8",
                    en: "byte \(hex) \(Self.en(at)) is not UTF-8 (perhaps GBK/GB18030); save the file as UTF-8")
            }
            return Phrase(
                zh: "\(Self.zh(at))的字节 \(hex) 不是 UTF-8 编码，请另存为 UTF-8",
                en: "byte \(hex) \(Self.en(at)) is not valid UTF-8; save the file as UTF-8")
        case .controlCharacter(let value, let at):
            let name = "U+" + Self.hex(value)
            return Phrase(
                zh: "\(Self.zh(at))有控制字符 \(name)",
                en: "control character \(name) \(Self.en(at))")
        case .loneCarriageReturn(let at):
            return Phrase(
                zh: "\(Self.zh(at))有单独的回车符 U+000D，换行请用 LF 或 CRLF",
                en: "lone carriage return U+000D \(Self.en(at)); end lines with LF or CRLF")
        case .lineSeparator(let value, let at):
            let name = "U+" + Self.hex(value)
            return Phrase(
                zh: "\(Self.zh(at))有不可见的分行字符 \(name)，请删除或换成普通换行",
                en: "invisible line separator \(name) \(Self.en(at)); remove it or use a plain line break")
        case .nonCharacter(let value, let at):
            let name = "U+" + Self.hex(value)
            return Phrase(
                zh: "\(Self.zh(at))有不允许的字符 \(name)",
                en: "character \(name) \(Self.en(at)) is not allowed")
        case .syntax(let problem, let context, let contextAt):
            guard let context else {
                return Phrase(zh: "YAML 语法错误：\(problem)", en: "YAML syntax error: \(problem)")
            }
            guard let contextAt else {
                return Phrase(
                    zh: "YAML 语法错误：\(problem)（\(context)）",
                    en: "YAML syntax error: \(problem) (\(context))")
            }
            return Phrase(
                zh: "YAML 语法错误：\(problem)（\(context)，始于\(Self.zh(contextAt))）",
                en: "YAML syntax error: \(problem) (\(context) \(Self.en(contextAt)))")
        case .outOfMemory:
            return Phrase(zh: "内存不足，无法读取", en: "out of memory while reading")
        case .empty:
            return Phrase(zh: "内容是空的", en: "the input is empty")
        case .onlyComments:
            return Phrase(zh: "只有注释，没有内容", en: "the input contains only comments")
        case .emptyDocument:
            return Phrase(
                zh: "文档没有内容，顶层应是映射（键: 值）",
                en: "the document is empty; its top level must be a mapping (key: value)")
        case .rootNotMapping(let kind):
            let (zh, en) = kind == .scalar ? ("单个值", "a single value") : ("列表", "a list")
            return Phrase(
                zh: "顶层应是映射（键: 值），实际是\(zh)",
                en: "the top level must be a mapping (key: value), not \(en)")
        case .multipleDocuments:
            return Phrase(
                zh: "这里开始了第二个 YAML 文档（---），只允许有一个",
                en: "a second YAML document (---) starts here; only one is allowed")
        case .duplicateKey(let key, let first, let at):
            return Phrase(
                zh: "第 \(at.line) 行重复的键 '\(Self.quoted(key))'（第一次出现在第 \(first.line) 行）",
                en: "duplicate key '\(Self.quoted(key))' (first at line \(first.line))")
        case .nonScalarKey:
            return Phrase(
                zh: "映射的键必须是单个值，不能是列表或映射",
                en: "a mapping key must be a single value, not a list or a mapping")
        case .undefinedAlias(let name):
            return Phrase(
                zh: "别名 '*\(Self.quoted(name))' 没有定义（前面没有锚点 '&\(Self.quoted(name))'）",
                en: "undefined alias '*\(Self.quoted(name))' (no earlier anchor '&\(Self.quoted(name))')")
        case .recursiveAlias(let name):
            return Phrase(
                zh: "别名 '*\(Self.quoted(name))' 引用了包含它自身的节点",
                en: "alias '*\(Self.quoted(name))' refers to a node that contains it")
        case .tooManyAliases(let limit):
            return Phrase(
                zh: "别名使用次数过多（上限 \(limit) 次）",
                en: "too many alias uses (limit \(limit))")
        case .aliasesExpandTooMuch(let limit):
            return Phrase(
                zh: "别名展开后节点过多（上限 \(limit)）",
                en: "aliases expand to too many nodes (limit \(limit))")
        case .tooManyNodes(let limit):
            return Phrase(zh: "节点过多（上限 \(limit)）", en: "too many nodes (limit \(limit))")
        case .tooDeep(let limit):
            return Phrase(
                zh: "嵌套过深（上限 \(limit) 层）",
                en: "nesting too deep (limit \(limit) levels)")
        case .aliasTooDeep(let limit):
            return Phrase(
                zh: "别名展开后嵌套过深（上限 \(limit) 层）",
                en: "alias expands to nesting too deep (limit \(limit) levels)")
        }
    }

    /// A user's text as shown inside a message: one line, and not too long.
    private static func quoted(_ text: String) -> String {
        var shown = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < 40 else { return shown + "…" }
            shown += scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return shown
    }

    private static func zh(_ at: SourcePosition) -> String { "第 \(at.line) 行第 \(at.column) 列" }
    private static func en(_ at: SourcePosition) -> String { "at line \(at.line), column \(at.column)" }

    private static func hex(_ value: UInt32, digits: Int = 4) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A byte count the way people say it: whole MB or KB when it is one, else bytes.
    private static func size(_ bytes: Int) -> (zh: String, en: String) {
        if bytes > 0, bytes % (1024 * 1024) == 0 { return ("\(bytes / (1024 * 1024)) MB", "\(bytes / (1024 * 1024)) MB") }
        if bytes > 0, bytes % 1024 == 0 { return ("\(bytes / 1024) KB", "\(bytes / 1024) KB") }
        return ("\(bytes) 字节", "\(bytes) bytes")
    }
}
