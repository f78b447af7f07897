import OrderedCollections

/// The variables expressions may read, with their types, and the rules for compiling.
///
/// Compile each expression once with `compile(_:)`; evaluate the resulting program as often
/// as needed with bindings from `makeBindings()` of the same environment.
public struct CELEnvironment: Sendable {
    public enum Checking: Sendable {
        /// Unknown names and functions, and wrong argument types, are compile errors.
        case strict
        /// No static checking: such problems surface as evaluation errors, as CEL defines
        /// for unchecked expressions (`x || true` is `true` even when `x` is unknown).
        case dynamic
    }

    public private(set) var variables: OrderedDictionary<String, CELType> = [:]
    public var limits: CELLimits
    public var checking: Checking
    /// Shared by the programs and bindings made from this declaration set, so that a program
    /// is never evaluated against bindings laid out for other variables.
    private(set) var layout = VariableLayout(names: [])

    public init(variables: KeyValuePairs<String, CELType> = [:], limits: CELLimits = CELLimits(),
                checking: Checking = .strict) {
        self.limits = limits
        self.checking = checking
        for (name, type) in variables { declare(name, as: type) }
    }

    /// Declares (or re-types) a variable.
    public mutating func declare(_ name: String, as type: CELType) {
        variables[name] = type
        layout = VariableLayout(names: Array(variables.keys))
    }

    public func makeBindings() -> CELBindings {
        CELBindings(layout: layout)
    }

    /// Parses, checks and compiles an expression.
    /// - Parameter expecting: when given, a result type that cannot be it (say, a rule that
    ///   yields a number where a bool is needed) is a compile error; `dyn` is accepted.
    public func compile(_ source: String, expecting: CELType? = nil) throws(CELCompileError) -> CELProgram {
        if source.utf8.count > limits.maxSourceBytes {
            throw CELCompileError(diagnostics: [
                CELDiagnostic(.expressionTooLong(limit: limits.maxSourceBytes), at: SourceLocation(offset: 0, line: 1, column: 1)),
            ])
        }
        let scalars = Array(source.unicodeScalars)
        let lineMap = LineMap(scalars)
        let expr: Expr
        do {
            expr = try Parser.parse(scalars, limits: limits)
        } catch {
            throw CELCompileError(diagnostics: [CELDiagnostic(error.problem, at: lineMap.location(of: error.offset))])
        }
        var resultType = CELType.dyn
        if checking == .strict {
            var checker = Checker(environment: self, lineMap: lineMap)
            resultType = checker.check(expr)
            var diagnostics = checker.diagnostics
            if let expecting, resultType != .dyn, resultType != expecting {
                diagnostics.append(CELDiagnostic(.wrongResultType(expected: expecting.description, found: resultType.description),
                                                 at: lineMap.location(of: 0)))
            }
            if !diagnostics.isEmpty { throw CELCompileError(diagnostics: diagnostics) }
        }
        var builder = ProgramBuilder(layout: layout)
        let root = builder.build(expr)
        let references = ReferenceCollector.references(in: expr, globals: layout, lineMap: lineMap)
        return CELProgram(
            source: source, resultType: resultType, root: root, localCount: builder.localCount,
            references: references, comparisons: CELComparison.collect(expr, references: references, globals: layout),
            layout: layout, lineMap: lineMap, maxIterations: limits.maxIterations)
    }
}

/// Which variable lives in which slot.
final class VariableLayout: Sendable {
    let names: [String]
    let slots: [String: Int]

    init(names: [String]) {
        self.names = names
        self.slots = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}
