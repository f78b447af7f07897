/// Splits CEL source text into tokens (github.com/google/cel-spec, langdef.md, "Syntax").
///
/// Works on Unicode scalars so that offsets and columns count characters, not bytes.
/// Never traps: every malformed input becomes a `LexError`.
struct Lexer {
    struct LexError: Error {
        let problem: CELProblem
        let offset: Int
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// All tokens, ending with `.end`.
    static func tokenize(_ scalars: [Unicode.Scalar]) throws(LexError) -> [Token] {
        var lexer = Lexer(scalars)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        let index = position + ahead
        return index < scalars.count ? scalars[index] : nil
    }

    private mutating func skipWhitespaceAndComments() {
        while let c = peek() {
            switch c {
            case " ", "\t", "\n", "\r", "\u{0C}":
                position += 1
            case "/" where peek(1) == "/":
                while let d = peek(), d != "\n" { position += 1 }
            default:
                return
            }
        }
    }

    mutating func next() throws(LexError) -> Token {
        skipWhitespaceAndComments()
        let start = position
        guard let c = peek() else { return Token(kind: .end, offset: start) }

        if c.isDigit || (c == "." && peek(1)?.isDigit == true) {
            return Token(kind: try lexNumber(), offset: start)
        }
        if c.isIdentifierStart {
            // String prefixes: r/R (raw), b/B (bytes, unsupported), in either order.
            if let kind = try lexPrefixedString() { return Token(kind: kind, offset: start) }
            var name = String.UnicodeScalarView()
            while let d = peek(), d.isIdentifierPart {
                name.append(d)
                position += 1
            }
            let word = String(name)
            if let keyword = Token.Keyword(rawValue: word) {
                return Token(kind: .keyword(keyword), offset: start)
            }
            return Token(kind: .identifier(word), offset: start)
        }
        if c == "\"" || c == "'" {
            return Token(kind: .string(try lexString(raw: false)), offset: start)
        }
        if c == "`" {
            return Token(kind: .quotedIdentifier(try lexQuotedIdentifier()), offset: start)
        }
        if let punctuation = lexPunctuation() {
            return Token(kind: .punctuation(punctuation), offset: start)
        }
        throw LexError(problem: .unexpectedCharacter(Self.display(c)), offset: start)
    }

