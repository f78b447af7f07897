extension CELProblem {
    /// The problem as a sentence for a person, in every language (from `CELWords`).
    public var phrase: Phrase {
        switch self {
        case .unexpectedCharacter(let c): return CELWords.Syntax.unexpectedCharacter(c)
        case .unterminatedString: return CELWords.Syntax.unterminatedString
        case .newlineInString: return CELWords.Syntax.newlineInString
        case .invalidEscape(let e): return CELWords.Syntax.invalidEscape(e)
        case .invalidNumber(let n): return CELWords.Syntax.invalidNumber(n)
        case .integerLiteralOutOfRange(let n): return CELWords.Syntax.integerLiteralOutOfRange(n)
        case .bytesNotSupported: return CELWords.Syntax.bytesNotSupported
        case .unexpectedToken(let found, let expected?): return CELWords.Syntax.unexpectedToken(found, expected: expected)
        case .unexpectedToken(let found, nil): return CELWords.Syntax.unexpectedToken(found)
        case .reservedIdentifier(let name): return CELWords.Syntax.reservedIdentifier(name)
        case .expressionTooLong(let limit): return CELWords.Syntax.expressionTooLong(limit: limit)
        case .nestingTooDeep(let limit): return CELWords.Syntax.nestingTooDeep(limit: limit)
        case .messageConstructionNotSupported: return CELWords.Syntax.messageConstructionNotSupported
        case .macroArguments(let macro): return CELWords.Syntax.macroArguments(macro)
        case .invalidRegex(let pattern, let reason): return CELWords.Syntax.invalidRegex(pattern, reason: reason)
        case .undeclaredReference(let name, let suggestion): return CELWords.Checking.undeclaredReference(name, suggestion: suggestion)
        case .unknownFunction(let name, let suggestion): return CELWords.Checking.unknownFunction(name, suggestion: suggestion)
        case .wrongArgumentCount(let function, let expected, let found):
            return CELWords.Checking.wrongArgumentCount(function, expected: expected, found: found)
        case .noMatchingOverload(let function, let types): return CELWords.Checking.noMatchingOverload(function, argumentTypes: types)
        case .mixedArithmetic(let op, let left, let right): return CELWords.Checking.mixedArithmetic(op, left: left, right: right)
        case .fieldSelectionUnsupported(let type): return CELWords.Checking.fieldSelectionUnsupported(type)
        case .unsupportedMapKeyType(let type): return CELWords.Checking.unsupportedMapKeyType(type)
        case .incomparableTypes(let op, let left, let right): return CELWords.Checking.incomparableTypes(op, left: left, right: right)
        case .wrongResultType(let expected, let found): return CELWords.Checking.wrongResultType(expected: expected, found: found)
        case .divisionByZero: return CELWords.Evaluation.divisionByZero
        case .moduloByZero: return CELWords.Evaluation.moduloByZero
        case .overflow(let operation): return CELWords.Evaluation.overflow(operation)
        case .noSuchKey(let key): return CELWords.Evaluation.noSuchKey(key)
        case .indexOutOfRange(let index, let size): return CELWords.Evaluation.indexOutOfRange(index, size: size)
        case .invalidIndex(let type): return CELWords.Evaluation.invalidIndex(type)
        case .noSuchOverload(let function, let types): return CELWords.Evaluation.noSuchOverload(function, argumentTypes: types)
        case .repeatedKey(let key): return CELWords.Evaluation.repeatedKey(key)
        case .conversionOutOfRange(let value, let type): return CELWords.Evaluation.conversionOutOfRange(value, type: type)
        case .conversionFailed(let value, let type): return CELWords.Evaluation.conversionFailed(value, type: type)
        case .unboundVariable(let name): return CELWords.Evaluation.unboundVariable(name)
        case .unboundFunction(let name): return CELWords.Evaluation.unboundFunction(name)
        case .iterationLimit(let limit): return CELWords.Evaluation.iterationLimit(limit)
        case .emptyList(let function): return CELWords.Evaluation.emptyList(function)
        }
    }

    /// The problem in one language.
    public func message(_ language: Language) -> String { phrase.text(language) }
}
