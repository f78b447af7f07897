import Testing
@testable import ZhizaoCEL

/// Hostile expressions get an error, never a crash, a stack overflow or unbounded work.
@Suite("Limits on hostile input")
struct LimitTests {
    /// Deeply nested inputs, named so a failure does not print 60 KB of brackets.
    static func nested(_ kind: String) -> String {
        let n = 10_000
        switch kind {
        case "parentheses": return String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n)
        case "lists": return String(repeating: "[", count: n) + String(repeating: "]", count: n)
        case "maps": return String(repeating: "{1: ", count: n) + "1" + String(repeating: "}", count: n)
        case "calls": return String(repeating: "size(", count: n) + "''" + String(repeating: ")", count: n)
        case "conditionals": return String(repeating: "true ? 1 : ", count: 5_000) + "0"
        default: return String(repeating: "(", count: n)  // unbalanced
        }
    }

    @Test("10,000 nested parentheses, brackets, calls or conditionals are refused",
          arguments: ["parentheses", "lists", "maps", "calls", "conditionals", "unbalanced"])
    func deepNesting(_ kind: String) {
        let diagnostics = compileErrors(Self.nested(kind), in: CELEnvironment(checking: .dynamic))
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.problem == .nestingTooDeep(limit: CELLimits().maxNesting))
    }

    @Test("a 1 MB expression is refused before it is parsed")
    func hugeExpression() {
        let source = String(repeating: "1 + ", count: 262_144) + "1"
        let diagnostics = compileErrors(source)
        #expect(diagnostics.map(\.problem) == [.expressionTooLong(limit: 65_536)])
    }

    @Test("a long chain of additions is refused as too deep; a long || chain is balanced and runs")
    func longChains() throws {
        let additions = Array(repeating: "1", count: 5_000).joined(separator: " + ")
        #expect(compileErrors(additions).map(\.problem) == [.nestingTooDeep(limit: CELLimits().maxHeight)])

        let disjunction = Array(repeating: "false", count: 5_000).joined(separator: " || ") + " || true"
        #expect(try evaluate(disjunction) == .bool(true))
    }

    @Test("comprehensions stop at the iteration budget, and no || absorbs it")
    func iterationBudget() throws {
        var limits = CELLimits()
        limits.maxIterations = 1_000
        let environment = CELEnvironment(limits: limits)
        let list = "[" + (0..<100).map(String.init).joined(separator: ",") + "]"
        let nested = "\(list).all(x, \(list).all(y, x + y >= 0))"
        let program = try environment.compile(nested + " || true")
        #expect(throws: CELEvalError.self) { try program.evaluate(environment.makeBindings()) }
        do {
            _ = try program.evaluate(environment.makeBindings())
        } catch {
            #expect(error.problem == .iterationLimit(1_000))
        }
        // Within the budget the same expression evaluates.
        #expect(try CELEnvironment().compile(nested).evaluate(CELEnvironment().makeBindings()) == .bool(true))
    }

    @Test("arbitrary text never crashes the compiler or the evaluator")
    func fuzz() {
        var generator = SplitMix64(seed: 2026)
        let alphabet = Array("()[]{}.,:?!<>=&|+-*/%'\"`\\ \n\tabcxyz_019eu.rRbB山东\u{0}\u{7F}") + ["in", "has", "all", "'''", "\"\"\""].flatMap { Array($0) }
        var compiled = 0
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 40)
            let source = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
            let environment = CELEnvironment(checking: .dynamic)
            if let program = try? environment.compile(source) {
                compiled += 1
                _ = try? program.evaluate(environment.makeBindings())
            }
        }
        #expect(compiled > 0, "the generator should also produce some valid expressions")
    }
}

/// A small deterministic generator, so fuzz runs are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
