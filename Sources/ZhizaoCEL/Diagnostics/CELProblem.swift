/// Everything that can go wrong with an expression, at compile time or while evaluating.
///
/// Problems are data, not strings, so that callers can test for them and render them in
/// every language (`phrase`, `message(_:)`).
public enum CELProblem: Sendable, Hashable {
    // Lexing and parsing
    case unexpectedCharacter(String)
    case unterminatedString
    case newlineInString
    case invalidEscape(String)
    case invalidNumber(String)
    case integerLiteralOutOfRange(String)
    case bytesNotSupported
    case unexpectedToken(found: String, expected: String?)
    case reservedIdentifier(String)
    case expressionTooLong(limit: Int)
    case nestingTooDeep(limit: Int)
    case messageConstructionNotSupported
    case macroArguments(macro: String)
    /// `reason` is one of `CELWords.RegularExpressions`.
    case invalidRegex(pattern: String, reason: Phrase)

    // Static checking
    case undeclaredReference(name: String, suggestion: String?)
    case unknownFunction(name: String, suggestion: String?)
    case wrongArgumentCount(function: String, expected: String, found: Int)
    case noMatchingOverload(function: String, argumentTypes: [String])
    case mixedArithmetic(operator: String, left: String, right: String)
    case fieldSelectionUnsupported(type: String)
    case unsupportedMapKeyType(String)
    case incomparableTypes(operator: String, left: String, right: String)
    case wrongResultType(expected: String, found: String)

    // Evaluation
    case divisionByZero
    case moduloByZero
    case overflow(operation: String)
    case noSuchKey(String)
    case indexOutOfRange(index: String, size: Int)
    case invalidIndex(type: String)
    case noSuchOverload(function: String, argumentTypes: [String])
    case repeatedKey(String)
    case conversionOutOfRange(value: String, type: String)
    case conversionFailed(value: String, type: String)
    case unboundVariable(String)
    case unboundFunction(String)
    case iterationLimit(Int)
    case emptyList(function: String)
}
