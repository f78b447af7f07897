import Testing
@testable import ZhizaoCEL

/// Compiles `pattern` and matches it against `text`, failing the test if the pattern is invalid.
private func regexMatches(_ pattern: String, _ text: String) throws -> Bool {
    try RE2Regex(pattern).matches(text)
}

/// The error a pattern is rejected with, or nil when it compiles.
private func regexError(_ pattern: String) -> RegexSyntaxError? {
    do {
        _ = try RE2Regex(pattern)
        return nil
    } catch {
        return error
    }
}

@Suite("RE2Regex: CEL conformance")
struct RE2RegexConformanceTests {
    @Test("CEL spec cases for matches()", arguments: [
        ("hubba", "ubb", true),
        ("", "foo|bar", false),
        ("cows", "", true),
        ("", "", true),
        ("abcd", "bc", true),
        ("grey", "gr(a|e)y", true),
        ("banana", "ba(na)*", true),
        ("mañana", "a+ñ+a+", true),
        ("🐱😀😀", "(a|😀){2}", true),
    ])
    func celConformance(text: String, pattern: String, expected: Bool) throws {
        #expect(try regexMatches(pattern, text) == expected)
    }
}

@Suite("RE2Regex: matching")
struct RE2RegexMatchingTests {
    @Test func anchors() throws {
        #expect(try regexMatches("^abc$", "abc"))
        #expect(try !regexMatches("^abc$", "xabc"))
        #expect(try !regexMatches("^abc$", "abcx"))
        // RE2's `$` is the end of the text only, not "before a final newline" as in Perl.
        #expect(try !regexMatches("abc$", "abc\n"))
        #expect(try regexMatches("(?m)abc$", "abc\n"))
        #expect(try regexMatches("(?m)^b$", "a\nb\nc"))
        #expect(try !regexMatches("^b$", "a\nb\nc"))
        #expect(try regexMatches("\\Aab", "abc"))
        #expect(try !regexMatches("(?m)\\Ab", "a\nb"))
        #expect(try regexMatches("bc\\z", "abc"))
        #expect(try !regexMatches("(?m)a\\z", "a\nb"))
    }

    @Test func wordBoundaries() throws {
        #expect(try regexMatches("\\bcat\\b", "the cat sat"))
        #expect(try !regexMatches("\\bcat\\b", "concatenate"))
        #expect(try regexMatches("\\Bcat\\B", "concatenate"))
        #expect(try regexMatches("\\bcat\\b", "cat"))
        // Word characters are ASCII only, as in RE2: "é" is not a word character.
        #expect(try regexMatches("\\bcaf\\b", "café"))
    }

    @Test func characterClasses() throws {
        #expect(try regexMatches("^[abc]+$", "cabba"))
        #expect(try !regexMatches("^[abc]+$", "cabbage"))
        #expect(try regexMatches("^[a-z]+$", "hello"))
        #expect(try !regexMatches("^[a-z]+$", "Hello"))
        #expect(try regexMatches("^[^0-9]+$", "no digits"))
        #expect(try !regexMatches("^[^0-9]+$", "r2d2"))
        // A negated class matches a newline in RE2.
        #expect(try regexMatches("^[^a]$", "\n"))
        #expect(try regexMatches("^[]a]+$", "]a]"))
        #expect(try regexMatches("^[a-]+$", "-a-"))
        #expect(try regexMatches("^[\\]\\-\\\\]+$", "]-\\"))
        #expect(try regexMatches("^[\\d\\s]+$", "1 2\t3"))
        #expect(try regexMatches("^[[:alpha:]]+$", "Hello"))
        #expect(try !regexMatches("^[[:alpha:]]+$", "Hello1"))
        #expect(try regexMatches("^[[:^digit:]]+$", "abc"))
        #expect(try regexMatches("^[[:xdigit:]]+$", "0fA9"))
        #expect(try regexMatches("^[[:punct:]]+$", "!?.,"))
        // `[:` without a closing `:]` is just a literal `[` and `:`.
        #expect(try regexMatches("^[[:a]+$", "[:a"))
    }

