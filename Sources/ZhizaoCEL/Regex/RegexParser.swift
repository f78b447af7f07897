/// Turns an RE2-syntax pattern into a `RegexSyntaxTree`, or explains why it is invalid.
///
/// Like RE2's parser it is iterative: open groups live on an explicit stack instead of the call
/// stack, so a thousand nested parentheses cost heap memory, never a stack overflow. Escapes and
/// bracket classes are in `RegexParser+Classes.swift`.
struct RegexParser {
    static func parse(_ pattern: String) throws(RegexSyntaxError) -> RegexSyntaxTree {
        let scalars = Array(pattern.unicodeScalars)
        guard scalars.count <= RegexLimits.maxPatternLength else {
            throw RegexSyntaxError(.patternTooLong, at: RegexLimits.maxPatternLength)
        }
        var parser = RegexParser(pattern: scalars)
        return try parser.parseAll()
    }

    /// A group whose `)` has not been seen yet (index 0 is the pattern itself).
    struct OpenGroup {
        var finishedBranches: [[Int]] = []
        var items: [Int] = []
        /// The flags to restore at `)`: `(?i)` inside a group ends with the group.
        let savedFlags: RegexFlags
        let openOffset: Int
    }

    let pattern: [Unicode.Scalar]
    var position = 0
    var flags = RegexFlags()
    var tree = RegexSyntaxTree()
    var groups = [OpenGroup(savedFlags: RegexFlags(), openOffset: 0)]
    var captureNames: Set<String> = []
    /// Predefined classes (`\pL`, `\d`, `[:alpha:]`) as already folded and negated, keyed by
    /// name and flags: a pattern may repeat `\pL` thousands of times, and the copies then cost
    /// no recomputation and share one buffer.
    var predefinedClasses: [String: RegexCharSet] = [:]
    /// RE2 rejects stacked repetition operators (`a**`, `a{2}{3}`) rather than guessing what
    /// they mean (in Perl `a++` is possessive), so the parser remembers the previous token.
    var lastTokenWasRepetition = false
    /// For each index, the nearest index at or after it where ":]" starts (or nil). A `[:` only
    /// opens a POSIX class if a ":]" follows somewhere, and precomputing the answer keeps a
    /// pattern full of `[:` linear to parse.
    let nextPOSIXClose: [Int?]

    private init(pattern: [Unicode.Scalar]) {
        self.pattern = pattern
        var nextClose = [Int?](repeating: nil, count: pattern.count + 1)
        var index = pattern.count - 2
        while index >= 0 {
            let startsClose = pattern[index] == ":" && pattern[index + 1] == "]"
            nextClose[index] = startsClose ? index : nextClose[index + 1]
            index -= 1
        }
        nextPOSIXClose = nextClose
    }

    func scalar(at index: Int) -> Unicode.Scalar? {
        index < pattern.count ? pattern[index] : nil
    }

    private mutating func parseAll() throws(RegexSyntaxError) -> RegexSyntaxTree {
        while position < pattern.count {
            lastTokenWasRepetition = try parseToken()
        }
        if groups.count > 1 {
            throw RegexSyntaxError(.missingParenthesis, at: groups[groups.count - 1].openOffset)
        }
        tree.root = finish(groups[0])
        return tree
    }

    /// Parses one token and reports whether it was a repetition operator.
    private mutating func parseToken() throws(RegexSyntaxError) -> Bool {
        let start = position
        switch pattern[position] {
        case "(":
            try parseOpenParenthesis()
        case ")":
            try closeGroup()
        case "|":
            let last = groups.count - 1
            groups[last].finishedBranches.append(groups[last].items)
            groups[last].items = []
            position += 1
        case "^":
            append(.assertion(flags.multiLine ? .beginLine : .beginText), at: start)
            position += 1
        case "$":
            // RE2's `$` without (?m) matches only at the very end, not before a final "\n".
            append(.assertion(flags.multiLine ? .endLine : .endText), at: start)
            position += 1
        case ".":
            append(flags.dotMatchesNewline ? .anyScalar : .anyScalarExceptNewline, at: start)
            position += 1
        case "[":
            try parseCharacterClass()
        case "*":
            try applyRepetition(min: 0, max: nil, operatorEnd: start + 1)
            return true
        case "+":
            try applyRepetition(min: 1, max: nil, operatorEnd: start + 1)
            return true
        case "?":
            try applyRepetition(min: 0, max: 1, operatorEnd: start + 1)
            return true
        case "{":
            guard let counts = countedRepetition() else {
                // Not a well-formed {n,m}: RE2 reads the brace as a literal.
                appendLiteral(pattern[start].value, at: start)
                position += 1
                return false
            }
            try applyRepetition(min: counts.min, max: counts.max, operatorEnd: counts.end)
            return true
        case "\\":
            try parseEscape()
        default:
            appendLiteral(pattern[start].value, at: start)
            position += 1
        }
        return false
    }

