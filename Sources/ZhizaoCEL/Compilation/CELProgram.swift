/// A compiled expression: checked once, evaluated many times, shareable across threads.
/// Evaluation walks a tree of nodes built at compile time; it never looks at source text.
public final class CELProgram: Sendable {
    public let source: String
    /// The static result type (`dyn` when only known at run time, or when unchecked).
    public let resultType: CELType
    /// The variables and fields the expression reads (`total`, `domain.production`), in the
    /// order they first appear: what an explanation shows next to a verdict.
    public let references: [CELReference]
    /// Comparisons with numbers that must hold whenever the expression is true.
    public let comparisons: [CELComparison]

    let root: Node
    let localCount: Int
    let layout: VariableLayout
    let lineMap: LineMap
    let maxIterations: Int

    init(source: String, resultType: CELType, root: Node, localCount: Int, references: [CELReference],
         comparisons: [CELComparison], layout: VariableLayout, lineMap: LineMap, maxIterations: Int) {
        self.source = source
        self.resultType = resultType
        self.root = root
        self.localCount = localCount
        self.references = references
        self.comparisons = comparisons
        self.layout = layout
        self.lineMap = lineMap
        self.maxIterations = maxIterations
    }

    /// Evaluates with the given bindings, which must come from the environment that
    /// compiled this program (or one that declares the same variables in the same order).
    public func evaluate(_ bindings: CELBindings) throws(CELEvalError) -> CELValue {
        // Same declarations in the same order mean the same slots.
        precondition(bindings.layout === layout || bindings.layout.names == layout.names,
                     "bindings were made by an environment with other variables")
        var activation = Activation(
            globals: bindings.values,
            locals: localCount == 0 ? [] : ContiguousArray(repeating: .null, count: localCount),
            maxIterations: maxIterations)
        return try root.evaluate(&activation)
    }

    /// Where in the source an evaluation error arose.
    public func location(of error: CELEvalError) -> SourceLocation {
        lineMap.location(of: error.offset)
    }
}
