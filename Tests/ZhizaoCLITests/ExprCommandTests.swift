import Testing
import ZhizaoTestSupport

/// `zhizao expr`, end to end: what a rubric author sees when trying a rule.
@Suite("zhizao expr")
struct ExprCommandTests {
    @Test("prints the value and its CEL type")
    func value() throws {
        let result = try CommandRunner.run([
            "expr", "total >= 60.0 && domain.production >= 50.0",
            "--var", "total=63.4", "--var", #"domain={"production": 48.5, "rd": 70}"#,
        ])
        #expect(result.status == 0)
        #expect(result.stdout == "false (bool)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("values print as CEL literals", arguments: [
        ("1 + 2", "3 (int)"),
        ("2u * 3u", "6u (uint)"),
        ("0.1 + 0.2", "0.30000000000000004 (double)"),
        ("'山东' + '潍坊'", #""山东潍坊" (string)"#),
        ("[1, 'a', null]", #"[1, "a", null] (list(dyn))"#),
        ("{'b': 1, 'a': 2}", #"{"b": 1, "a": 2} (map(string, int))"#),
        ("string(1e6)", #""1e+06" (string)"#),
    ])
    func literals(_ expression: String, _ expected: String) throws {
        let result = try CommandRunner.run(["expr", expression])
        #expect(result.status == 0)
        #expect(result.stdout == expected + "\n")
    }

    @Test("a misspelt variable is a compile error with its position and a suggestion, in Chinese by default")
    func compileErrorChinese() throws {
        let result = try CommandRunner.run(["expr", "totl >= 60.0", "--var", "total=63.4"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("<expr>:1:1: error: 未声明的变量 'totl'（是否应为 'total'？）\n"))
        #expect(result.stderr.contains("    totl >= 60.0\n    ^\n"))
    }

    @Test("--lang en gives English, and the caret lines up under Chinese text")
    func compileErrorEnglish() throws {
        let result = try CommandRunner.run(["expr", "'潍坊' + 1", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("<expr>:1:6: error: no matching overload for '+' applied to (string, int)\n"))
        // '潍坊' is 6 columns wide on a terminal, then a space: the caret sits under '+'.
        #expect(result.stderr.contains("    '潍坊' + 1\n           ^\n"))
    }

    @Test("an evaluation error exits 1 and points at the failing operator")
    func evaluationError() throws {
        let result = try CommandRunner.run(["expr", "total / 0.0 > 1.0 && 10 / (3 - 3) > 1", "--var", "total=1.0", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("<expr>:1:25: error: division by zero\n"))
    }

    @Test("an invalid --var is reported with its position, and nothing is evaluated")
    func invalidVariable() throws {
        let result = try CommandRunner.run(["expr", "x", "--var", "x=[1, 2", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("--var:1:"))
        let badName = try CommandRunner.run(["expr", "x", "--var", "1x=1"])
        #expect(badName.status == 2)
        #expect(badName.stderr.contains("变量名 '1x' 无效"))
    }

    @Test("--var reads YAML 1.2 core-schema scalars: yes stays a string, 3.0 stays a double")
    func coreSchema() throws {
        let result = try CommandRunner.run(["expr", "[a, b, c, d]", "--var", "a=yes", "--var", "b=3.0",
                                            "--var", "c=\"3\"", "--var", "d=18446744073709551615"])
        #expect(result.stdout == #"["yes", 3.0, "3", 18446744073709551615u] (list(dyn))"# + "\n")
    }

    @Test("--dynamic skips the static check, so CEL's run-time rules decide")
    func dynamic() throws {
        let result = try CommandRunner.run(["expr", "undeclared || true", "--dynamic"])
        #expect(result.status == 0)
        #expect(result.stdout == "true (bool)\n")
    }

    @Test("hostile expressions are refused with an error, not a crash")
    func hostile() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        let result = try CommandRunner.run(["expr", deep, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nested too deeply"))
        // 100 KB: over the 64 KB limit (Linux refuses a single argument over 128 KB; the
        // 1 MB case is tested in process, in LimitTests).
        let long = String(repeating: "1+", count: 50_000) + "1"
        let tooLong = try CommandRunner.run(["expr", long, "--lang", "en"])
        #expect(tooLong.status == 2)
        #expect(tooLong.stderr.contains("too long"))
    }
}
