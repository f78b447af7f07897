/// Recursive-descent parser for the CEL grammar (langdef.md):
///
///     Expr           = ConditionalOr ["?" ConditionalOr ":" Expr]
///     ConditionalOr  = [ConditionalOr "||"] ConditionalAnd
///     ConditionalAnd = [ConditionalAnd "&&"] Relation
///     Relation       = [Relation Relop] Addition          Relop = < <= >= > == != in
///     Addition       = [Addition ("+" | "-")] Multiplication
///     Multiplication = [Multiplication ("*" | "/" | "%")] Unary
///     Unary          = Member | "!" {"!"} Member | "-" {"-"} Member
///     Member         = Primary | Member "." SELECTOR ["(" [ExprList] ")"] | Member "[" Expr "]"
///     Primary        = ["."] IDENT ["(" [ExprList] ")"] | "(" Expr ")"
///                    | "[" [ExprList] [","] "]" | "{" [MapInits] [","] "}" | LITERAL
///
/// Macros (`has`, `all`, `exists`, `exists_one`, `filter`, `map`) are expanded here.
/// Hostile input is bounded: nesting deeper than `limits.maxNesting` and trees taller than
/// `limits.maxHeight` are errors, so no input can overflow the stack. Chains of `&&` and
/// `||` are built as balanced trees (as cel-go does), so long chains stay shallow.
struct Parser {
    struct ParseError: Error {
        let problem: CELProblem
        let offset: Int
    }

    private let tokens: [Token]
    private var index = 0
    private var nesting = 0
    private let limits: CELLimits

    private init(tokens: [Token], limits: CELLimits) {
        self.tokens = tokens
        self.limits = limits
    }

