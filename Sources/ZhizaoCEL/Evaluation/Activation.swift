/// The state of one evaluation: the bound variables, the comprehension variables in scope
/// and the iteration budget. Lives on the stack of `CELProgram.evaluate`, so an evaluation
/// without comprehensions allocates nothing.
struct Activation {
    let globals: ContiguousArray<CELValue?>
    var locals: ContiguousArray<CELValue>
    var iterations = 0
    let maxIterations: Int
}
