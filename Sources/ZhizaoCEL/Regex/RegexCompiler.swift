/// Compiles a `RegexSyntaxTree` into a `RegexProgram` by Thompson's construction.
///
/// Counted repetitions are expanded into copies (`a{2,4}` becomes `aa(a(a)?)?`), so nesting them
/// multiplies the program size; the exact size is therefore computed and checked against
/// `RegexLimits.maxInstructions` before anything is emitted. The tree is walked with an explicit
/// task stack rather than recursion, so deep nesting cannot overflow the call stack.
struct RegexCompiler {
    static func compile(_ tree: RegexSyntaxTree) throws(RegexSyntaxError) -> RegexProgram {
        try checkSize(of: tree)
        var compiler = RegexCompiler()
        let start = try compiler.emitProgram(for: tree)
        return RegexProgram(
            instructions: compiler.instructions,
            sets: compiler.sets,
            start: start,
            isAnchoredAtStart: tree.isAnchoredAtStart
        )
    }

    /// Computes, children first, how many instructions each node compiles to, and throws at the
    /// first (innermost) node that would make the program too large.
    private static func checkSize(of tree: RegexSyntaxTree) throws(RegexSyntaxError) {
        // Instruction 0 (the reserved fail) and the final match.
        let fixedCost = 2
        var sizes = [Int](repeating: 0, count: tree.nodes.count)
        for index in tree.nodes.indices {
            let size: Int
            switch tree.nodes[index] {
            case .empty, .scalar, .set, .anyScalar, .anyScalarExceptNewline, .assertion:
                size = 1
            case .concatenation(let children):
                size = children.reduce(0) { $0 + sizes[$1] }
            case .alternation(let children):
                size = children.reduce(0) { $0 + sizes[$1] } + children.count - 1
            case .repetition(let child, let min, let max):
                let childSize = sizes[child]
                switch max {
                case nil: size = Swift.max(min, 1) * childSize + 1
                case 0?: size = 1
                case let max?: size = min * childSize + (max - min) * (childSize + 1)
                }
            }
            // Children are within the limit and counts are at most 1,000, so this cannot overflow.
            guard size + fixedCost <= RegexLimits.maxInstructions else {
                throw RegexSyntaxError(.patternTooLarge, at: tree.offsets[index])
            }
            sizes[index] = size
        }
    }

    /// How many copies of its operand a repetition compiles to.
    private static func copyCount(min: Int, max: Int?) -> Int {
        max ?? Swift.max(min, 1)
    }

    /// A compiled piece of the pattern: where it starts and which exits still need a target.
    private struct Fragment {
        let start: UInt32
        let exits: PatchList
    }

    /// The unconnected exits of a fragment, chained through the unfilled `next`/`argument` slots
    /// themselves (as in Go's regexp compiler), so joining two lists is O(1) however deeply they
    /// nest. A hole is encoded as `pc << 1 | slot`; 0 ends the chain, which is unambiguous
    /// because instruction 0 is the reserved fail and never has a hole.
    private struct PatchList {
        let head: UInt32
        let tail: UInt32
    }

    private enum CompileTask {
        /// Compile a node (for inner nodes: schedule its children, then `assemble`).
        case visit(Int)
        /// Combine the fragments of a node's children, which are on top of the fragment stack.
        case assemble(Int)
    }

    private var instructions = [RegexInstruction(opcode: .fail, next: 0, argument: 0)]
    private var sets: [RegexCharSet] = []
    /// Each set node is stored once even when a repetition compiles it many times.
    private var setIndexByNode: [Int: UInt32] = [:]

    private mutating func emitProgram(for tree: RegexSyntaxTree) throws(RegexSyntaxError) -> UInt32 {
        var tasks: [CompileTask] = [.visit(tree.root)]
        var fragments: [Fragment] = []
        while let task = tasks.popLast() {
            switch task {
            case .visit(let index):
                switch tree.nodes[index] {
                case .empty:
                    fragments.append(try leaf(.nop))
                case .scalar(let value):
                    fragments.append(try leaf(.scalar, argument: value))
                case .set(let set):
                    fragments.append(try setLeaf(set, node: index))
                case .anyScalar:
                    fragments.append(try leaf(.anyScalar))
                case .anyScalarExceptNewline:
                    fragments.append(try leaf(.anyScalarExceptNewline))
                case .assertion(let assertion):
                    fragments.append(try leaf(.assertion, argument: assertion.rawValue))
                case .concatenation(let children), .alternation(let children):
                    tasks.append(.assemble(index))
                    tasks.append(contentsOf: children.reversed().map(CompileTask.visit))
                case .repetition(let child, let min, let max):
                    let copies = Self.copyCount(min: min, max: max)
                    if copies == 0 {
                        fragments.append(try leaf(.nop))
                    } else {
                        tasks.append(.assemble(index))
                        tasks.append(contentsOf: repeatElement(CompileTask.visit(child), count: copies))
                    }
                }
            case .assemble(let index):
                let combined: Fragment
                switch tree.nodes[index] {
                case .concatenation(let children):
                    combined = concatenate(Array(fragments.suffix(children.count)))
                    fragments.removeLast(children.count)
                case .alternation(let children):
                    combined = try alternate(Array(fragments.suffix(children.count)))
                    fragments.removeLast(children.count)
                case .repetition(_, let min, let max):
                    let copies = Self.copyCount(min: min, max: max)
                    combined = try repeatFragments(Array(fragments.suffix(copies)), min: min, max: max)
                    fragments.removeLast(copies)
                default:
                    continue
                }
                fragments.append(combined)
            }
        }
        let root = fragments.removeLast()
        let match = try emit(.match)
        patch(root.exits, to: match)
        return root.start
    }

