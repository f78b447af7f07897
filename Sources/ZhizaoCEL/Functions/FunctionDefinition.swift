/// One CEL function: how it may be called, what it accepts statically, what it does.
/// The checker and the evaluator read the same definition, so they cannot disagree.
struct FunctionDefinition: Sendable {
    enum Implementation: Sendable {
        case unary(@Sendable (CELValue) throws(CELProblem) -> CELValue)
        case binary(@Sendable (CELValue, CELValue) throws(CELProblem) -> CELValue)
        case variadic(@Sendable ([CELValue]) throws(CELProblem) -> CELValue)
    }

    let name: String
    /// `size(x)` style.
    let global: Bool
    /// `x.size()` style; the receiver is then the first argument.
    let receiver: Bool
    /// Allowed argument counts, the receiver included.
    let arity: ClosedRange<Int>
    /// Human-readable arity for messages ("1", "1 or more").
    let arityText: String
    /// The result type for the argument types, or nil when no overload matches.
    let resultType: @Sendable ([CELType]) -> CELType?
    let implementation: Implementation

    func call(_ arguments: [CELValue]) throws(CELProblem) -> CELValue {
        switch implementation {
        case .unary(let f): return try f(arguments[0])
        case .binary(let f): return try f(arguments[0], arguments[1])
        case .variadic(let f): return try f(arguments)
        }
    }
}