    @Test func perlClassesAreASCII() throws {
        #expect(try regexMatches("^\\d{3}$", "123"))
        #expect(try !regexMatches("^\\d$", "٣"))
        #expect(try regexMatches("^\\w+$", "snake_case_1"))
        #expect(try !regexMatches("^\\w+$", "héllo"))
        #expect(try regexMatches("^\\s+$", " \t\r\n\u{0C}"))
        // RE2's \s leaves out \v, unlike [[:space:]].
        #expect(try !regexMatches("\\s", "\u{0B}"))
        #expect(try regexMatches("[[:space:]]", "\u{0B}"))
        #expect(try regexMatches("^\\D\\W\\S$", "a b"))
    }

    @Test func unicodeClasses() throws {
        #expect(try regexMatches("^\\pL+$", "héllo"))
        #expect(try regexMatches("^\\p{L}+$", "Ωμέγα"))
        #expect(try regexMatches("^\\p{Lu}\\p{Ll}+$", "Hello"))
        #expect(try !regexMatches("^\\p{Lu}+$", "hello"))
        #expect(try regexMatches("^\\p{N}+$", "Ⅻ٣3"))
        #expect(try regexMatches("^\\p{Nd}+$", "٣3"))
        #expect(try !regexMatches("^\\p{Nd}+$", "Ⅻ"))
        #expect(try regexMatches("\\p{P}", "你好，世界"))
        #expect(try regexMatches("\\p{S}", "¥100"))
        #expect(try regexMatches("\\p{Z}", "中\u{3000}文"))
        #expect(try regexMatches("^\\p{Greek}+$", "αβγ"))
        #expect(try regexMatches("^\\p{Cyrillic}+$", "Привет"))
        #expect(try regexMatches("^\\p{Latin}+$", "Ærøskøbing"))
        #expect(try !regexMatches("^\\p{Latin}+$", "Ωmega"))
        #expect(try regexMatches("^\\PL+$", "123 !"))
        #expect(try !regexMatches("^\\PL+$", "12a"))
        #expect(try regexMatches("^\\p{^L}+$", "123"))
        #expect(try regexMatches("^\\P{^L}+$", "abc"))
        #expect(try regexMatches("^\\p{Any}$", "🐱"))
        #expect(try regexMatches("^[\\p{Han}\\p{P}]+$", "你好，世界！"))
    }

    @Test func chineseText() throws {
        #expect(try regexMatches("^山东.*市$", "山东省潍坊市"))
        #expect(try !regexMatches("^山东.*市$", "山西省太原市区"))
        #expect(try regexMatches("^\\p{Han}+$", "潍坊"))
        #expect(try !regexMatches("^\\p{Han}+$", "潍坊A"))
        #expect(try regexMatches("^\\p{Han}{2,4}$", "诸葛孔明"))
        #expect(try !regexMatches("^\\p{Han}{2,4}$", "王"))
        #expect(try regexMatches("[省市县]", "潍坊市"))
        // CJK Extension B (outside the BMP) is Han too.
        #expect(try regexMatches("^\\p{Han}$", "𠀀"))
    }

    @Test func creditCodePattern() throws {
        let creditCode = try RE2Regex("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")
        #expect(creditCode.matches("91350100M000100Y43"))
        #expect(creditCode.matches("91110000600037341L"))
        #expect(!creditCode.matches("91350100M000100I43"), "I is not allowed")
        #expect(!creditCode.matches("91350100M000100O43"), "O is not allowed")
        #expect(!creditCode.matches("9135010M000100Y43"), "17 characters")
        #expect(!creditCode.matches("91350100M000100Y430"), "19 characters")
        #expect(!creditCode.matches("91350100m000100y43"), "lower case")
        #expect(!creditCode.matches("913501A0M000100Y43"), "letter in the digit block")
        #expect(!creditCode.matches("91350100M000100Y4３"), "full-width digit")
        #expect(!creditCode.matches(""))
    }

