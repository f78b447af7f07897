/// Checks that a `.json` file is strict JSON (RFC 8259), before the YAML reader reads it
/// (JSON is YAML, and that reader gives every value its position and refuses duplicate
/// keys): no comments, no trailing commas, no single quotes, no unquoted keys, no raw tab
/// or line break inside a string, no leading zeros, `+1`, `.5`, `NaN` or `Infinity`.
///
/// A small scanner of its own rather than a library: Foundation's `JSONSerialization` gives
/// no position on Linux, and no JSON package in reach gives line and column. It is
/// iterative (a stack of open brackets, capped at the YAML depth limit), so ten thousand
/// `[` cost neither call stack nor time, and it stops at the first problem.
struct StrictJSONScanner {
    private enum Container { case array, object }

    private let text: UnsafeBufferPointer<UInt8>
    private let maxDepth: Int
    private var index = 0
    private var stack: [Container] = []

    /// Throws the first problem of `text` (checked UTF-8, as `YAMLSourceDecoder` gives it).
    /// A text of blanks only passes: the YAML reader says it is empty.
    static func check(_ text: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws(InputError) {
        var scanner = StrictJSONScanner(text: text, maxDepth: maxDepth)
        try scanner.scan()
    }

    private init(text: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.text = text
        self.maxDepth = maxDepth
    }

    private var current: UInt8? { index < text.count ? text[index] : nil }

    private mutating func advance() { index += 1 }

    private mutating func skipBlanks() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { advance() }
    }

    /// The problem at byte `offset` (the current one by default), as a line and column: only
    /// a failure needs one, so none is kept while scanning.
    private func fail(_ problem: JSONProblem, at offset: Int? = nil) -> InputError {
        InputError(at: YAMLSourceDecoder.position(of: offset ?? index, in: text), problem.message)
    }

    private mutating func scan() throws(InputError) {
        skipBlanks()
        guard current != nil else { return }
        try value()
        while true {
            skipBlanks()
            guard let top = stack.last else { break }
            guard let byte = current else { throw fail(.unexpectedEnd(closer: top == .object ? "}" : "]")) }
            switch byte {
            case UInt8(ascii: ","):
                let comma = index
                advance()
                skipBlanks()
                if current == UInt8(ascii: "]") || current == UInt8(ascii: "}") { throw fail(.trailingComma, at: comma) }
                if top == .object { try key() }
                try value()
            case UInt8(ascii: "]") where top == .array, UInt8(ascii: "}") where top == .object:
                advance()
                stack.removeLast()
            default:
                throw fail(unexpected(expecting: top == .object ? .commaOrBrace : .commaOrBracket))
            }
        }
        if current != nil { throw fail(unexpected(expecting: .end)) }
    }

    /// One value; an array or object is opened and left on the stack (with its first key
    /// read), its contents follow in `scan`'s loop.
    private mutating func value() throws(InputError) {
        skipBlanks()
        guard let byte = current else { throw fail(.unexpectedEnd(closer: nil)) }
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard stack.count < maxDepth else { throw InputError(at: YAMLSourceDecoder.position(of: index, in: text), YAMLProblem.tooDeep(limit: maxDepth).message) }
            let isObject = byte == UInt8(ascii: "{")
            advance()
            skipBlanks()
            if current == UInt8(ascii: isObject ? "}" : "]") {
                advance()
                return
            }
            stack.append(isObject ? .object : .array)
            if isObject { try key() }
            try value()
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "."):
            try number()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            let start = index
            let word = self.word()
            guard ["true", "false", "null"].contains(word) else { throw fail(.notAValue(word), at: start) }
        default:
            throw fail(unexpected(expecting: .value))
        }
    }

    /// A key and its colon.
    private mutating func key() throws(InputError) {
        skipBlanks()
        guard let byte = current else { throw fail(.unexpectedEnd(closer: "}")) }
        switch byte {
        case UInt8(ascii: "\""):
            try string()
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            throw fail(.unquotedKey(word()), at: start)
        default:
            throw fail(unexpected(expecting: .key))
        }
        skipBlanks()
        guard current == UInt8(ascii: ":") else {
            if current == nil { throw fail(.unexpectedEnd(closer: "}")) }
            throw fail(unexpected(expecting: .colon))
        }
        advance()
    }

    private mutating func string() throws(InputError) {
        let start = index
        advance()
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return
            case UInt8(ascii: "\\"):
                let escape = index
                advance()
                guard let next = current else { break }
                switch next {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
                     UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
                    advance()
                case UInt8(ascii: "u"):
                    advance()
                    for _ in 0..<4 {
                        guard let digit = current, Unicode.Scalar(digit).properties.isASCIIHexDigit else {
                            throw fail(.badEscape(escapeText(at: escape)), at: escape)
                        }
                        advance()
                    }
                default:
                    throw fail(.badEscape(escapeText(at: escape)), at: escape)
                }
            case 0x00..<0x20:
                throw fail(.controlInString(UInt32(byte)))
            default:
                advance()
            }
        }
        throw fail(.unterminatedString, at: start)
    }

    /// `\x` or `\u12G` as written, for a message: what follows the backslash at `backslash`.
    private func escapeText(at backslash: Int) -> String {
        let start = backslash + 1
        var end = start
        while end < text.count, end - start < 5, text[end] >= 0x21, text[end] < 0x7F, text[end] != UInt8(ascii: "\"") { end += 1 }
        return "\\" + String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self)
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, and nothing of a number after it.
    private mutating func number() throws(InputError) {
        let start = index
        var valid = true
        var leadingZero = false
        if current == UInt8(ascii: "-") { advance() }
        if current == UInt8(ascii: "0") {
            advance()
            leadingZero = current.map(isDigit) ?? false
        } else if countDigits() == 0 {
            valid = false
        }
        if valid, current == UInt8(ascii: ".") {
            advance()
            valid = countDigits() > 0
        }
        if valid, current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            advance()
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
            valid = countDigits() > 0
        }
        // Whatever else a number-like word holds (`0x10`, `1.`, `+1`, `1_000`) makes it no JSON number.
        while let byte = current, isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            valid = false
            advance()
        }
        let written = String(decoding: UnsafeBufferPointer(rebasing: text[start..<index]), as: UTF8.self)
        if leadingZero && valid == false && written.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) {
            throw fail(.leadingZero(written), at: start)
        }
        guard valid else { throw fail(.badNumber(written), at: start) }
    }

    private mutating func countDigits() -> Int {
        var count = 0
        while let byte = current, isDigit(byte) {
            advance()
            count += 1
        }
        return count
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "_")
    }

    /// A run of letters, digits and `_` (at most 40 shown).
    private mutating func word() -> String {
        let first = index
        while let byte = current, isWordByte(byte) { advance() }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[first..<index]), as: UTF8.self)
        return word.count > 40 ? String(word.prefix(40)) + "…" : word
    }

    /// What is at the current position where `expected` should be: a comment, a single
    /// quote and a bare word get their own messages.
    private func unexpected(expecting expected: JSONProblem.Expected) -> JSONProblem {
        guard let byte = current else { return .unexpectedEnd(closer: nil) }
        if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "#") { return .comment }
        if byte == UInt8(ascii: "'") { return .singleQuote }
        let end = Swift.min(text.count, index + 4)
        var scalar = String(decoding: UnsafeBufferPointer(rebasing: text[index..<end]), as: UTF8.self)
        scalar = scalar.first.map(String.init) ?? ""
        return .unexpected(scalar, expected: expected)
    }
}
