/// One lexical token of a CEL expression.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// A field name written in backticks: `` `content-type` ``. Only valid after a dot.
        case quotedIdentifier(String)
        case int(Int64)
        /// An integer literal too large for int64; only valid right after a unary minus
        /// (`-9223372036854775808`) — the parser decides.
        case intMagnitude(UInt64)
        case uint(UInt64)
        case double(Double)
        case string(String)
        case bytes
        case keyword(Keyword)
        case punctuation(Punctuation)
        case end
    }

    enum Keyword: String, Sendable {
        case `true`, `false`, null, `in`
    }

    enum Punctuation: String, Sendable {
        case leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
        case leftBrace = "{", rightBrace = "}", dot = ".", comma = ",", colon = ":"
        case question = "?", plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case bang = "!", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case equal = "==", notEqual = "!=", and = "&&", or = "||"
    }

    let kind: Kind
    /// Scalar offset of the token's first character.
    let offset: Int
}

/// Words CEL reserves: they may not name a variable or function, but may follow a dot
/// (`m.if`, `a.while()`), as the language definition allows.
let reservedWords: Set<String> = [
    "as", "break", "const", "continue", "else", "for", "function", "if", "import",
    "let", "loop", "package", "namespace", "return", "var", "void", "while",
]

extension Token.Kind {
    /// How the token reads in an error message.
    var display: String {
        switch self {
        case .identifier(let name): return name
        case .quotedIdentifier(let name): return "`\(name)`"
        case .int(let value): return String(value)
        case .intMagnitude(let value): return String(value)
        case .uint(let value): return "\(value)u"
        case .double(let value): return String(value)
        case .string: return "string literal"
        case .bytes: return "bytes literal"
        case .keyword(let keyword): return keyword.rawValue
        case .punctuation(let punctuation): return punctuation.rawValue
        case .end: return "end of expression"
        }
    }
}
