/// Decides whether a program matches anywhere in a text by running every NFA thread in lock
/// step over the text's Unicode scalars (Thompson's simulation; a Pike VM without captures,
/// since the answer is only yes or no).
///
/// Each scalar is read once and each instruction is entered at most once per text position, so
/// a match costs O(text length × program size) time and O(program size) memory, with no
/// backtracking and no recursion: untrusted text cannot make it slow, deep or large.
struct PikeVM {
    let program: RegexProgram

    func matches(_ text: String) -> Bool {
        var run = PikeVMRun(program: program)
        return run.search(text.unicodeScalars)
    }
}

/// The mutable state of one match; created per call so the program itself stays immutable and
/// can be shared between threads.
private struct PikeVMRun {
    /// Stands for "no scalar" before the start and after the end of the text.
    private static let noScalar = UInt32.max
    private static let newline: UInt32 = 0x0A

    private let instructions: [RegexInstruction]
    private let sets: [RegexCharSet]
    private let start: UInt32
    private let isAnchoredAtStart: Bool
    /// Threads waiting to consume the current scalar: always consuming instructions.
    private var current: [UInt32] = []
    /// Threads for the next position, being built.
    private var next: [UInt32] = []
    /// `marks[pc] == generation` when `pc` was already entered at this position; this is what
    /// keeps the work per position bounded by the program size (and ends empty loops like `(a*)*`).
    private var marks: [Int]
    private var generation = 0
    /// Explicit stack for following split/assertion/nop links without recursion.
    private var stack: [UInt32] = []

    init(program: RegexProgram) {
        instructions = program.instructions
        sets = program.sets
        start = program.start
        isAnchoredAtStart = program.isAnchoredAtStart
        marks = [Int](repeating: -1, count: program.instructions.count)
        current.reserveCapacity(program.instructions.count)
        next.reserveCapacity(program.instructions.count)
        stack.reserveCapacity(program.instructions.count)
    }

    mutating func search(_ text: String.UnicodeScalarView) -> Bool {
        var iterator = text.makeIterator()
        var following = iterator.next()?.value ?? Self.noScalar
        // Position 0: start a thread before the first scalar.
        if addThread(start, previous: Self.noScalar, following: following) { return true }
        while following != Self.noScalar {
            swap(&current, &next)
            next.removeAll(keepingCapacity: true)
            let consumed = following
            following = iterator.next()?.value ?? Self.noScalar
            generation += 1
            for pc in current where consumes(instructions[Int(pc)], consumed) {
                if addThread(instructions[Int(pc)].next, previous: consumed, following: following) {
                    return true
                }
            }
            // Partial-match semantics: a match may also start at this position.
            if !isAnchoredAtStart {
                if addThread(start, previous: consumed, following: following) { return true }
            } else if next.isEmpty {
                return false
            }
        }
        return false
    }

    private func consumes(_ instruction: RegexInstruction, _ scalar: UInt32) -> Bool {
        switch instruction.opcode {
        case .scalar: instruction.argument == scalar
        case .set: sets[Int(instruction.argument)].contains(scalar)
        case .anyScalar: true
        case .anyScalarExceptNewline: scalar != Self.newline
        case .fail, .match, .split, .assertion, .nop: false
        }
    }

    /// Adds `pc`, and everything reachable from it without consuming a scalar, to `next`.
    /// Returns true as soon as a match instruction is reachable.
    private mutating func addThread(_ pc: UInt32, previous: UInt32, following: UInt32) -> Bool {
        stack.append(pc)
        while let pc = stack.popLast() {
            let index = Int(pc)
            guard marks[index] != generation else { continue }
            marks[index] = generation
            let instruction = instructions[index]
            switch instruction.opcode {
            case .match:
                stack.removeAll(keepingCapacity: true)
                return true
            case .fail:
                continue
            case .nop:
                stack.append(instruction.next)
            case .split:
                stack.append(instruction.argument)
                stack.append(instruction.next)
            case .assertion:
                if holds(instruction.argument, previous: previous, following: following) {
                    stack.append(instruction.next)
                }
            case .scalar, .set, .anyScalar, .anyScalarExceptNewline:
                next.append(pc)
            }
        }
        return false
    }

    private func holds(_ rawAssertion: UInt32, previous: UInt32, following: UInt32) -> Bool {
        switch RegexAssertion(rawValue: rawAssertion) {
        case .beginText: previous == Self.noScalar
        case .endText: following == Self.noScalar
        case .beginLine: previous == Self.noScalar || previous == Self.newline
        case .endLine: following == Self.noScalar || following == Self.newline
        case .wordBoundary: isWord(previous) != isWord(following)
        case .notWordBoundary: isWord(previous) == isWord(following)
        case nil: false
        }
    }

    private func isWord(_ scalar: UInt32) -> Bool {
        scalar != Self.noScalar && RegexASCIIClasses.isWordScalar(scalar)
    }
}
