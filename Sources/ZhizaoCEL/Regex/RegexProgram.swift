/// One instruction of a compiled pattern: a state of the Thompson NFA.
struct RegexInstruction: Sendable {
    enum Opcode: UInt8, Sendable {
        /// Dead end; also the reserved instruction 0, so that 0 can mean "no link" while compiling.
        case fail
        case match
        /// Consumes `argument` (a scalar value).
        case scalar
        /// Consumes a scalar in `sets[argument]`.
        case set
        case anyScalar
        case anyScalarExceptNewline
        /// Continues at both `next` and `argument`.
        case split
        /// Continues at `next` if `RegexAssertion(rawValue: argument)` holds here.
        case assertion
        /// Continues at `next`; stands for the empty pattern.
        case nop
    }

    var opcode: Opcode
    var next: UInt32
    var argument: UInt32
}

/// A compiled pattern, immutable and shared by every thread that matches with it.
struct RegexProgram: Sendable {
    let instructions: [RegexInstruction]
    /// The character classes, referred to by index so instructions stay small.
    let sets: [RegexCharSet]
    let start: UInt32
    /// Every match begins at offset 0, so matching can give up as soon as all threads die.
    let isAnchoredAtStart: Bool
}
