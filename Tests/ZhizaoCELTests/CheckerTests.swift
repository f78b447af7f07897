import Testing
@testable import ZhizaoCEL

/// The static check reports, before any data is seen, what a rubric author got wrong.
@Suite("Static checking")
struct CheckerTests {
    @Test("an unknown variable is reported with the closest declared name")
    func undeclaredWithSuggestion() {
        let diagnostics = compileErrors("totl >= 60.0 && domian.production >= 50.0")
        #expect(diagnostics.map(\.problem) == [
            .undeclaredReference(name: "totl", suggestion: "total"),
            .undeclaredReference(name: "domian", suggestion: "domain"),
        ])
        #expect(diagnostics.map(\.location.column) == [1, 17])
        #expect(diagnostics[0].message(.zh) == "未声明的变量 'totl'（是否应为 'total'？）")
        #expect(diagnostics[0].message(.en) == "undeclared reference to 'totl' (did you mean 'total'?)")
    }

    @Test("no suggestion when nothing is close")
    func undeclaredWithoutSuggestion() {
        #expect(compileErrors("qqqqqq > 1").map(\.problem) == [.undeclaredReference(name: "qqqqqq", suggestion: nil)])
    }

    @Test("comprehension variables are in scope only inside the macro")
    func comprehensionScope() {
        #expect(compileErrors("indicators.exists(i, i.score > 0.5)").isEmpty)
        #expect(compileErrors("indicators.exists(i, i.score > 0.5) && i.score > 0.1").map(\.problem) ==
            [.undeclaredReference(name: "i", suggestion: nil)])
    }

    @Test("unknown functions are reported with a suggestion")
    func unknownFunction() {
        #expect(compileErrors("sise(indicators) > 3").map(\.problem) == [.unknownFunction(name: "sise", suggestion: "size")])
        #expect(compileErrors("enterprise.name.startswith('山东')").map(\.problem) ==
            [.unknownFunction(name: "startswith", suggestion: "startsWith")])
    }

    @Test("wrong argument types and counts", arguments: [
        ("size(1)", CELProblem.noMatchingOverload(function: "size", argumentTypes: ["int"])),
        ("enterprise.name.contains(1)", .noMatchingOverload(function: "contains", argumentTypes: ["string", "int"])),
        ("size('a', 'b')", .wrongArgumentCount(function: "size", expected: "1", found: 2)),
        ("int([1])", .noMatchingOverload(function: "int", argumentTypes: ["list(int)"])),
        ("total && true", .noMatchingOverload(function: "&&", argumentTypes: ["double", "bool"])),
        ("total.x", .fieldSelectionUnsupported(type: "double")),
        ("domain[1]", .noMatchingOverload(function: "_[_]", argumentTypes: ["map(string, double)", "int"])),
        ("{[1]: 2}", .unsupportedMapKeyType("list(int)")),
        ("sum(['a'])", .noMatchingOverload(function: "sum", argumentTypes: ["list(string)"])),
    ])
    func wrongTypes(_ source: String, _ problem: CELProblem) {
        #expect(compileErrors(source).map(\.problem) == [problem])
    }

    @Test("arithmetic may not mix number types; comparisons may")
    func mixedNumbers() {
        let diagnostics = compileErrors("score.rd_design * 2 > 1.0")
        #expect(diagnostics.map(\.problem) == [.mixedArithmetic(operator: "*", left: "double", right: "int")])
        #expect(diagnostics.first?.location.column == 17)
        #expect(diagnostics.first?.message(.zh).contains("2.0") == true)
        #expect(compileErrors("score.rd_design * 2.0 > 1.0").isEmpty)
        #expect(compileErrors("total >= 60 && domain.rd == 55").isEmpty)
    }

    @Test("equality between types that can never be equal is an error")
    func incomparable() {
        var environment = rubricEnvironment()
        environment.declare("cmmm_level", as: .int)
        #expect(compileErrors("cmmm_level == 'three'", in: environment).map(\.problem) ==
            [.incomparableTypes(operator: "==", left: "int", right: "string")])
        #expect(compileErrors("cmmm_level == 3.0 && profile.x == 'y' && cmmm_level != null", in: environment).isEmpty)
    }

    @Test("a rule that cannot yield a bool is refused when a bool is expected")
    func expectedResultType() {
        #expect(compileErrors("total + 1.0", expecting: .bool).map(\.problem) ==
            [.wrongResultType(expected: "bool", found: "double")])
        #expect(compileErrors("profile.x", expecting: .bool).isEmpty, "dyn is decided at run time")
        #expect(compileErrors("total > 1.0", expecting: .bool).isEmpty)
    }

    @Test("an invalid constant regular expression is a compile error at the pattern")
    func invalidRegex() {
        let diagnostics = compileErrors("enterprise.name.matches('(潍坊')")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.column == 25)
        if case .invalidRegex(let pattern, _)? = diagnostics.first?.problem {
            #expect(pattern == "(潍坊")
        } else {
            Issue.record("expected an invalid-regex diagnostic, got \(diagnostics)")
        }
    }

    @Test("every problem is reported, each at its own line and column")
    func allProblemsReported() {
        let diagnostics = compileErrors("total >= 60.0 &&\n  domain.prod > 'x' &&\n  unknown_fn(1)")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.map(\.location.description) == ["2:15", "3:3"])
    }

    @Test("result types are inferred", arguments: [
        ("total > 1.0", CELType.bool),
        ("domain.rd", .double),
        ("indicators.map(i, i.id)", .list(.dyn)),
        ("indicators.filter(i, i.score > 0.5)", .list(.map(.string, .dyn))),
        ("size(indicators)", .int),
        ("[1, 2]", .list(.int)),
        ("[1, 2.0]", .list(.dyn)),
        ("sum([1.0, 2.0])", .double),
        ("avg([1, 2])", .double),
        ("true ? 1 : 2.0", .dyn),
    ])
    func inferredTypes(_ source: String, _ type: CELType) throws {
        #expect(try rubricEnvironment().compile(source).resultType == type)
    }
}
