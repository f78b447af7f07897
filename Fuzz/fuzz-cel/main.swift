import FuzzSupport
import ZhizaoCEL
import ZhizaoKit

// Expression text parsed and type-checked in the environment the Shandong rubric's own
// expressions were compiled in (its variables: total, domain, score, answer, indicators,
// profile, enterprise, metric, tier), then — when it compiles — evaluated against values
// shaped like an assessment's, and its problems or its value put into words.

enum CELExpressionTarget {
    static let rubric: Rubric = {
        guard case .rubric(let rubric, _) = RubricCatalog().resolve(ShippedRubrics.defaultID, origin: "fuzz-cel") else {
            fatalError("the shipped rubric \(ShippedRubrics.defaultID) does not load")
        }
        return rubric
    }()
    static let environment = rubric.expressionEnvironment
    static let bindings = ExampleBindings.make(for: rubric, in: environment)

    static func run(_ bytes: [UInt8]) {
        let source = String(decoding: bytes, as: UTF8.self)
        let program: CELProgram
        do {
            program = try environment.compile(source)
        } catch {
            for diagnostic in error.diagnostics { _ = diagnostic.problem.phrase.text(.zh) }
            return
        }
        do {
            _ = CELValueFormatter.literal(try program.evaluate(bindings))
        } catch {
            _ = error.message(.zh)
            _ = program.location(of: error)
        }
    }
}

/// Values for every variable of a rubric, as an assessment in the middle of the range gives
/// them: every domain at 62.5, every indicator half met and answered by its kind, every
/// profile fact and metric set, the lowest tier achieved.
enum ExampleBindings {
    static func make(for rubric: Rubric, in environment: CELEnvironment) -> CELBindings {
        var bindings = environment.makeBindings()
        func map(_ pairs: [(String, CELValue)]) -> CELValue {
            .map((try? CELMap.make(pairs.map { (CELMapKey.string($0.0), $0.1) }).get()) ?? .empty)
        }
        let answers: [(String, CELValue)] = rubric.indicators.map { indicator in
            switch indicator.kind {
            case .choice: return (indicator.id, .string(indicator.choices.first?.id ?? "none"))
            case .multi: return (indicator.id, .list(indicator.choices.prefix(2).map { .string($0.id) }))
            case .bool: return (indicator.id, .bool(true))
            case .number, .percent: return (indicator.id, .double(55))
            }
        }
        bindings["total"] = .double(62.5)
        bindings["domain"] = map(rubric.domains.map { ($0.id, .double(62.5)) })
        bindings["score"] = map(rubric.indicators.map { ($0.id, .double(0.5)) })
        bindings["answer"] = map(answers)
        bindings["indicators"] = .list(rubric.indicators.map { indicator in
            map([("id", .string(indicator.id)), ("domain", .string(indicator.domain)), ("score", .double(0.5))])
        })
        bindings["profile"] = map(rubric.profile.map { fact in
            switch fact.kind {
            case .bool: return (fact.id, .bool(true))
            case .choice: return (fact.id, .string(fact.choices.first?.id ?? "none"))
            case .int: return (fact.id, .int(3))
            case .number: return (fact.id, .double(3.5))
            case .string: return (fact.id, .string("潍坊"))
            }
        })
        bindings["enterprise"] = map([("name", .string("潍坊某某动力股份有限公司")), ("credit_code", .string("91370700MA3C8K2L67")),
                                      ("city", .string("潍坊")), ("industry", .string("装备制造"))])
        bindings["metric"] = map(rubric.metrics.map { ($0.id, .double(1.5)) })
        bindings["tier"] = map(rubric.tiers.enumerated().map { index, tier in (tier.id, .bool(index == 0)) })
        return bindings
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    CELExpressionTarget.run(LibFuzzer.bytes(data, size))
    return 0
}

LibFuzzer.run(testOneInput)