    // MARK: - Building nodes

    mutating func append(_ node: RegexNode, at offset: Int) {
        let index = tree.add(node, at: offset)
        groups[groups.count - 1].items.append(index)
    }

    mutating func appendLiteral(_ value: UInt32, at offset: Int) {
        if flags.caseInsensitive, let orbit = RegexCaseFolding.orbit(of: value) {
            append(.set(RegexCharSet(scalars: orbit)), at: offset)
        } else {
            append(.scalar(value), at: offset)
        }
    }

    mutating func appendSet(_ set: RegexCharSet, at offset: Int) {
        if let single = set.singleScalar {
            append(.scalar(single), at: offset)
        } else {
            append(.set(set), at: offset)
        }
    }

    /// Turns a finished group into one node: its branches joined by alternation.
    private mutating func finish(_ group: OpenGroup) -> Int {
        var alternatives: [Int] = []
        for items in group.finishedBranches + [group.items] {
            switch items.count {
            case 0: alternatives.append(tree.add(.empty, at: group.openOffset))
            case 1: alternatives.append(items[0])
            default: alternatives.append(tree.add(.concatenation(items), at: tree.offsets[items[0]]))
            }
        }
        if alternatives.count == 1 { return alternatives[0] }
        return tree.add(.alternation(alternatives), at: group.openOffset)
    }

    // MARK: - Repetition

    /// Wraps the previous item in a repetition; `position` is at the operator.
    private mutating func applyRepetition(min: Int, max: Int?, operatorEnd: Int) throws(RegexSyntaxError) {
        let operatorStart = position
        var end = operatorEnd
        // Lazy forms (`*?`, `{2,5}?`) only change which match is preferred, never whether one
        // exists, so they compile the same as the greedy ones.
        if scalar(at: end) == "?" { end += 1 }
        if lastTokenWasRepetition {
            throw RegexSyntaxError(.badRepeatOperator, at: operatorStart)
        }
        if min > RegexLimits.maxRepeatCount || (max ?? 0) > RegexLimits.maxRepeatCount {
            throw RegexSyntaxError(.repeatCountTooLarge, at: operatorStart)
        }
        if let max, max < min {
            throw RegexSyntaxError(.invalidRepeatSize, at: operatorStart)
        }
        let last = groups.count - 1
        guard let operand = groups[last].items.popLast() else {
            throw RegexSyntaxError(.missingRepeatArgument, at: operatorStart)
        }
        groups[last].items.append(tree.add(.repetition(operand, min: min, max: max), at: operatorStart))
        position = end
    }

    /// Reads `{n}`, `{n,}` or `{n,m}` at `position` without consuming it.
    private func countedRepetition() -> (min: Int, max: Int?, end: Int)? {
        var index = position + 1
        guard let min = integer(at: &index), index < pattern.count else { return nil }
        var max: Int? = min
        if pattern[index] == "," {
            index += 1
            if scalar(at: index) == "}" {
                max = nil
            } else {
                guard let value = integer(at: &index) else { return nil }
                max = value
            }
        }
        guard scalar(at: index) == "}" else { return nil }
        return (min, max, index + 1)
    }

    private func integer(at index: inout Int) -> Int? {
        guard let first = scalar(at: index).flatMap(Self.decimalValue) else { return nil }
        // Like RE2, leading zeros and absurdly long numbers make the brace literal text.
        if first == 0, scalar(at: index + 1).flatMap(Self.decimalValue) != nil { return nil }
        var value = 0
        while let digit = scalar(at: index).flatMap(Self.decimalValue) {
            if value >= 100_000_000 { return nil }
            value = value * 10 + digit
            index += 1
        }
        return value
    }

