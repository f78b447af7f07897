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
    private var rows: [String: [RowKey: Truth]] = [:]

    /// One indicator row as a count's predicate reads it: its position and its answer.
    struct RowKey: Hashable {
        let position: Int
        let value: Answer.Value?
        let notApplicable: Bool
    }

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
    func rowTruths(_ key: String) -> [RowKey: Truth] {
        lock.lock()
        defer { lock.unlock() }
        return rows[key] ?? [:]
    }

    func learnRowTruths(_ key: String, _ truths: [RowKey: Truth]) {
        lock.lock()
        defer { lock.unlock() }
        rows[key, default: [:]].merge(truths) { old, _ in old }
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
