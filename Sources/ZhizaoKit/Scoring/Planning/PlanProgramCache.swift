import Foundation
import ZhizaoCEL

/// Parts of a rubric's expressions compiled alone, once per rubric and shared by every
/// thread: the constant parts the planner evaluates per assessment, the per-indicator
/// predicates of counts, and small templates that apply one operator to known values.
final class PlanProgramCache: @unchecked Sendable {
    private let lock = NSLock()
    private var programs: [String: CELProgram?] = [:]
    private var syntaxes: [ObjectIdentifier: CELSyntax?] = [:]
    private var environments: [String: CELEnvironment] = [:]
    private let environment: CELEnvironment
    private var rows: [String: RowTruths] = [:]
    /// Per rubric position, the ladders from each choice (or yes/no) answer met so far.
    private var ladders: [Int: [(value: Answer.Value, ladder: PlanLadder?)]] = [:]

    init(environment: CELEnvironment) {
        self.environment = environment
    }

    /// `source` compiled with `locals` declared besides the rubric's variables (nil when it
    /// does not compile, which the planner reads as "unknown").
    func program(_ source: String, locals: [String]) -> CELProgram? {
        let key = locals.joined(separator: ",") + "|" + source
        lock.lock()
        if let known = programs[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let compiled = try? self.environment(locals: locals).compile(source)
        lock.lock()
        programs[key] = compiled
        lock.unlock()
        return compiled
    }

    /// The rubric's variables and `locals` (as `dyn`), checked only as CEL checks unchecked
    /// expressions: what `program(_:locals:)` compiles with and bindings are made from.
    func environment(locals: [String]) -> CELEnvironment {
        let key = locals.joined(separator: ",")
        lock.lock()
        defer { lock.unlock() }
        if let known = environments[key] { return known }
        var environment = self.environment
        for name in locals where !environment.variables.keys.contains(name) {
            environment.declare(name, as: .dyn)
        }
        environment.checking = .dynamic
        environments[key] = environment
        return environment
    }

    /// The truths of a row predicate (`key` names it with its locals) known so far: a
    /// predicate that reads only its row gives the same truth for the same answer in every
    /// assessment.
    func rowTruths(_ key: String) -> RowTruths? {
        lock.lock()
        defer { lock.unlock() }
        return rows[key]
    }

    func learnRowTruths(_ key: String, _ truths: RowTruths) {
        lock.lock()
        defer { lock.unlock() }
        if let known = rows[key] {
            var merged = known
            merged.merge(truths)
            rows[key] = merged
        } else {
            rows[key] = truths
        }
    }

    /// The ladder from an answer: the same for every assessment that gives it. Ladders from
    /// numbers are not kept (any value may turn up; the cache lives as long as the scorer).
    func ladder(position: Int, indicator: Indicator, answer: Answer?) -> PlanLadder? {
        guard let answer, answer.notApplicable == nil, let value = answer.value else { return nil }
        switch value {
        case .choice, .bool: break
        default: return PlanLadder(position: position, indicator: indicator, answer: answer)
        }
        lock.lock()
        if let known = ladders[position]?.first(where: { $0.value == value }) {
            lock.unlock()
            return known.ladder
        }
        lock.unlock()
        let ladder = PlanLadder(position: position, indicator: indicator, answer: answer)
        lock.lock()
        ladders[position, default: []].append((value, ladder))
        lock.unlock()
        return ladder
    }

    /// A rubric expression's parsed form, kept.
    func syntax(of program: CELProgram) -> CELSyntax? {
        let key = ObjectIdentifier(program)
        lock.lock()
        if let known = syntaxes[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let parsed = program.syntax
        lock.lock()
        syntaxes[key] = parsed
        lock.unlock()
        return parsed
    }
}