    @Test func countedRepetition() throws {
        #expect(try regexMatches("^a{3}$", "aaa"))
        #expect(try !regexMatches("^a{3}$", "aa"))
        #expect(try regexMatches("^a{2,}$", "aaaaa"))
        #expect(try !regexMatches("^a{2,}$", "a"))
        #expect(try regexMatches("^a{2,4}$", "aaaa"))
        #expect(try !regexMatches("^a{2,4}$", "aaaaa"))
        #expect(try regexMatches("^(ab){2}$", "abab"))
        #expect(try regexMatches("^x{0}y$", "y"))
        #expect(try regexMatches("^a{1000}$", String(repeating: "a", count: 1000)))
        #expect(try !regexMatches("^a{1000}$", String(repeating: "a", count: 999)))
        // Lazy forms parse and, for a yes/no answer, behave like the greedy ones.
        #expect(try regexMatches("^a{2,3}?$", "aaa"))
        #expect(try regexMatches("^a*?b+?c??$", "aabb"))
        // Not a valid repetition, so the braces are literal text, as in RE2.
        #expect(try regexMatches("^x{,3}$", "x{,3}"))
        #expect(try regexMatches("^x{a}$", "x{a}"))
        #expect(try regexMatches("^{$", "{"))
        #expect(try regexMatches("^a{01}$", "a{01}"))
    }

    @Test func caseInsensitivity() throws {
        #expect(try regexMatches("(?i)hello", "HeLLo"))
        #expect(try !regexMatches("hello", "HeLLo"))
        #expect(try regexMatches("(?i)ΣΊΣΥΦΟΣ", "σίσυφος"))
        #expect(try regexMatches("(?i)привет", "ПРИВЕТ"))
        #expect(try regexMatches("(?i)k", "\u{212A}"), "KELVIN SIGN folds to k")
        #expect(try regexMatches("(?i)s", "ſ"), "LONG S folds to s")
        #expect(try regexMatches("(?i)ß", "ẞ"))
        #expect(try !regexMatches("(?i)straße", "STRASSE"), "simple folding only")
        #expect(try !regexMatches("(?i)i", "ı"), "dotless i has no simple folding")
        #expect(try regexMatches("(?i:a)b", "Ab"))
        #expect(try !regexMatches("(?i:a)b", "AB"))
        #expect(try regexMatches("(?i)a(?-i)b", "Ab"))
        #expect(try !regexMatches("(?i)a(?-i)b", "AB"))
        #expect(try !regexMatches("(a(?i)b)c", "aBC"), "flags end with their group")
        #expect(try regexMatches("(a(?i)b)c", "aBc"))
        #expect(try regexMatches("(?i)^[a-f]+$", "DeadBeef"))
        #expect(try regexMatches("(?i)^\\p{Lu}+$", "abc"))
        #expect(try regexMatches("(?i)[[:upper:]]", "x"))
        #expect(try regexMatches("(?i)^[^k]$", "x"))
        #expect(try !regexMatches("(?i)^[^k]$", "K"))
        #expect(try !regexMatches("(?i)^[^k]$", "\u{212A}"))
    }

    @Test func dotAndFlags() throws {
        #expect(try !regexMatches("a.b", "a\nb"))
        #expect(try regexMatches("(?s)a.b", "a\nb"))
        #expect(try regexMatches("(?s:a.b)", "a\nb"))
        #expect(try regexMatches("a.b", "a😀b"))
        #expect(try !regexMatches("^.$", "e\u{301}"), "two scalars, one grapheme")
        #expect(try regexMatches("^..$", "e\u{301}"))
        #expect(try regexMatches("(?U)a+b", "aab"))
        #expect(try regexMatches("(?ims-U)^A.B$", "x\na\nb"))
        #expect(try regexMatches("(?)abc", "abc"))
        #expect(try regexMatches("\\C", "\n"))
    }