    static func decimalValue(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
    }

    // MARK: - Groups

    private mutating func parseOpenParenthesis() throws(RegexSyntaxError) {
        let start = position
        guard scalar(at: start + 1) == "?" else {
            position += 1
            try openGroup(at: start)
            return
        }
        switch (scalar(at: start + 2), scalar(at: start + 3)) {
        case ("="?, _), ("!"?, _), ("<"?, "="?), ("<"?, "!"?):
            throw RegexSyntaxError(.lookAround, at: start)
        case ("P"?, "="?):
            // Python's named backreference (?P=name).
            throw RegexSyntaxError(.backreference, at: start)
        case ("P"?, "<"?):
            try parseNamedGroup(at: start, nameStart: start + 4)
        case ("<"?, _):
            try parseNamedGroup(at: start, nameStart: start + 3)
        default:
            try parseFlags(at: start)
        }
    }

    private mutating func openGroup(at offset: Int) throws(RegexSyntaxError) {
        // groups[0] is the pattern itself, so groups.count is the depth the new group gets.
        guard groups.count <= RegexLimits.maxNestingDepth else {
            throw RegexSyntaxError(.nestingTooDeep, at: offset)
        }
        groups.append(OpenGroup(savedFlags: flags, openOffset: offset))
    }

    private mutating func closeGroup() throws(RegexSyntaxError) {
        guard groups.count > 1 else {
            throw RegexSyntaxError(.unexpectedParenthesis, at: position)
        }
        let group = groups.removeLast()
        let node = finish(group)
        flags = group.savedFlags
        groups[groups.count - 1].items.append(node)
        position += 1
    }

    /// `(?P<name>…)` or `(?<name>…)`. The name is checked (RE2 rejects bad and duplicate names)
    /// and then forgotten: a yes/no match never reports captures.
    private mutating func parseNamedGroup(at start: Int, nameStart: Int) throws(RegexSyntaxError) {
        guard let close = pattern[nameStart...].firstIndex(of: ">") else {
            throw RegexSyntaxError(.invalidGroupName, at: start)
        }
        let name = pattern[nameStart..<close]
        guard !name.isEmpty, name.allSatisfy(Self.isGroupNameScalar) else {
            throw RegexSyntaxError(.invalidGroupName, at: start)
        }
        guard captureNames.insert(String(String.UnicodeScalarView(name))).inserted else {
            throw RegexSyntaxError(.duplicateGroupName, at: start)
        }
        position = close + 1
        try openGroup(at: start)
    }

    /// The categories RE2 allows in group names (letters, marks, digits, `_`).
    private static func isGroupNameScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .letterNumber, .nonspacingMark, .spacingMark, .decimalNumber, .connectorPunctuation:
            true
        default:
            false
        }
    }

    /// `(?flags)` changes flags until the end of the enclosing group; `(?flags:…)` opens a
    /// non-capturing group with them. `position` is at the `(`.
    private mutating func parseFlags(at start: Int) throws(RegexSyntaxError) {
        var newFlags = flags
        var negated = false
        var sawFlag = false
        var index = start + 2
        while true {
            guard let letter = scalar(at: index) else {
                throw RegexSyntaxError(.missingParenthesis, at: start)
            }
            switch letter {
            case "i": newFlags.caseInsensitive = !negated
            case "m": newFlags.multiLine = !negated
            case "s": newFlags.dotMatchesNewline = !negated
            case "U": newFlags.ungreedy = !negated
            case "-":
                if negated { throw RegexSyntaxError(.unknownFlag, at: index) }
                negated = true
                sawFlag = false
                index += 1
                continue
            case ":", ")":
                // `(?-)` and `(?-:…)` negate nothing; RE2 rejects them.
                if negated && !sawFlag { throw RegexSyntaxError(.missingFlag, at: index) }
                position = index + 1
                if letter == ":" { try openGroup(at: start) }
                flags = newFlags
                return
            default:
                throw RegexSyntaxError(.unknownFlag, at: index)
            }
            sawFlag = true
            index += 1
        }
    }
}
