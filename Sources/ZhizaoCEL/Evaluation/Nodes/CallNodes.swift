/// A call of a standard function with one argument (the receiver counts as one).
final class UnaryCallNode: Node, @unchecked Sendable {
    let function: @Sendable (CELValue) throws(CELProblem) -> CELValue
    let argument: Node

    init(_ function: @escaping @Sendable (CELValue) throws(CELProblem) -> CELValue, _ argument: Node, offset: Int) {
        self.function = function
        self.argument = argument
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let value = try argument.evaluate(&a)
        do { return try function(value) } catch { throw self.error(error) }
    }
}

final class BinaryCallNode: Node, @unchecked Sendable {
    let function: @Sendable (CELValue, CELValue) throws(CELProblem) -> CELValue
    let first: Node
    let second: Node

    init(_ function: @escaping @Sendable (CELValue, CELValue) throws(CELProblem) -> CELValue,
         _ first: Node, _ second: Node, offset: Int) {
        self.function = function
        self.first = first
        self.second = second
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let x = try first.evaluate(&a)
        let y = try second.evaluate(&a)
        do { return try function(x, y) } catch { throw self.error(error) }
    }
}

final class VariadicCallNode: Node, @unchecked Sendable {
    let function: @Sendable ([CELValue]) throws(CELProblem) -> CELValue
    let arguments: [Node]

    init(_ function: @escaping @Sendable ([CELValue]) throws(CELProblem) -> CELValue, _ arguments: [Node], offset: Int) {
        self.function = function
        self.arguments = arguments
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        var values: [CELValue] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.evaluate(&a)) }
        do { return try function(values) } catch { throw self.error(error) }
    }
}

/// `text.matches('constant pattern')`: the pattern is compiled once, with the program.
final class RegexMatchNode: Node, @unchecked Sendable {
    let text: Node
    let regex: RE2Regex

    init(_ text: Node, regex: RE2Regex, offset: Int) {
        self.text = text
        self.regex = regex
        super.init(offset: offset)
    }

    override func evaluate(_ a: inout Activation) throws(CELEvalError) -> CELValue {
        let value = try text.evaluate(&a)
        guard case .string(let s) = value else {
            throw error(.noSuchOverload(function: "matches", argumentTypes: [value.typeName, "string"]))
        }
        return .bool(regex.matches(s))
    }
}