    private static func display(_ c: Unicode.Scalar) -> String {
        if c.value < 0x20 || c.value == 0x7F {
            return "U+" + String(c.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
        return "'\(Character(c))'"
    }

    private mutating func lexPunctuation() -> Token.Punctuation? {
        if let c = peek(), let d = peek(1) {
            let pair = String(Character(c)) + String(Character(d))
            if let p = Token.Punctuation(rawValue: pair) {
                position += 2
                return p
            }
        }
        if let c = peek(), let p = Token.Punctuation(rawValue: String(Character(c))) {
            position += 1
            return p
        }
        return nil
    }

    // MARK: Numbers

    private mutating func lexNumber() throws(LexError) -> Token.Kind {
        let start = position
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            position += 2
            let digitsStart = position
            while let d = peek(), d.isHexDigit { position += 1 }
            let digits = String(String.UnicodeScalarView(scalars[digitsStart..<position]))
            guard !digits.isEmpty, let magnitude = UInt64(digits, radix: 16) else {
                throw LexError(problem: .invalidNumber(text(from: start)), offset: start)
            }
            return try integerKind(magnitude, start: start)
        }
        var isDouble = false
        while let d = peek(), d.isDigit { position += 1 }
        if peek() == ".", peek(1)?.isDigit == true {
            isDouble = true
            position += 1
            while let d = peek(), d.isDigit { position += 1 }
        }
        if let e = peek(), e == "e" || e == "E" {
            var ahead = 1
            if let sign = peek(1), sign == "+" || sign == "-" { ahead = 2 }
            if peek(ahead)?.isDigit == true {
                isDouble = true
                position += ahead
                while let d = peek(), d.isDigit { position += 1 }
            } else {
                throw LexError(problem: .invalidNumber(text(from: start, extra: ahead)), offset: start)
            }
        }
        let literal = text(from: start)
        if isDouble {
            try rejectTrailingIdentifier(start: start)
            guard let value = Double(literal) else {
                throw LexError(problem: .invalidNumber(literal), offset: start)
            }
            return .double(value)
        }
        guard let magnitude = UInt64(literal) else {
            throw LexError(problem: .integerLiteralOutOfRange(literal), offset: start)
        }
        return try integerKind(magnitude, start: start)
    }

    /// Applies an optional `u` suffix and decides how an integer magnitude is carried.
    private mutating func integerKind(_ magnitude: UInt64, start: Int) throws(LexError) -> Token.Kind {
        if let u = peek(), u == "u" || u == "U" {
            position += 1
            try rejectTrailingIdentifier(start: start)
            return .uint(magnitude)
        }
        try rejectTrailingIdentifier(start: start)
        if magnitude <= UInt64(Int64.max) { return .int(Int64(magnitude)) }
        return .intMagnitude(magnitude)
    }

    private func rejectTrailingIdentifier(start: Int) throws(LexError) {
        if let d = peek(), d.isIdentifierPart {
            throw LexError(problem: .invalidNumber(text(from: start, extra: 1)), offset: start)
        }
    }

    private func text(from start: Int, extra: Int = 0) -> String {
        let end = min(position + extra, scalars.count)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }

    // MARK: Strings

    /// Strings with an `r`/`R` (raw) or `b`/`B` (bytes) prefix; nil when the identifier
    /// at the current position is not such a prefix.
    private mutating func lexPrefixedString() throws(LexError) -> Token.Kind? {
        var ahead = 0
        var raw = false
        var bytes = false
        while ahead < 2, let c = peek(ahead) {
            if (c == "r" || c == "R") && !raw { raw = true } else if (c == "b" || c == "B") && !bytes { bytes = true } else { break }
            ahead += 1
        }
        guard ahead > 0, let quote = peek(ahead), quote == "\"" || quote == "'" else { return nil }
        let start = position
        position += ahead
        let value = try lexString(raw: raw)
        if bytes { throw LexError(problem: .bytesNotSupported, offset: start) }
        return .string(value)
    }

    private mutating func lexString(raw: Bool) throws(LexError) -> String {
        let start = position
        guard let quote = peek() else { throw LexError(problem: .unterminatedString, offset: start) }
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        var out = String.UnicodeScalarView()
        while true {
            guard let c = peek() else { throw LexError(problem: .unterminatedString, offset: start) }
            if c == quote {
                if !triple {
                    position += 1
                    return String(out)
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    return String(out)
                }
            }
            if !triple && (c == "\n" || c == "\r") {
                throw LexError(problem: .newlineInString, offset: position)
            }
            if c == "\\" && !raw {
                out.append(try lexEscape())
                continue
            }
            out.append(c)
            position += 1
        }
    }

    private mutating func lexEscape() throws(LexError) -> Unicode.Scalar {
        let start = position
        position += 1  // the backslash
        guard let c = peek() else { throw LexError(problem: .unterminatedString, offset: start) }
        position += 1
        switch c {
        case "\\", "?", "\"", "'", "`": return c
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "x", "X": return try hexEscape(digits: 2, start: start)
        case "u": return try hexEscape(digits: 4, start: start)
        case "U": return try hexEscape(digits: 8, start: start)
        case "0"..."3":
            guard let d1 = peek(), let d2 = peek(1), d1.isOctalDigit, d2.isOctalDigit else {
                throw LexError(problem: .invalidEscape(text(from: start, extra: 2)), offset: start)
            }
            position += 2
            let value = (c.value - 48) * 64 + (d1.value - 48) * 8 + (d2.value - 48)
            return Unicode.Scalar(value)!  // at most 0o377
        default:
            throw LexError(problem: .invalidEscape(text(from: start)), offset: start)
        }
    }

    private mutating func hexEscape(digits: Int, start: Int) throws(LexError) -> Unicode.Scalar {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard let d = peek(), let v = d.hexValue else {
                throw LexError(problem: .invalidEscape(text(from: start, extra: 1)), offset: start)
            }
            value = value &* 16 &+ v
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw LexError(problem: .invalidEscape(text(from: start)), offset: start)
        }
        return scalar
    }

    private mutating func lexQuotedIdentifier() throws(LexError) -> String {
        let start = position
        position += 1
        var out = String.UnicodeScalarView()
        while let c = peek(), c != "`" {
            if c == "\n" || c == "\r" { break }
            out.append(c)
            position += 1
        }
        guard peek() == "`", !out.isEmpty else {
            throw LexError(problem: .unexpectedToken(found: "`", expected: "`field name`"), offset: start)
        }
        position += 1
        return String(out)
    }
}

extension Unicode.Scalar {
    var isDigit: Bool { ("0"..."9").contains(self) }
    var isOctalDigit: Bool { ("0"..."7").contains(self) }
    var isHexDigit: Bool { hexValue != nil }
    var hexValue: UInt32? {
        switch self {
        case "0"..."9": return value - 48
        case "a"..."f": return value - 87
        case "A"..."F": return value - 55
        default: return nil
        }
    }
    var isIdentifierStart: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || self == "_" }
    var isIdentifierPart: Bool { isIdentifierStart || isDigit }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
