/// Escapes and bracket classes: everything in a pattern that starts with `\` or `[`.
extension RegexParser {
    // MARK: - Escapes outside brackets

    /// `position` is at a backslash outside brackets.
    mutating func parseEscape() throws(RegexSyntaxError) {
        let start = position
        guard let letter = scalar(at: start + 1) else {
            throw RegexSyntaxError(.trailingBackslash, at: start)
        }
        let assertion: RegexAssertion? = switch letter {
        case "b": .wordBoundary
        case "B": .notWordBoundary
        case "A": .beginText
        case "z": .endText
        default: nil
        }
        if let assertion {
            position += 2
            append(.assertion(assertion), at: start)
            return
        }
        switch letter {
        case "C":
            // RE2's "any byte"; this engine works on scalars, so it is "any scalar".
            position += 2
            append(.anyScalar, at: start)
        case "Q":
            parseQuotedText()
        case "p", "P":
            appendSet(try parseUnicodeClass(), at: start)
        case "k":
            // Perl's named backreference \k<name>.
            throw RegexSyntaxError(.backreference, at: start)
        default:
            if let perl = perlClass(letter) {
                position += 2
                appendSet(perl, at: start)
            } else {
                appendLiteral(try parseScalarEscape(inClass: false), at: start)
            }
        }
    }

    /// `\Q…\E`: everything up to `\E` (or the end of the pattern) is literal text.
    private mutating func parseQuotedText() {
        position += 2
        while position < pattern.count {
            if pattern[position] == "\\", scalar(at: position + 1) == "E" {
                position += 2
                return
            }
            appendLiteral(pattern[position].value, at: position)
            position += 1
        }
    }

    /// An escape that stands for one scalar: `\n`, `\x41`, `\x{1F431}`, `\101`, `\.` and so on.
    /// `position` is at the backslash.
    mutating func parseScalarEscape(inClass: Bool) throws(RegexSyntaxError) -> UInt32 {
        let start = position
        guard let letter = scalar(at: start + 1) else {
            throw RegexSyntaxError(.trailingBackslash, at: start)
        }
        position = start + 2
        switch letter {
        case "1"..."7":
            // RE2 reads \1–\7 as octal only when another octal digit follows; on their own they
            // would be backreferences, which a linear-time engine cannot support.
            guard scalar(at: position).flatMap(Self.octalValue) != nil else {
                throw RegexSyntaxError(inClass ? .invalidEscape : .backreference, at: start)
            }
            return parseOctal(firstDigit: letter)
        case "0":
            return parseOctal(firstDigit: letter)
        case "x":
            return try parseHexEscape(start: start)
        case "n": return 0x0A
        case "r": return 0x0D
        case "t": return 0x09
        case "f": return 0x0C
        case "v": return 0x0B
        case "a": return 0x07
        default:
            // Escaped ASCII punctuation stands for itself. Unknown letters and digits are errors
            // (RE2 keeps them free for future meanings), as is escaping non-ASCII.
            if letter.isASCII, !Self.isASCIIAlphanumeric(letter) { return letter.value }
            throw RegexSyntaxError(.invalidEscape, at: start)
        }
    }

    /// Up to three octal digits in total, the first already consumed.
    private mutating func parseOctal(firstDigit: Unicode.Scalar) -> UInt32 {
        var value = firstDigit.value - 0x30
        for _ in 0..<2 {
            guard let digit = scalar(at: position).flatMap(Self.octalValue) else { break }
            value = value * 8 + digit
            position += 1
        }
        return value
    }

    /// `\xHH` (exactly two digits) or `\x{H…}` (one or more digits, at most U+10FFFF).
    private mutating func parseHexEscape(start: Int) throws(RegexSyntaxError) -> UInt32 {
        if scalar(at: position) == "{" {
            position += 1
            var value: UInt32 = 0
            var digits = 0
            while let digit = scalar(at: position).flatMap(Self.hexValue) {
                value = value * 16 + digit
                digits += 1
                position += 1
                if value > RegexCharSet.maxScalar {
                    throw RegexSyntaxError(.invalidCodePoint, at: start)
                }
            }
            guard digits > 0, scalar(at: position) == "}" else {
                throw RegexSyntaxError(.invalidEscape, at: start)
            }
            position += 1
            return value
        }
        guard let high = scalar(at: position).flatMap(Self.hexValue),
              let low = scalar(at: position + 1).flatMap(Self.hexValue) else {
            throw RegexSyntaxError(.invalidEscape, at: start)
        }
        position += 2
        return high * 16 + low
    }

    // MARK: - Predefined classes

