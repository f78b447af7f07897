import Foundation
import Testing
@testable import ZhizaoCEL

@Suite("Evaluation")
struct EvaluationTests {
    static func bindings(_ environment: CELEnvironment) -> CELBindings {
        var b = environment.makeBindings()
        b["total"] = .double(57.3)
        b["domain"] = .map(CELMap(["rd": .double(55.0), "production": .double(48.5)]))
        b["score"] = .map(CELMap(["rd_design": .double(0.8)]))
        b["profile"] = .map(CELMap(["accident_grade_3y": .string("none"), "cmmm_level": .int(3)]))
        b["indicators"] = .list([
            .map(CELMap(["id": "a", "score": .double(1.0), "tags": ["ai"]])),
            .map(CELMap(["id": "b", "score": .double(0.5), "tags": ["ai", "scenario"]])),
            .map(CELMap(["id": "c", "score": .double(0.75), "tags": []])),
        ])
        return b
    }

    @Test("rule expressions over assessment data", arguments: [
        ("total >= 60.0 && domain.production >= 50.0", CELValue.bool(false)),
        ("total >= 57.3", .bool(true)),
        ("profile.accident_grade_3y in ['none', 'general']", .bool(true)),
        ("profile.cmmm_level >= 3", .bool(true)),
        ("indicators.filter(i, 'ai' in i.tags && i.score >= 0.8).size()", .int(1)),
        ("indicators.exists_one(i, i.id == 'c')", .bool(true)),
        ("indicators.map(i, i.score).sum()", .double(2.25)),
        ("avg(indicators.map(i, i.score))", .double(0.75)),
        ("max(indicators.map(i, i.score))", .double(1.0)),
        ("min(1, 2u, -3.5)", .double(-3.5)),
        ("has(domain.rd) && !has(domain.service)", .bool(true)),
        ("score['rd_design'] * 100.0", .double(80.0)),
        ("indicators.map(i, i.score > 0.6, i.id)", .list(["a", "c"])),
    ])
    func rules(_ source: String, _ expected: CELValue) throws {
        let environment = rubricEnvironment()
        let program = try environment.compile(source)
        #expect(try program.evaluate(Self.bindings(environment)) == expected)
    }

    @Test("an evaluation error says what failed and where")
    func errorPositions() {
        let environment = rubricEnvironment()
        let bindings = Self.bindings(environment)
        let missing = evaluationError("total > 50.0 && domain.service > 50.0", environment: environment, bindings: bindings)
        #expect(missing?.0.problem == .noSuchKey("\"service\""))
        #expect(missing?.1.column == 24)
        #expect(missing?.0.message(.zh) == "没有键 \"service\"")

        let division = evaluationError("1 + (2 / 0)")
        #expect(division?.0.problem == .divisionByZero)
        #expect(division?.1.column == 8)
    }

    @Test("errors are values that && and || absorb, as CEL defines")
    func errorAbsorption() throws {
        let environment = rubricEnvironment()
        let bindings = Self.bindings(environment)
        let absorbed = try environment.compile("domain.service > 50.0 || total > 50.0").evaluate(bindings)
        #expect(absorbed == .bool(true))
        let notAbsorbed = evaluationError("domain.service > 50.0 || total > 90.0", environment: environment, bindings: bindings)
        #expect(notAbsorbed?.0.problem == .noSuchKey("\"service\""))
    }

    @Test("counting a filter gives what building the list and taking its size gives")
    func filterCount() throws {
        #expect(try evaluate("[1, 2, 3, 4].filter(x, x % 2 == 0).size()") == .int(2))
        #expect(try evaluate("size([1, 2, 3, 4].filter(x, x > 5))") == .int(0))
        #expect(try evaluate("[1, 2, 3, 4].filter(x, x % 2 == 0).size()") == (try evaluate("size(dyn([1, 2, 3, 4].filter(x, x % 2 == 0)))")))
        #expect(evaluationError("[1, 0].filter(x, 1 / x > 0).size()")?.0.problem == .divisionByZero)
    }

    @Test("an unbound variable is an error only when read")
    func unboundVariable() throws {
        let environment = rubricEnvironment()
        let bindings = environment.makeBindings()
        #expect(try environment.compile("true || total > 1.0").evaluate(bindings) == .bool(true))
        #expect(evaluationError("total > 1.0", environment: environment, bindings: bindings)?.0.problem == .unboundVariable("total"))
    }