    @Test func escapes() throws {
        #expect(try regexMatches("^\\x41$", "A"))
        #expect(try regexMatches("^\\x{1F431}$", "🐱"))
        #expect(try regexMatches("^\\x{4E2D}\\x{6587}$", "中文"))
        #expect(try regexMatches("^\\101\\0$", "A\u{0}"))
        #expect(try regexMatches("^\\12$", "\n"), "\\12 is octal in RE2, not a backreference")
        #expect(try regexMatches("^\\t\\n\\r\\f\\v\\a$", "\t\n\r\u{0C}\u{0B}\u{07}"))
        #expect(try regexMatches("^\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$\\\\$", ".*+?()[]{}|^$\\"))
        #expect(try regexMatches("^\\Qa.b*c\\E$", "a.b*c"))
        #expect(try !regexMatches("^\\Qa.b\\E$", "axb"))
        #expect(try regexMatches("^\\Qa.b$", "a.b$"), "\\Q without \\E runs to the end")
        #expect(try regexMatches("^\\Qab\\E+$", "abbb"), "a quantifier after \\E applies to the last literal")
        #expect(try regexMatches("^\\-\\_\\ \\#$", "-_ #"))
    }

    @Test func groupsAndAlternation() throws {
        #expect(try regexMatches("^(?P<year>\\d{4})-(?<month>\\d{2})$", "2024-05"))
        #expect(try regexMatches("^(?:ab|cd)+$", "abcdab"))
        #expect(try !regexMatches("^(?:ab|cd)+$", "abc"))
        #expect(try regexMatches("^(a|)$", ""))
        #expect(try regexMatches("^()$", ""))
        #expect(try regexMatches("^(|a)+b$", "aab"))
        #expect(try regexMatches("^((a)|b)*$", "abba"))
        #expect(try regexMatches("(?P<名字>张)", "张三"))
    }

    @Test func emptyLoopsTerminate() throws {
        #expect(try regexMatches("(a*)*", "b"))
        #expect(try regexMatches("^(a*)+$", "aaa"))
        #expect(try regexMatches("^(a?)*$", ""))
        #expect(try regexMatches("(^)*x", "x"))
        #expect(try regexMatches("^(\\b)*a", "a"))
        #expect(try !regexMatches("^(a*)*$", "ab"))
    }

    @Test func emptyClassNeverMatches() throws {
        #expect(try !regexMatches("[^\\x00-\\x{10FFFF}]", "abc"))
        #expect(try regexMatches("a|[^\\x00-\\x{10FFFF}]", "a"))
    }

    @Test func sharedAcrossTasks() async throws {
        let regex = try RE2Regex("^\\p{Han}+市$")
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask { regex.matches(index.isMultiple(of: 2) ? "潍坊市" : "Weifang") }
            }
            var collected: [Bool] = []
            for await result in group { collected.append(result) }
            return collected
        }
        #expect(results.count == 32)
        #expect(results.filter { $0 }.count == 16)
    }
}

@Suite("RE2Regex: linear time")
struct RE2RegexLinearTimeTests {
    private static let manyA = String(repeating: "a", count: 100_000)

    @Test func nestedPlusAgainstLongInput() throws {
        #expect(try regexMatches("(a+)+$", Self.manyA))
        #expect(try !regexMatches("^(a+)+$", Self.manyA + "!"))
    }

    @Test func redundantAlternationAgainstLongInput() throws {
        #expect(try !regexMatches("(a|a)*b", Self.manyA))
        #expect(try regexMatches("(a|a)*b", Self.manyA + "b"))
    }

    @Test func classicExponentialPatterns() throws {
        #expect(try !regexMatches("^(x+x+)+y$", String(repeating: "x", count: 50_000)))
        #expect(try !regexMatches("^(a|aa)+$", Self.manyA + "b"))
        #expect(try !regexMatches("^(\\w+\\s?)+$", String(repeating: "word ", count: 10_000) + "!"))
    }

