import Testing
@testable import ZhizaoKit

/// A rubric that breaks SPEC §1 does not load; every problem is reported at its position.
@Suite("Rubric refusals")
struct RubricRefusalTests {
    static let base = """
        format: zhizao.rubric/1
        id: t
        version: "1"
        title: t
        domains:
          - {id: rd, weight: 1}
        indicators:
          - {id: x, domain: rd, type: bool}
        tiers:
          - {id: t1, rules: [{id: r, expr: "total >= 50.0"}]}
        """

    /// Line and column (1-based, in characters) of the first `marker` in `text`, plus `plus` columns.
    static func position(of marker: String, in text: String, plus: Int = 0) -> SourcePosition? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: marker) {
                return SourcePosition(line: index + 1, column: line[..<range.lowerBound].unicodeScalars.count + 1 + plus)
            }
        }
        return nil
    }

    /// The rubric with `old` replaced by `new`: it must fail with exactly one error, at the
    /// first `marker` (+ `plus` columns), whose English message contains `fragment`.
    func expectError(_ old: String, _ new: String, at marker: String, plus: Int = 0, _ fragment: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        let text = Self.base.replacingOccurrences(of: old, with: new)
        let expected = Self.position(of: marker, in: text, plus: plus)
        #expect(expected != nil, "marker not found", sourceLocation: sourceLocation)
        #expect(text != Self.base, "the replacement did not apply", sourceLocation: sourceLocation)
        let result = loadRubric(text)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(result.rubric == nil, sourceLocation: sourceLocation)
        #expect(errors.count == 1, "\(errors)", sourceLocation: sourceLocation)
        #expect(errors.first?.position == expected, "\(errors)", sourceLocation: sourceLocation)
        #expect(errors.first?.message.en.contains(fragment) == true, "\(errors)", sourceLocation: sourceLocation)
        #expect(errors.first?.message.zh.isEmpty == false, sourceLocation: sourceLocation)
    }

    @Test("the base rubric loads")
    func baseLoads() {
        #expect(loadRubric(Self.base).rubric != nil)
    }

    @Test("a misspelt key is an error with a suggestion, never the default")
    func misspeltKey() {
        expectError("{id: rd, weight: 1}", "{id: rd, weigth: 1}", at: "weigth", "unknown key 'weigth' in a domain (did you mean 'weight'?)")
    }

    @Test("a missing weight, a zero weight, a negative weight")
    func weights() {
        expectError("{id: rd, weight: 1}", "{id: rd, weight: 0}", at: "weight: 0", plus: 8, "weight must be greater than 0")
        expectError("{id: rd, weight: 1}", "{id: rd, weight: -2}", at: "-2", "weight must be greater than 0")
        expectError("{id: rd, weight: 1}", "{id: rd, weight: heavy}", at: "heavy", "must be a number")
    }

    @Test("a repeated id is an error at the second definition")
    func duplicateID() {
        expectError("  - {id: x, domain: rd, type: bool}", "  - {id: x, domain: rd, type: bool}\n  - {id: x, domain: rd, type: bool, title: again}",
                    at: "x, domain: rd, type: bool, title", "'x' is defined twice in indicators (first at test.yaml:8:10)")
    }

    @Test("references must resolve", arguments: [
        ("domain: rd, type: bool", "domain: rdd, type: bool", "rdd", "unknown domain 'rdd' (did you mean 'rd'?)"),
        ("type: bool}", "type: choice, scale: levels}", "levels", "unknown scale 'levels'"),
        ("type: bool}", "type: boolean}", "boolean", "'boolean' is not a valid type (did you mean 'bool'?)"),
    ])
    func references(_ old: String, _ new: String, _ marker: String, _ fragment: String) {
        expectError(old, new, at: marker, fragment)
    }

    @Test("bands must strictly increase and score within 0…1")
    func bands() {
        expectError("type: bool}", "type: percent, bands: [{from: 0, score: 0}, {from: 50, score: 1}, {from: 50, score: 1}]}",
                    at: "{from: 50, score: 1}]", plus: 7, "band 'from' values must strictly increase (50 is not above 50)")
        expectError("type: bool}", "type: percent, bands: [{from: 0, score: 1.5}]}", at: "1.5", "between 0 and 1")
    }

    /// The base rubric with a scale `levels` whose top choice reads `step`.
    static func scale(step: String) -> String {
        "scales:\n  levels:\n    - {id: none, score: 0}\n    - {id: some, score: 1, step: \(step)}\ndomains:"
    }

    @Test("a step cost on a scale's choice, an inline choice and a band is read (SPEC §1 step)")
    func stepsAccepted() throws {
        let text = Self.base
            .replacingOccurrences(of: "domains:", with: """
                scales:
                  levels:
                    - {id: none, score: 0}
                    - {id: pilot, score: 0.3, step: 1}
                    - {id: built, score: 0.6, step: 2}
                    - {id: smart, score: 1, step: 100}
                domains:
                """)
            .replacingOccurrences(of: "  - {id: x, domain: rd, type: bool}", with: """
                  - {id: x, domain: rd, type: bool}
                  - {id: s, domain: rd, type: choice, scale: levels}
                  - {id: c, domain: rd, type: choice, choices: [{id: no, score: 0}, {id: yes, score: 1, step: 4}]}
                  - {id: m, domain: rd, type: multi, choices: [{id: a, score: 0.5}, {id: b, score: 0.5, step: 3}]}
                  - {id: p, domain: rd, type: percent, bands: [{from: 0, score: 0}, {from: 30, score: 0.5, step: 2}, {from: 70, score: 1, step: 5}]}
                """)
        let loaded = try rubric(text)
        #expect(loaded.indicator("s")?.choices.map(\.step) == [1, 1, 2, 100], "a choice without step costs 1")
        #expect(loaded.indicator("c")?.choices.map(\.step) == [1, 4])
        #expect(loaded.indicator("m")?.choices.map(\.step) == [1, 3])
        guard case .bands(let bands)? = loaded.indicator("p")?.numberScoring else {
            Issue.record("p has no bands")
            return
        }
        #expect(bands.map(\.step) == [1, 2, 5])
    }

    @Test("a step must be a whole number from 1 to 100", arguments: [
        ("0", "'step' (the cost of reaching a level) must be a whole number from 1 to 100, found 0"),
        ("-2", "must be a whole number from 1 to 100, found -2"),
        ("1.5", "must be a whole number from 1 to 100, found 1.5"),
        ("101", "must be a whole number from 1 to 100, found 101"),
        ("dear", "must be a number"),
        ("\"3\"", "must be a number"),
    ])
    func stepsRefused(_ value: String, _ fragment: String) {
        // On a scale's choice, on an inline choice and on a band, at the value.
        expectError("domains:", Self.scale(step: value), at: "step: \(value)", plus: 6, fragment)
        expectError("type: bool}", "type: choice, choices: [{id: no, score: 0}, {id: yes, score: 1, step: \(value)}]}",
                    at: "step: \(value)", plus: 6, fragment)
        expectError("type: bool}", "type: percent, bands: [{from: 0, score: 0}, {from: 50, score: 1, step: \(value)}]}",
                    at: "step: \(value)", plus: 6, fragment)
    }

    @Test("a profile fact's choices are not scored, so they take no step")
    func stepOnProfileChoice() {
        expectError("domains:", "profile:\n  - {id: size, type: choice, choices: [{id: small, step: 2}]}\ndomains:",
                    at: "step: 2", "unknown key 'step' in a choice")
    }

    @Test("an expression that does not compile is reported at its column inside the file")
    func expressionError() {
        // The expression starts at column 37 of line 10; `totl` is its first character.
        expectError(#"expr: "total >= 50.0""#, #"expr: "totl >= 50.0""#, at: "totl",
                    "undeclared reference to 'totl' (did you mean 'total'?)")
        // A typo in an id read through a map: caught too, at the field.
        expectError(#"expr: "total >= 50.0""#, #"expr: "domain.rdd >= 50.0""#, at: "rdd",
                    "domain.rdd: no such domain (did you mean 'rd'?)")
    }

    @Test("a rule that cannot yield a bool is refused")
    func nonBoolRule() {
        expectError(#"expr: "total >= 50.0""#, #"expr: "total + 1.0""#, at: "total + 1.0", "must yield bool, found double")
    }

    @Test("a block-scalar expression maps positions to its lines")
    func blockScalar() {
        expectError(#"  - {id: t1, rules: [{id: r, expr: "total >= 50.0"}]}"#, """
              - id: t1
                rules:
                  - id: r
                    expr: |
                      total >= 50.0 &&
                        scor.x > 0.5
            """, at: "scor.x", "undeclared reference to 'scor' (did you mean 'score'?)")
    }

    @Test("tiers may not require themselves or later tiers; gates may not read tiers")
    func tierOrder() {
        expectError(#"  - {id: t1, rules: [{id: r, expr: "total >= 50.0"}]}"#,
                    "  - {id: t1, requires: [t2]}\n  - {id: t2}", at: "t2]", "a tier can only require tiers listed before it")
        expectError("tiers:", "gates:\n  - {id: g, title: g, expr: \"tier.t1\"}\ntiers:", at: "t1\"}", "cannot read tier")
    }

    @Test("includes: entries merge, a cycle is an error, errors point into the part")
    func includes() throws {
        let root = Self.base.replacingOccurrences(of: "domains:", with: "include: [parts/bank.yaml]\ndomains:")
        let bank = "format: zhizao.rubric-part/1\nindicators:\n  - {id: y, domain: rd, type: bool}\n"
        let loaded = try ZhizaoKitTests.rubric(root.replacingOccurrences(of: "test.yaml", with: ""), parts: ["parts/bank.yaml": bank])
        #expect(loaded.indicators.map(\.id) == ["y", "x"], "included entries come first")
        #expect(loaded.files == ["test.yaml", "parts/bank.yaml"])

        let cyclic = "format: zhizao.rubric-part/1\ninclude: [../test.yaml]\n"
        let cycle = loadRubric(root, parts: ["parts/bank.yaml": cyclic])
        #expect(cycle.rubric == nil)
        #expect(cycle.diagnostics.contains { $0.file == "parts/bank.yaml" && $0.message.en.contains("include cycle") })

        let broken = "format: zhizao.rubric-part/1\nindicators:\n  - {id: y, domain: rd, type: bol}\n"
        let result = loadRubric(root, parts: ["parts/bank.yaml": broken])
        #expect(result.diagnostics.first { $0.severity == .error }.map { "\($0.file):\($0.position.line):\($0.position.column)" }
                == "parts/bank.yaml:3:31")

        let twice = "format: zhizao.rubric-part/1\nindicators:\n  - {id: x, domain: rd, type: bool}\n"
        #expect(loadRubric(root, parts: ["parts/bank.yaml": twice]).diagnostics.contains {
            $0.file == "test.yaml" && $0.message.en.contains("'x' is defined twice")
        })
    }

    @Test("every problem of a file is reported, not only the first")
    func allProblems() {
        let text = Self.base.replacingOccurrences(of: "{id: rd, weight: 1}", with: "{id: rd, weight: 0, colour: red}")
            .replacingOccurrences(of: "type: bool}", with: "type: bol}")
        #expect(loadRubric(text).diagnostics.filter { $0.severity == .error }.count == 3)
    }

    @Test("smells are warnings: a tier whose rules contradict, a tier above a stricter one, an empty domain")
    func smells() {
        let text = Self.base
            .replacingOccurrences(of: "  - {id: rd, weight: 1}", with: "  - {id: rd, weight: 1}\n  - {id: empty, weight: 1}")
            .replacingOccurrences(of: #"  - {id: t1, rules: [{id: r, expr: "total >= 50.0"}]}"#, with: """
                  - {id: t1, rules: [{id: r, expr: "total >= 80.0"}, {id: s, expr: "total < 70.0"}]}
                  - {id: t2, requires: [], rules: [{id: r, expr: "total >= 60.0"}]}
                """)
        let result = loadRubric(text)
        #expect(result.rubric != nil)
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.message.en)
        #expect(warnings.contains { $0.contains("domain 'empty' has no indicators") })
        #expect(warnings.contains { $0.contains("the rules of tier 't1' can never all hold") })
        #expect(warnings.contains { $0.contains("tier 't2' is listed above 't1' but asks for a lower total") })
    }
}
