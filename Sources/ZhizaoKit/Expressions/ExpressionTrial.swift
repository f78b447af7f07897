import ZhizaoCEL

/// What `zhizao expr` does: compile one expression against variables given as JSON,
/// evaluate it, and report the value with its type or every problem with its position.
/// Rubric authors use it to try a rule before putting it in a rubric.
public struct ExpressionTrial: Sendable {
    /// A `name=JSON` assignment from the command line.
    public struct Variable: Sendable {
        public let name: String
        public let value: CELValue

        /// Parses `name=JSON`; the error says what is wrong, in both languages.
        public static func parse(_ assignment: String) -> Result<Variable, InputError> {
            guard let equals = assignment.firstIndex(of: "=") else {
                return .failure(InputError(line: 1, column: 1, Words.Expressions.variableSyntax))
            }
            let name = String(assignment[..<equals])
            guard isIdentifier(name) else {
                return .failure(InputError(line: 1, column: 1, Words.Expressions.invalidVariableName(name)))
            }
            let json = String(assignment[assignment.index(after: equals)...])
            do {
                return .success(Variable(name: name, value: try YAMLValueReader.value(from: json)))
            } catch {
                return .failure(error)
            }
        }
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`, as CEL identifiers.
    static func isIdentifier(_ name: String) -> Bool {
        func letter(_ c: Unicode.Scalar) -> Bool { c == "_" || ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        guard let first = name.unicodeScalars.first, letter(first) else { return false }
        return name.unicodeScalars.allSatisfy { letter($0) || ("0"..."9").contains($0) }
    }

    public enum Outcome: Sendable {
        case value(CELValue, type: CELType)
        case compileErrors([CELDiagnostic])
        case evaluationError(CELEvalError, location: SourceLocation)
    }

    public let source: String
    public let variables: [Variable]
    public let checking: CELEnvironment.Checking

    public init(source: String, variables: [Variable], checking: CELEnvironment.Checking = .strict) {
        self.source = source
        self.variables = variables
        self.checking = checking
    }

    public func run() -> Outcome {
        var environment = CELEnvironment(checking: checking)
        for variable in variables { environment.declare(variable.name, as: variable.value.type) }
        let program: CELProgram
        do {
            program = try environment.compile(source)
        } catch {
            return .compileErrors(error.diagnostics)
        }
        var bindings = environment.makeBindings()
        for variable in variables { bindings[variable.name] = variable.value }
        do {
            let value = try program.evaluate(bindings)
            // The declared result type when the checker knows it, else the value's own.
            let type = program.resultType == .dyn ? value.type : program.resultType
            return .value(value, type: type)
        } catch {
            return .evaluationError(error, location: program.location(of: error))
        }
    }
}
