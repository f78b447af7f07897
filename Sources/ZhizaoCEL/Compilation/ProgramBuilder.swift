/// Turns a parsed (and, in strict mode, checked) expression into the node tree that
/// evaluates it. Resolves names to slots, picks each function's implementation, folds
/// constant list and map literals, and compiles constant regular expressions — so the
/// per-evaluation work is only what depends on the data.
struct ProgramBuilder {
    let layout: VariableLayout
    private var scopes: [(name: String, slot: Int)] = []
    private(set) var localCount = 0

    init(layout: VariableLayout) {
        self.layout = layout
    }

    mutating func build(_ expr: Expr) -> Node {
        let offset = expr.offset
        switch expr.kind {
        case .literal(let value):
            return ConstantNode(value, offset: offset)
        case .identifier(let name):
            if let local = scopes.last(where: { $0.name == name }) {
                return LocalVariableNode(slot: local.slot, offset: offset)
            }
            if let slot = layout.slots[name] {
                return GlobalVariableNode(slot: slot, name: name, offset: offset)
            }
            return FailingNode(.unboundVariable(name), offset: offset)
        case .select(let operand, let field):
            switch build(operand) {
            case let local as LocalVariableNode:
                return LocalFieldNode(slot: local.slot, field: field, offset: offset)
            case let global as GlobalVariableNode:
                return GlobalFieldNode(slot: global.slot, name: global.name, field: field, offset: offset)
            case let other:
                return SelectNode(other, field: field, offset: offset)
            }
        case .presenceTest(let operand, let field):
            return PresenceTestNode(build(operand), field: field, offset: offset)
        case .index(let operand, let index):
            return IndexNode(build(operand), build(index), offset: offset)
        case .unary(let op, let operand):
            return UnaryNode(op, build(operand), offset: offset)
        case .binary(let op, let left, let right):
            let l = build(left)
            let r = build(right)
            switch op {
            case .add, .subtract, .multiply, .divide, .modulo: return ArithmeticNode(op, l, r, offset: offset)
            case .less, .lessEqual, .greater, .greaterEqual: return OrderingNode(op, l, r, offset: offset)
            case .equal: return EqualityNode(negated: false, l, r, offset: offset)
            case .notEqual: return EqualityNode(negated: true, l, r, offset: offset)
            case .in:
                if let constant = l as? ConstantNode { return ConstantInNode(constant.value, r, offset: offset) }
                return InNode(l, r, offset: offset)
            }
        case .logical(let op, let left, let right):
            return LogicalNode(op, build(left), build(right), offset: offset)
        case .conditional(let condition, let then, let otherwise):
            return ConditionalNode(build(condition), build(then), build(otherwise), offset: offset)
        case .call(let name, let target, let arguments):
            return buildCall(name, target: target, arguments: arguments, offset: offset)
        case .list(let elements):
            let nodes = elements.map { build($0) }
            let constants = nodes.compactMap { ($0 as? ConstantNode)?.value }
            if constants.count == nodes.count { return ConstantNode(.list(constants), offset: offset) }
            return ListNode(nodes, offset: offset)
        case .map(let entries):
            let node = MapNode(keys: entries.map { build($0.key) }, values: entries.map { build($0.value) }, offset: offset)
            return folded(node)
        case .comprehension(let macro, let range, let variable, let filter, let body):
            let rangeNode = build(range)
            // Nested comprehensions get distinct slots; siblings reuse them.
            let slot = scopes.count
            localCount = max(localCount, slot + 1)
            scopes.append((variable, slot))
            defer { scopes.removeLast() }
            let filterNode = filter.map { build($0) }
            let bodyNode = build(body)
            return ComprehensionNode(macro, range: rangeNode, slot: slot, filter: filterNode, body: bodyNode, offset: offset)
        }
    }

    private mutating func buildCall(_ name: String, target: Expr?, arguments: [Expr], offset: Int) -> Node {
        let nodes = (target.map { [$0] } ?? []) + arguments
        let argumentNodes = nodes.map { build($0) }
        guard let function = StandardFunctions.byName[name],
              target == nil ? function.global : function.receiver
        else {
            return FailingNode(.unboundFunction(name), offset: offset)
        }
        guard function.arity.contains(argumentNodes.count) else {
            return FailingNode(.wrongArgumentCount(function: name, expected: function.arityText, found: argumentNodes.count),
                               offset: offset)
        }
        if name == "size", let filter = argumentNodes[0] as? ComprehensionNode, filter.macro == .filter {
            return filter.counting()
        }
        if name == "matches", let pattern = argumentNodes[1] as? ConstantNode, case .string(let text) = pattern.value,
           let regex = try? RE2Regex(text) {
            return RegexMatchNode(argumentNodes[0], regex: regex, offset: offset)
        }
        switch function.implementation {
        case .unary(let f) where argumentNodes.count == 1:
            return UnaryCallNode(f, argumentNodes[0], offset: offset)
        case .binary(let f) where argumentNodes.count == 2:
            return BinaryCallNode(f, argumentNodes[0], argumentNodes[1], offset: offset)
        case .variadic(let f):
            return VariadicCallNode(f, argumentNodes, offset: offset)
        default:
            return FailingNode(.wrongArgumentCount(function: name, expected: function.arityText, found: argumentNodes.count),
                               offset: offset)
        }
    }

    /// A map literal of constants becomes a constant, unless building it fails (a repeated
    /// key): then the error is left for evaluation, where CEL reports it.
    private func folded(_ node: MapNode) -> Node {
        guard (node.keys + node.values).allSatisfy({ $0 is ConstantNode }) else { return node }
        var activation = Activation(globals: [], locals: [], maxIterations: 0)
        guard let value = try? node.evaluate(&activation) else { return node }
        return ConstantNode(value, offset: node.offset)
    }
}