    @Test func largeProgramAgainstLongInput() throws {
        // Every position starts a thread that survives up to 300 steps: work is text × program,
        // never exponential.
        let regex = try RE2Regex("(?i)[a-z]{300}!")
        #expect(!regex.matches(String(repeating: "b", count: 5_000)))
        #expect(regex.matches(String(repeating: "b", count: 5_000) + "!"))
    }
}

@Suite("RE2Regex: errors")
struct RE2RegexErrorTests {
    @Test("each error kind with its offset", arguments: [
        ("(abc", RegexErrorKind.missingParenthesis, 0),
        ("a(b(c)", .missingParenthesis, 1),
        ("(?i", .missingParenthesis, 0),
        ("abc)", .unexpectedParenthesis, 3),
        ("(a))", .unexpectedParenthesis, 3),
        ("[abc", .missingBracket, 0),
        ("x[^", .missingBracket, 1),
        ("[]", .missingBracket, 0),
        ("[a-", .missingBracket, 0),
        ("\\g", .invalidEscape, 0),
        ("a\\8", .invalidEscape, 1),
        ("\\Z", .invalidEscape, 0),
        ("\\é", .invalidEscape, 0),
        ("\\x{}", .invalidEscape, 0),
        ("\\xZ1", .invalidEscape, 0),
        ("[\\1]", .invalidEscape, 1),
        ("a\\", .trailingBackslash, 1),
        ("(a)\\1", .backreference, 3),
        ("(?P<n>a)(?P=n)", .backreference, 8),
        ("(?=a)", .lookAround, 0),
        ("x(?!a)", .lookAround, 1),
        ("(?<=a)b", .lookAround, 0),
        ("(?<!a)b", .lookAround, 0),
        ("*a", .missingRepeatArgument, 0),
        ("a|*", .missingRepeatArgument, 2),
        ("(+)", .missingRepeatArgument, 1),
        ("{2}", .missingRepeatArgument, 0),
        ("a**", .badRepeatOperator, 2),
        ("a+?+", .badRepeatOperator, 3),
        ("a{2}{3}", .badRepeatOperator, 4),
        ("a{2,1}", .invalidRepeatSize, 1),
        ("a{1001}", .repeatCountTooLarge, 1),
        ("a{2,1001}", .repeatCountTooLarge, 1),
        ("[z-a]", .invalidCharacterRange, 1),
        ("x[a-cz-a]", .invalidCharacterRange, 5),
        ("\\p{Klingon}", .unknownClassName, 0),
        ("\\p{han}", .unknownClassName, 0),
        ("[[:foo:]]", .unknownClassName, 1),
        ("(?x)a", .unknownFlag, 2),
        ("(?i-i-i)", .unknownFlag, 5),
        ("(?-)", .missingFlag, 3),
        ("(?P<>a)", .invalidGroupName, 0),
        ("(?P<a-b>a)", .invalidGroupName, 0),
        ("(?<name", .invalidGroupName, 0),
        ("(?P<n>a)(?P<n>b)", .duplicateGroupName, 8),
        ("\\x{110000}", .invalidCodePoint, 0),
        ("ab\\x{FFFFFFFFFF}", .invalidCodePoint, 2),
    ])
    func errorKindAndOffset(pattern: String, kind: RegexErrorKind, offset: Int) {
        let error = regexError(pattern)
        #expect(error == RegexSyntaxError(kind, at: offset), "pattern \(pattern)")
    }