    static func parse(_ scalars: [Unicode.Scalar], limits: CELLimits) throws(ParseError) -> Expr {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokenize(scalars)
        } catch {
            throw ParseError(problem: error.problem, offset: error.offset)
        }
        var parser = Parser(tokens: tokens, limits: limits)
        let expr = try parser.parseExpr()
        let last = parser.current
        if last.kind != .end {
            throw ParseError(problem: .unexpectedToken(found: last.kind.display, expected: nil), offset: last.offset)
        }
        return expr
    }

    // MARK: Token helpers

    private var current: Token { tokens[index] }

    private func peekKind(_ ahead: Int = 0) -> Token.Kind {
        tokens[min(index + ahead, tokens.count - 1)].kind
    }

    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func accept(_ punctuation: Token.Punctuation) -> Bool {
        if current.kind == .punctuation(punctuation) {
            _ = advance()
            return true
        }
        return false
    }

    private mutating func expect(_ punctuation: Token.Punctuation) throws(ParseError) {
        guard accept(punctuation) else {
            throw ParseError(problem: .unexpectedToken(found: current.kind.display, expected: punctuation.rawValue),
                             offset: current.offset)
        }
    }

    private func node(_ kind: ExprKind, at offset: Int) throws(ParseError) -> Expr {
        let expr = Expr(kind, at: offset)
        if expr.height > limits.maxHeight {
            throw ParseError(problem: .nestingTooDeep(limit: limits.maxHeight), offset: offset)
        }
        return expr
    }

    // MARK: Grammar

    private mutating func parseExpr() throws(ParseError) -> Expr {
        nesting += 1
        defer { nesting -= 1 }
        if nesting > limits.maxNesting {
            throw ParseError(problem: .nestingTooDeep(limit: limits.maxNesting), offset: current.offset)
        }
        let condition = try parseLogical(.or)
        guard current.kind == .punctuation(.question) else { return condition }
        let offset = advance().offset
        let then = try parseLogical(.or)
        try expect(.colon)
        let otherwise = try parseExpr()
        return try node(.conditional(condition, then, otherwise), at: offset)
    }

    /// `a || b || c` (or `&&`): operands collected, then combined as a balanced tree.
    private mutating func parseLogical(_ op: LogicalOperator) throws(ParseError) -> Expr {
        let punctuation: Token.Punctuation = op == .or ? .or : .and
        var operands = [try op == .or ? parseLogical(.and) : parseBinary()]
        var offsets: [Int] = []
        while current.kind == .punctuation(punctuation) {
            offsets.append(advance().offset)
            operands.append(try op == .or ? parseLogical(.and) : parseBinary())
        }
        return try balance(op, operands[...], offsets[...])
    }

    private func balance(_ op: LogicalOperator, _ operands: ArraySlice<Expr>, _ offsets: ArraySlice<Int>) throws(ParseError) -> Expr {
        if operands.count == 1 { return operands.first! }
        let mid = operands.startIndex + operands.count / 2
        let left = try balance(op, operands[operands.startIndex..<mid], offsets[offsets.startIndex..<(mid - 1)])
        let right = try balance(op, operands[mid...], offsets[mid...])
        return try node(.logical(op, left, right), at: offsets[mid - 1])
    }

    /// The left-associative levels, loosest first: relations, additions, multiplications.
    private static let binaryLevels = 3

    private static func binaryOperator(_ kind: Token.Kind, level: Int) -> BinaryOperator? {
        guard case .punctuation(let p) = kind else {
            return level == 0 && kind == .keyword(.in) ? .in : nil
        }
        switch (level, p) {
        case (0, .less): return .less
        case (0, .lessEqual): return .lessEqual
        case (0, .greater): return .greater
        case (0, .greaterEqual): return .greaterEqual
        case (0, .equal): return .equal
        case (0, .notEqual): return .notEqual
        case (1, .plus): return .add
        case (1, .minus): return .subtract
        case (2, .star): return .multiply
        case (2, .slash): return .divide
        case (2, .percent): return .modulo
        default: return nil
        }
    }

    /// `Relation`, `Addition` and `Multiplication` of the grammar: one loop per level.
    private mutating func parseBinary(level: Int = 0) throws(ParseError) -> Expr {
        if level == Self.binaryLevels { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while let op = Self.binaryOperator(current.kind, level: level) {
            let offset = advance().offset
            let right = try parseBinary(level: level + 1)
            left = try node(.binary(op, left, right), at: offset)
        }
        return left
    }

    private mutating func parseUnary() throws(ParseError) -> Expr {
        if current.kind == .punctuation(.bang) {
            var offsets: [Int] = []
            while current.kind == .punctuation(.bang) { offsets.append(advance().offset) }
            var operand = try parseMember()
            for offset in offsets.reversed() { operand = try node(.unary(.not, operand), at: offset) }
            return operand
        }
        if current.kind == .punctuation(.minus) {
            var offsets: [Int] = []
            while current.kind == .punctuation(.minus) { offsets.append(advance().offset) }
            var operand: Expr
            // A minus directly before a number literal belongs to the literal, so that
            // -9223372036854775808 (int64's minimum) can be written.
            if let literal = negativeLiteral() {
                let offset = offsets.removeLast()
                _ = advance()
                operand = try parseMemberSuffixes(try node(.literal(literal), at: offset))
            } else {
                operand = try parseMember()
            }
            for offset in offsets.reversed() { operand = try node(.unary(.negate, operand), at: offset) }
            return operand
        }
        return try parseMember()
    }

    private func negativeLiteral() -> CELValue? {
        switch current.kind {
        case .int(let value): return .int(-value)
        case .intMagnitude(let magnitude) where magnitude == UInt64(Int64.max) + 1: return .int(Int64.min)
        case .double(let value): return .double(-value)
        default: return nil
        }
    }

    private mutating func parseMember() throws(ParseError) -> Expr {
        try parseMemberSuffixes(try parsePrimary())
    }

    private mutating func parseMemberSuffixes(_ start: Expr) throws(ParseError) -> Expr {
        var expr = start
        while true {
            if current.kind == .punctuation(.dot) {
                _ = advance()
                let nameToken = advance()
                let name: String
                switch nameToken.kind {
                case .identifier(let n), .quotedIdentifier(let n): name = n
                case .keyword(let k): name = k.rawValue
                default:
                    throw ParseError(problem: .unexpectedToken(found: nameToken.kind.display, expected: "field name"),
                                     offset: nameToken.offset)
                }
                if current.kind == .punctuation(.leftParen), case .identifier = nameToken.kind {
                    _ = advance()
                    let arguments = try parseList(closing: .rightParen)
                    expr = try receiverCall(name, target: expr, arguments: arguments, at: nameToken.offset)
                } else {
                    expr = try node(.select(expr, field: name), at: nameToken.offset)
                }
            } else if current.kind == .punctuation(.leftBracket) {
                let offset = advance().offset
                let key = try parseExpr()
                try expect(.rightBracket)
                expr = try node(.index(expr, key), at: offset)
            } else if current.kind == .punctuation(.leftBrace), case .identifier = expr.kind {
                throw ParseError(problem: .messageConstructionNotSupported, offset: current.offset)
            } else {
                return expr
            }
        }
    }

    private mutating func parsePrimary() throws(ParseError) -> Expr {
        let token = advance()
        switch token.kind {
        case .int(let value): return try node(.literal(.int(value)), at: token.offset)
        case .uint(let value): return try node(.literal(.uint(value)), at: token.offset)
        case .double(let value): return try node(.literal(.double(value)), at: token.offset)
        case .string(let value): return try node(.literal(.string(value)), at: token.offset)
        case .intMagnitude:
            throw ParseError(problem: .integerLiteralOutOfRange(token.kind.display), offset: token.offset)
        case .keyword(.true): return try node(.literal(.bool(true)), at: token.offset)
        case .keyword(.false): return try node(.literal(.bool(false)), at: token.offset)
        case .keyword(.null): return try node(.literal(.null), at: token.offset)
        case .punctuation(.dot):
            // A leading dot names an identifier in the root scope; there are no containers here.
            guard case .identifier = current.kind else {
                throw ParseError(problem: .unexpectedToken(found: current.kind.display, expected: "identifier"),
                                 offset: current.offset)
            }
            return try parsePrimary()
        case .identifier(let name):
            if reservedWords.contains(name) {
                throw ParseError(problem: .reservedIdentifier(name), offset: token.offset)
            }
            if accept(.leftParen) {
                let arguments = try parseList(closing: .rightParen)
                return try globalCall(name, arguments: arguments, at: token.offset)
            }
            return try node(.identifier(name), at: token.offset)
        case .punctuation(.leftParen):
            let inner = try parseExpr()
            try expect(.rightParen)
            return inner
        case .punctuation(.leftBracket):
            let elements = try parseList(closing: .rightBracket, allowTrailingComma: true)
            return try node(.list(elements), at: token.offset)
        case .punctuation(.leftBrace):
            return try node(.map(try parseMapEntries()), at: token.offset)
        default:
            throw ParseError(problem: .unexpectedToken(found: token.kind.display, expected: nil), offset: token.offset)
        }
    }

    /// Comma-separated expressions up to `closing` (consumed).
    private mutating func parseList(closing: Token.Punctuation, allowTrailingComma: Bool = false) throws(ParseError) -> [Expr] {
        var items: [Expr] = []
        if accept(closing) { return items }
        while true {
            items.append(try parseExpr())
            if accept(closing) { return items }
            try expect(.comma)
            if allowTrailingComma && accept(closing) { return items }
        }
    }

    private mutating func parseMapEntries() throws(ParseError) -> [(key: Expr, value: Expr)] {
        var entries: [(key: Expr, value: Expr)] = []
        if accept(.rightBrace) { return entries }
        while true {
            let key = try parseExpr()
            try expect(.colon)
            let value = try parseExpr()
            entries.append((key, value))
            if accept(.rightBrace) { return entries }
            try expect(.comma)
            if accept(.rightBrace) { return entries }
        }
    }

    // MARK: Macros

    private func globalCall(_ name: String, arguments: [Expr], at offset: Int) throws(ParseError) -> Expr {
        if name == "has" {
            guard arguments.count == 1, case .select(let operand, let field) = arguments[0].kind else {
                throw ParseError(problem: .macroArguments(macro: "has"), offset: offset)
            }
            return try node(.presenceTest(operand, field: field), at: arguments[0].offset)
        }
        return try node(.call(name: name, target: nil, arguments: arguments), at: offset)
    }

    private func receiverCall(_ name: String, target: Expr, arguments: [Expr], at offset: Int) throws(ParseError) -> Expr {
        guard let macro = ComprehensionMacro(rawValue: name) else {
            return try node(.call(name: name, target: target, arguments: arguments), at: offset)
        }
        let validCounts = macro == .map ? [2, 3] : [2]
        guard validCounts.contains(arguments.count), case .identifier(let variable) = arguments[0].kind else {
            throw ParseError(problem: .macroArguments(macro: macro.rawValue), offset: offset)
        }
        let filter = arguments.count == 3 ? arguments[1] : nil
        return try node(.comprehension(macro, range: target, variable: variable, filter: filter, body: arguments.last!),
                        at: offset)
    }
}