    /// `\pL`, `\p{Han}`, `\p{^Greek}`, `\PL`, `\P{^L}`. `position` is at the backslash.
    mutating func parseUnicodeClass() throws(RegexSyntaxError) -> RegexCharSet {
        let start = position
        var negated = pattern[start + 1] == "P"
        position = start + 2
        guard let first = scalar(at: position) else {
            throw RegexSyntaxError(.invalidEscape, at: start)
        }
        var name: String
        if first == "{" {
            guard let close = pattern[(position + 1)...].firstIndex(of: "}") else {
                throw RegexSyntaxError(.invalidEscape, at: start)
            }
            name = String(String.UnicodeScalarView(pattern[(position + 1)..<close]))
            position = close + 1
        } else {
            name = String(first)
            position += 1
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        let base = RegexUnicodeClasses.set(named: name)
        guard let set = predefinedClass(key: "p" + name, negated: negated, base: base) else {
            throw RegexSyntaxError(.unknownClassName, at: start)
        }
        return set
    }

    /// `\d \D \s \S \w \W`, or nil for any other letter.
    mutating func perlClass(_ letter: Unicode.Scalar) -> RegexCharSet? {
        guard let perl = RegexASCIIClasses.perlClass(letter) else { return nil }
        return predefinedClass(key: "\\" + String(letter), negated: perl.negated, base: perl.set)
    }

    /// A predefined class as used in the pattern: folded first when `(?i)` is on, then negated.
    /// That is RE2's order, which is why `(?i)\W` does not match "ſ" (it folds to "s").
    /// A nil `base` means the name is unknown.
    mutating func predefinedClass(key: String, negated: Bool, base: RegexCharSet?) -> RegexCharSet? {
        guard let set = base else { return nil }
        let cacheKey = key + (negated ? "^" : "") + (flags.caseInsensitive ? "(?i)" : "")
        if let cached = predefinedClasses[cacheKey] { return cached }
        let folded = flags.caseInsensitive ? RegexCaseFolding.closure(of: set) : set
        let result = negated ? folded.inverted() : folded
        predefinedClasses[cacheKey] = result
        return result
    }

    // MARK: - Bracket classes

    /// `[…]` or `[^…]`. `position` is at the `[`.
    mutating func parseCharacterClass() throws(RegexSyntaxError) {
        let start = position
        position += 1
        var negated = false
        if scalar(at: position) == "^" {
            negated = true
            position += 1
        }
        var literalRanges: [ClosedRange<UInt32>] = []
        var predefinedRanges: [ClosedRange<UInt32>] = []
        // Adding the same predefined class twice changes nothing, so skip the ranges.
        var seenPredefined: Set<RegexCharSet> = []
        func addPredefined(_ set: RegexCharSet) {
            if seenPredefined.insert(set).inserted { predefinedRanges += set.ranges }
        }
        // A `]` right after `[` or `[^` is a literal, so `[]a]` is the class of "]" and "a".
        var isFirst = true
        while let current = scalar(at: position), current != "]" || isFirst {
            isFirst = false
            if current == "[", scalar(at: position + 1) == ":", let posix = try parsePOSIXClass() {
                addPredefined(posix)
                continue
            }
            if current == "\\", let letter = scalar(at: position + 1) {
                if letter == "p" || letter == "P" {
                    addPredefined(try parseUnicodeClass())
                    continue
                }
                if let perl = perlClass(letter) {
                    position += 2
                    addPredefined(perl)
                    continue
                }
            }
            let rangeStart = position
            let low = try parseClassScalar(classStart: start)
            var high = low
            // `-` is literal at the end (`[a-]`); otherwise it makes a range.
            if scalar(at: position) == "-", let next = scalar(at: position + 1), next != "]" {
                position += 1
                high = try parseClassScalar(classStart: start)
                guard low <= high else {
                    throw RegexSyntaxError(.invalidCharacterRange, at: rangeStart)
                }
            }
            literalRanges.append(low...high)
        }
        guard position < pattern.count else {
            throw RegexSyntaxError(.missingBracket, at: start)
        }
        position += 1
        var literals = RegexCharSet(ranges: literalRanges)
        if flags.caseInsensitive {
            literals = RegexCaseFolding.closure(of: literals)
        }
        var result = RegexCharSet(ranges: literals.ranges + predefinedRanges)
        if negated {
            // Like RE2 (and unlike POSIX), a negated class such as [^a] does match "\n".
            result = result.inverted()
        }
        appendSet(result, at: start)
    }

    /// One literal scalar inside brackets, possibly escaped.
    private mutating func parseClassScalar(classStart: Int) throws(RegexSyntaxError) -> UInt32 {
        guard let current = scalar(at: position) else {
            throw RegexSyntaxError(.missingBracket, at: classStart)
        }
        if current == "\\" {
            return try parseScalarEscape(inClass: true)
        }
        position += 1
        return current.value
    }

    /// `[:alpha:]` or `[:^alpha:]` inside brackets. Returns nil when no `:]` follows, in which
    /// case, as in RE2, the `[` is an ordinary literal.
    private mutating func parsePOSIXClass() throws(RegexSyntaxError) -> RegexCharSet? {
        let start = position
        guard let close = nextPOSIXClose[start + 2] else { return nil }
        var name = String(String.UnicodeScalarView(pattern[(start + 2)..<close]))
        var negated = false
        if name.hasPrefix("^") {
            negated = true
            name.removeFirst()
        }
        let base = RegexASCIIClasses.posixClass(named: name)
        guard let set = predefinedClass(key: "[:" + name, negated: negated, base: base) else {
            throw RegexSyntaxError(.unknownClassName, at: start)
        }
        position = close + 2
        return set
    }

    // MARK: - Scalar helpers

    static func octalValue(_ scalar: Unicode.Scalar) -> UInt32? {
        ("0"..."7").contains(scalar) ? scalar.value - 0x30 : nil
    }

    static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 0x30
        case "a"..."f": scalar.value - 0x61 + 10
        case "A"..."F": scalar.value - 0x41 + 10
        default: nil
        }
    }

    static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "0"..."9", "a"..."z", "A"..."Z": true
        default: false
        }
    }
}