    @Test func messagesAreBilingualAndShort() {
        for kind in RegexErrorKind.allCases {
            let error = RegexSyntaxError(kind, at: 0)
            #expect(!error.reason.en.isEmpty && error.reason.en.count < 80)
            #expect(error.reason.en.first.map { !$0.isUppercase } ?? false)
            #expect(error.reason.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
        let error = regexError("(abc")
        #expect(error?.reason.en == "missing closing )")
        #expect(error?.reason.zh == "缺少右括号 )")
        #expect(regexError("(a)\\1")?.reason.en == "backreferences are not supported")
        #expect(regexError("(?=a)")?.reason.en == "look-around is not supported")
    }

    @Test func offsetsCountUnicodeScalars() {
        // "中文" is two scalars (six UTF-8 bytes, two UTF-16 units), so the `)` is at offset 2.
        #expect(regexError("中文)")?.offset == 2)
        #expect(regexError("🐱🐱[")?.offset == 2)
    }

    @Test func patternLengthLimit() throws {
        let longest = "b" + String(repeating: "a", count: RegexLimits.maxPatternLength - 1)
        #expect(try RE2Regex(longest).matches("x" + longest))
        #expect(try !RE2Regex(longest).matches(String(longest.dropLast())))
        let tooLong = RegexSyntaxError(.patternTooLong, at: RegexLimits.maxPatternLength)
        #expect(regexError(longest + "a") == tooLong)
    }

    @Test func programSizeLimit() throws {
        // The middle repetition is the first to exceed the limit: 1,000 × 1,000 instructions.
        #expect(regexError("((a{1000}){1000}){1000}") == RegexSyntaxError(.patternTooLarge, at: 10))
        #expect(regexError("(?:\\pL{1000}){101}") == RegexSyntaxError(.patternTooLarge, at: 13))
        // A concatenation of individually small pieces can exceed it too.
        let wide = String(repeating: "a{1000}", count: 101)
        #expect(regexError(wide)?.reason.en == RegexErrorKind.patternTooLarge.phrase.en)
        // Just under the limit still compiles, and the size estimate is exact.
        #expect(try RE2Regex("(?:a{1000}){99}").programSize == 99_002)
        let regex = try RE2Regex("^(?:a{1000}){99}$")
        #expect(regex.programSize == 99_004)
        #expect(regex.matches(String(repeating: "a", count: 99_000)))
        #expect(!regex.matches(String(repeating: "a", count: 98_999)))
        #expect(try RE2Regex("a{2,5}").programSize == 2 + 2 + 3 * 2)
    }

    @Test func nestingDepthLimit() throws {
        let depth = RegexLimits.maxNestingDepth
        let deepest = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
        #expect(try RE2Regex(deepest).matches("a"))
        let tooDeep = "(" + deepest + ")"
        #expect(regexError(tooDeep) == RegexSyntaxError(.nestingTooDeep, at: depth))
        // Deep nesting of other constructs is heap-bound, never recursive.
        let deepStars = String(repeating: "(?:", count: depth) + "a" + String(repeating: ")*", count: depth)
        #expect(try RE2Regex(deepStars).matches("aaa"))
    }

    @Test func acceptsWhatRE2Accepts() throws {
        let patterns = [
            "", "|", "()", "(?:)", "(?i)", "a{,3}", "x{", "]", "}", "[]]", "[^]]", "a{1000}", "\\Q\\E", "\\Q",
            "[[:alpha:][:digit:]]", "\\p{Cs}", "\\pN", "(?P<a1_b>x)", "(?<x>y)", "\\x{0}", "\\x{10FFFF}",
            "[\\x{D800}-\\x{E000}]", "a*?", "(?U)a+?", "^*", "$+", "\\b?", "(a*)*", "a{2}{,3}",
        ]
        for pattern in patterns {
            #expect(regexError(pattern) == nil, "pattern \(pattern)")
        }
    }

    @Test func pathologicalPatternsStillCompile() throws {
        // Thousands of large Unicode classes, folded: cached and merged, not recomputed.
        let manyClasses = "(?i)[" + String(repeating: "\\pL\\PN\\p{Greek}", count: 1_000) + "]"
        #expect(try RE2Regex(manyClasses).matches("Ω"))
        let manyItems = String(repeating: "(?i)\\p{Lu}", count: 1_500)
        #expect(try !RE2Regex(manyItems).matches("abc"))
        // Many `[:` openings with no `:]` anywhere: each is a literal, found in linear time.
        let manyOpenings = "[" + String(repeating: "[:", count: 8_000) + "a]"
        #expect(try RE2Regex(manyOpenings).matches(":"))
        // …whereas one `:]` at the very end turns the first `[:` into an (unknown) class name.
        #expect(regexError("[[:[:[:]")?.offset == 1)
    }

    @Test func randomPatternsNeverCrash() {
        let pieces = ["a", "b", "é", "中", "(", ")", "(?:", "(?i)", "(?P<n", ">", "|", "*", "+", "?", "{", "}",
                      "{2}", "{1,3}", ",", "1", "[", "]", "^", "-", "[:alpha:]", "$", ".", "\\", "\\d", "\\pL",
                      "\\p{Han}", "\\b", "\\Q", "\\E", "\\x{41}", "\\1"]
        var generator = PatternFuzzGenerator(seed: 0x5EED)
        var compiled = 0
        var rejected = 0
        for _ in 0..<3_000 {
            var pattern = ""
            for _ in 0..<Int(generator.next() % 12) {
                pattern += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            guard let regex = try? RE2Regex(pattern) else {
                rejected += 1
                continue
            }
            compiled += 1
            for text in ["", "a", "ab中", "aaaaaaaaab", "Éé\n中文{2}"] {
                _ = regex.matches(text)
            }
        }
        #expect(compiled > 300)
        #expect(rejected > 300)
    }
}

@Suite("RE2Regex: semantics table")
struct RE2RegexTableTests {
    /// Each row was checked by hand against RE2's documented semantics.
    @Test(arguments: [
        ("abc", "xabcx", true),
        ("^abc", "xabc", false),
        ("abc$", "abc\n", false),
        ("(?m)abc$", "abc\nx", true),
        ("(?m)^x", "abc\nx", true),
        ("^$", "", true),
        ("^$", "\n", false),
        ("(?m)^$", "\n", true),
        ("a.c", "a\nc", false),
        ("(?s)a.c", "a\nc", true),
        ("[^a]", "\n", true),
        ("a|b|c", "xyzc", true),
        ("^(a|b)*$", "abba", true),
        ("^(a|b)*$", "abca", false),
        ("^a{2,3}$", "a", false),
        ("^a{2,3}$", "aaa", true),
        ("^a{2,3}$", "aaaa", false),
        ("^a{2,}$", "aaaaaaa", true),
        ("^a{0}$", "", true),
        ("x{,3}", "xxx", false),
        ("^\\d+$", "12345", true),
        ("^\\d+$", "١٢٣", false),
        ("^\\w+$", "héllo", false),
        ("^\\pL+$", "héllo", true),
        ("\\bfoo\\b", "a foo b", true),
        ("\\bfoo\\b", "afoob", false),
        ("\\Bfoo\\B", "afoob", true),
        ("(?i)ǅ", "ǆ", true),
        ("(?i)σ", "ς", true),
        ("(?i)[a-c]+", "ABC", true),
        ("[[:upper:]]", "abc", false),
        ("\\x{1F431}", "🐱", true),
        ("^.$", "🐱", true),
        ("^.$", "🇨🇳", false),
        ("\\Qa.b\\E", "axb", false),
        ("^[\\d-]+$", "12-34", true),
        ("^[a\\-z]+$", "b", false),
        ("\\101", "A", true),
        ("^\\P{Han}+$", "abc", true),
        ("^\\p{^Han}+$", "abc中", false),
        ("(|a)+b", "ab", true),
        ("a\\z", "a\n", false),
        ("\\Aa", "ba", false),
        ("^[^\\n]*$", "one line", true),
        ("^[^\\n]*$", "two\nlines", false),
        ("^(?:[a-z0-9._%+-]+)@(?:[a-z0-9-]+\\.)+[a-z]{2,}$", "user.name+tag@example.co.uk", true),
        ("^1[3-9]\\d{9}$", "13812345678", true),
        ("^1[3-9]\\d{9}$", "12812345678", false),
    ])
    func row(pattern: String, text: String, expected: Bool) throws {
        #expect(try regexMatches(pattern, text) == expected)
    }
}

/// A tiny deterministic generator, so the random-pattern test is reproducible.
private struct PatternFuzzGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