    @Test("a program lists the values it reads, for explanations")
    func references() throws {
        let environment = rubricEnvironment()
        let program = try environment.compile("total >= 60.0 && domain.production >= 50.0 && score['rd_design'] > 0.5 && indicators.exists(i, i.score > total)")
        #expect(program.references.map(\.description) == ["total", "domain.production", "score.rd_design", "indicators"])
        let bindings = Self.bindings(environment)
        #expect(program.references.map { bindings.value(of: $0) }[1] == .double(48.5))
    }

    @Test("string() prints doubles as CEL implementations do", arguments: [
        (63.4, "63.4"), (60.0, "60"), (0.5, "0.5"), (-4.5e-3, "-0.0045"), (1e6, "1e+06"), (123456.0, "123456"),
        (1e-5, "1e-05"), (1.5e300, "1.5e+300"), (-0.0, "-0"),
    ])
    func doubleToString(_ value: Double, _ text: String) throws {
        #expect(CELValueFormatter.goStyle(value) == text)
    }

    @Test("aggregates: empty lists and mixed types")
    func aggregates() throws {
        #expect(try evaluate("sum([])") == .int(0))
        #expect(evaluationError("avg([])")?.0.problem == .emptyList(function: "avg"))
        #expect(evaluationError("dyn([1, 2.0]).sum()")?.0.problem == .noSuchOverload(function: "+", argumentTypes: ["int", "double"]))
        #expect(evaluationError("sum([9223372036854775807, 1])")?.0.problem == .overflow(operation: "+"))
    }

    @Test("strings compare by code point and equal by bytes, not by Unicode normalisation")
    func stringSemantics() throws {
        #expect(try evaluate("'e\\u0301' == '\\u00e9'") == .bool(false))
        #expect(try evaluate("'Z' < 'a' && 'a' < 'é' && 'é' < '山'") == .bool(true))
        #expect(try evaluate("size('山东省')") == .int(3))
    }

    @Test("one program evaluated on many threads gives the same results")
    func concurrentEvaluation() async throws {
        let environment = rubricEnvironment()
        let program = try environment.compile("indicators.filter(i, 'ai' in i.tags).map(i, i.id)")
        let bindings = Self.bindings(environment)
        let results = await withTaskGroup(of: CELValue?.self) { group in
            for _ in 0..<64 { group.addTask { try? program.evaluate(bindings) } }
            var all: [CELValue?] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == .list(["a", "b"]) })
    }
}

@Suite("Messages")
struct MessageTests {
    static let samples: [CELProblem] = [
        .unexpectedCharacter("'#'"), .unterminatedString, .newlineInString, .invalidEscape("\\q"),
        .invalidNumber("1e"), .integerLiteralOutOfRange("9223372036854775808"), .bytesNotSupported,
        .unexpectedToken(found: ")", expected: "]"), .unexpectedToken(found: ")", expected: nil),
        .reservedIdentifier("if"), .expressionTooLong(limit: 10), .nestingTooDeep(limit: 10),
        .messageConstructionNotSupported, .macroArguments(macro: "all"),
        .invalidRegex(pattern: "(", reason: CELWords.RegularExpressions.missingParenthesis),
        .undeclaredReference(name: "x", suggestion: nil), .unknownFunction(name: "f", suggestion: "g"),
        .wrongArgumentCount(function: "size", expected: "1", found: 2),
        .noMatchingOverload(function: "+", argumentTypes: ["int", "string"]),
        .mixedArithmetic(operator: "*", left: "double", right: "int"), .fieldSelectionUnsupported(type: "int"),
        .unsupportedMapKeyType("double"), .incomparableTypes(operator: "==", left: "int", right: "string"),
        .wrongResultType(expected: "bool", found: "int"), .divisionByZero, .moduloByZero,
        .overflow(operation: "+"), .noSuchKey("\"a\""), .indexOutOfRange(index: "3", size: 3),
        .invalidIndex(type: "string"), .noSuchOverload(function: "<", argumentTypes: ["list", "list"]),
        .repeatedKey("1"), .conversionOutOfRange(value: "-1", type: "uint"),
        .conversionFailed(value: "\"x\"", type: "int"), .unboundVariable("x"), .unboundFunction("f"),
        .iterationLimit(5), .emptyList(function: "avg"),
    ]

    @Test("every problem reads in Chinese and in English", arguments: samples)
    func bilingual(_ problem: CELProblem) {
        let zh = problem.message(.zh)
        let en = problem.message(.en)
        #expect(!zh.isEmpty && !en.isEmpty)
        #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "no Chinese in: \(zh)")
        #expect(!en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } || en.contains("\""), "Chinese in: \(en)")
    }
}