    // MARK: - Emitting

    private mutating func emit(
        _ opcode: RegexInstruction.Opcode, next: UInt32 = 0, argument: UInt32 = 0
    ) throws(RegexSyntaxError) -> UInt32 {
        // `checkSize` already guarantees this; the guard keeps a future mismatch an error, not a crash.
        guard instructions.count < RegexLimits.maxInstructions else {
            throw RegexSyntaxError(.patternTooLarge, at: 0)
        }
        instructions.append(RegexInstruction(opcode: opcode, next: next, argument: argument))
        return UInt32(instructions.count - 1)
    }

    /// An instruction whose only exit is `next`.
    private mutating func leaf(
        _ opcode: RegexInstruction.Opcode, argument: UInt32 = 0
    ) throws(RegexSyntaxError) -> Fragment {
        let pc = try emit(opcode, argument: argument)
        return Fragment(start: pc, exits: hole(pc, slot: 0))
    }

    private mutating func setLeaf(_ set: RegexCharSet, node: Int) throws(RegexSyntaxError) -> Fragment {
        // A class that excludes everything, like [^\x00-\x{10FFFF}], can never match.
        if set.isEmpty { return try leaf(.fail) }
        let setIndex: UInt32
        if let known = setIndexByNode[node] {
            setIndex = known
        } else {
            setIndex = UInt32(sets.count)
            sets.append(set)
            setIndexByNode[node] = setIndex
        }
        return try leaf(.set, argument: setIndex)
    }

    // MARK: - Patch lists

    private func hole(_ pc: UInt32, slot: UInt32) -> PatchList {
        let hole = pc << 1 | slot
        return PatchList(head: hole, tail: hole)
    }

    private mutating func patch(_ list: PatchList, to target: UInt32) {
        var hole = list.head
        while hole != 0 {
            let pc = Int(hole >> 1)
            if hole & 1 == 0 {
                hole = instructions[pc].next
                instructions[pc].next = target
            } else {
                hole = instructions[pc].argument
                instructions[pc].argument = target
            }
        }
    }

    private mutating func join(_ first: PatchList, _ second: PatchList) -> PatchList {
        if first.head == 0 { return second }
        if second.head == 0 { return first }
        let pc = Int(first.tail >> 1)
        if first.tail & 1 == 0 {
            instructions[pc].next = second.head
        } else {
            instructions[pc].argument = second.head
        }
        return PatchList(head: first.head, tail: second.tail)
    }

    // MARK: - Combining fragments

    private mutating func concatenate(_ parts: [Fragment]) -> Fragment {
        for (part, following) in zip(parts, parts.dropFirst()) {
            patch(part.exits, to: following.start)
        }
        return Fragment(start: parts[0].start, exits: parts[parts.count - 1].exits)
    }

    private mutating func alternate(_ parts: [Fragment]) throws(RegexSyntaxError) -> Fragment {
        var entry = parts[parts.count - 1].start
        var exits = parts[parts.count - 1].exits
        for part in parts.dropLast().reversed() {
            entry = try emit(.split, next: part.start, argument: entry)
            exits = join(part.exits, exits)
        }
        return Fragment(start: entry, exits: exits)
    }

    /// Combines the copies of a repetition's operand: the first `min` are required; then either
    /// a loop on the last copy (`{n,}`) or `max - min` nested optional copies (`{n,m}`).
    private mutating func repeatFragments(
        _ copies: [Fragment], min: Int, max: Int?
    ) throws(RegexSyntaxError) -> Fragment {
        guard let max else {
            let loopBody = copies[copies.count - 1]
            let loop = try emit(.split, next: loopBody.start)
            patch(loopBody.exits, to: loop)
            // x* enters at the loop test; x+ (and x{n,}) must go through the body once first.
            let looped = Fragment(start: min == 0 ? loop : loopBody.start, exits: hole(loop, slot: 1))
            return concatenate(Array(copies.dropLast()) + [looped])
        }
        // Build the optional tail from the innermost copy outwards: (x(x(x)?)?)?
        var optionalTail: Fragment?
        for copy in copies[min..<max].reversed() {
            let split = try emit(.split, next: copy.start)
            if let inner = optionalTail {
                patch(copy.exits, to: inner.start)
                optionalTail = Fragment(start: split, exits: join(hole(split, slot: 1), inner.exits))
            } else {
                optionalTail = Fragment(start: split, exits: join(hole(split, slot: 1), copy.exits))
            }
        }
        let parts = Array(copies[0..<min]) + (optionalTail.map { [$0] } ?? [])
        return concatenate(parts)
    }
}
