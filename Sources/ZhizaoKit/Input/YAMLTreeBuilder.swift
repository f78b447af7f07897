/// Builds the node tree from parser events with an explicit stack, so nesting costs heap,
/// not call stack, and enforces the limits as each event arrives: a hostile input is
/// stopped at the first event that crosses a limit, before more work is done.
struct YAMLTreeBuilder {
    /// A node that an anchor names, with what one use of it costs.
    private struct Anchored {
        let node: YAMLNode
        /// Nodes it stands for when expanded, itself included.
        let size: Int
        /// Levels of sequences and mappings in it (0 for a scalar).
        let height: Int
    }

    /// A sequence or mapping whose end has not been seen yet. Its children wait on the
    /// builder's shared `children` stack (a mapping's as key, value, key, value, …), so each
    /// collection gets one array of exactly its size when it ends.
    private struct Frame {
        let isMapping: Bool
        let position: SourcePosition
        let tag: String?
        let anchor: String?
        let firstChild: Int
        var size = 1
        var height = 1
        /// Built only once a mapping has many keys; small ones are searched directly.
        var keyIndex: [String: SourcePosition]?
    }

    /// Up to this many keys a linear search beats hashing every key.
    private static let linearKeySearchLimit = 16

    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var children: [YAMLNode] = []
    /// Where each waiting child was written (for an alias, the alias, not its anchor).
    private var childPositions: [SourcePosition] = []
    private var anchors: [String: Anchored] = [:]
    private var nodeCount = 0
    private var aliasCount = 0
    private var documentCount = 0
    private(set) var root: YAMLNode?
    private(set) var documentStart: SourcePosition?

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func startDocument(at position: SourcePosition) throws(InputError) {
        documentCount += 1
        guard documentCount == 1 else { throw InputError(at: position, YAMLProblem.multipleDocuments.message) }
        documentStart = position
    }

    mutating func scalar(_ text: String, style: YAMLNode.ScalarStyle, tag: String?, anchor: String?,
                         at position: SourcePosition) throws(InputError) {
        if let problem = YAMLCoreTag.check(tag, scalar: text) { throw InputError(at: position, problem.message) }
        try countNodes(1, newNodes: true, at: position)
        let node = YAMLNode(.scalar(text, style), position, tag: tag)
        if let anchor { anchors[anchor] = Anchored(node: node, size: 1, height: 0) }
        try attach(node, size: 1, height: 0, at: position)
    }

    mutating func startCollection(isMapping: Bool, tag: String?, anchor: String?,
                                  at position: SourcePosition) throws(InputError) {
        // Refused here rather than at its end, before any of its content is read.
        if expectsKey {
            throw InputError(at: position, YAMLProblem.nonScalarKey.message)
        }
        if let problem = YAMLCoreTag.check(tag, isMapping: isMapping) { throw InputError(at: position, problem.message) }
        guard stack.count < limits.maxDepth else {
            throw InputError(at: position, YAMLProblem.tooDeep(limit: limits.maxDepth).message)
        }
        try countNodes(1, newNodes: true, at: position)
        stack.append(Frame(isMapping: isMapping, position: position, tag: tag, anchor: anchor, firstChild: children.count))
    }

    mutating func endCollection() throws(InputError) {
        guard let frame = stack.popLast() else { return }
        let kind: YAMLNode.Kind
        if frame.isMapping {
            var pairs: [YAMLPair] = []
            pairs.reserveCapacity((children.count - frame.firstChild) / 2)
            for index in stride(from: frame.firstChild, to: children.count - 1, by: 2) {
                pairs.append(YAMLPair(key: children[index], value: children[index + 1]))
            }
            kind = .mapping(pairs)
        } else {
            kind = .sequence(Array(children[frame.firstChild...]))
        }
        children.removeSubrange(frame.firstChild...)
        childPositions.removeSubrange(frame.firstChild...)
        let node = YAMLNode(kind, frame.position, tag: frame.tag)
        if let anchor = frame.anchor {
            anchors[anchor] = Anchored(node: node, size: frame.size, height: frame.height)
        }
        try attach(node, size: frame.size, height: frame.height, at: frame.position)
    }

    mutating func alias(_ name: String, at position: SourcePosition) throws(InputError) {
        aliasCount += 1
        guard aliasCount <= limits.maxAliases else {
            throw InputError(at: position, YAMLProblem.tooManyAliases(limit: limits.maxAliases).message)
        }
        // An anchor on a collection still open is not yet defined: using it would make a cycle.
        if stack.contains(where: { $0.anchor == name }) {
            throw InputError(at: position, YAMLProblem.recursiveAlias(name).message)
        }
        guard let anchored = anchors[name] else {
            throw InputError(at: position, YAMLProblem.undefinedAlias(name).message)
        }
        if anchored.height > 0, expectsKey {
            throw InputError(at: position, YAMLProblem.nonScalarKey.message)
        }
        // Charged at full size on every use: this is what stops an alias bomb.
        try countNodes(anchored.size, newNodes: false, at: position)
        guard stack.count + anchored.height <= limits.maxDepth else {
            throw InputError(at: position, YAMLProblem.aliasTooDeep(limit: limits.maxDepth).message)
        }
        try attach(anchored.node, size: anchored.size, height: anchored.height, at: position)
    }

    private mutating func countNodes(_ count: Int, newNodes: Bool, at position: SourcePosition) throws(InputError) {
        // Every size added anywhere is at most `nodeCount`, so only this sum can overflow
        // (with a limit near Int.max); an overflow is simply over the limit.
        let (total, overflow) = nodeCount.addingReportingOverflow(count)
        guard !overflow, total <= limits.maxNodes else {
            let problem: YAMLProblem = newNodes
                ? .tooManyNodes(limit: limits.maxNodes) : .aliasesExpandTooMuch(limit: limits.maxNodes)
            throw InputError(at: position, problem.message)
        }
        nodeCount = total
    }

    /// Whether the next node completed is a key of the innermost open mapping.
    private var expectsKey: Bool {
        let top = stack.count - 1
        return top >= 0 && stack[top].isMapping && (children.count - stack[top].firstChild) % 2 == 0
    }

    /// Adds a finished node to the open collection, or makes it the root.
    private mutating func attach(_ node: YAMLNode, size: Int, height: Int,
                                 at position: SourcePosition) throws(InputError) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if expectsKey {
            guard case .scalar(let text, _) = node.kind else {
                throw InputError(at: position, YAMLProblem.nonScalarKey.message)
            }
            try checkUnique(text, at: position)
        }
        stack[top].size += size
        stack[top].height = max(stack[top].height, height + 1)
        children.append(node)
        childPositions.append(position)
    }

    /// Keys compare by text alone: `1` and `"1"` are duplicates, which is simpler to
    /// explain than YAML's typed equality and refuses nothing a user means.
    private mutating func checkUnique(_ key: String, at position: SourcePosition) throws(InputError) {
        let top = stack.count - 1
        let keys = stride(from: stack[top].firstChild, to: children.count, by: 2)
        var first: SourcePosition?
        if stack[top].keyIndex != nil {
            first = stack[top].keyIndex?.updateValue(position, forKey: key)
        } else {
            for index in keys {
                if case .scalar(let text, _) = children[index].kind, text == key {
                    first = childPositions[index]
                    break
                }
            }
            if first == nil, (children.count - stack[top].firstChild) / 2 >= Self.linearKeySearchLimit {
                var keyIndex: [String: SourcePosition] = [key: position]
                for index in keys {
                    if case .scalar(let text, _) = children[index].kind { keyIndex[text] = childPositions[index] }
                }
                stack[top].keyIndex = keyIndex
            }
        }
        if let first {
            throw InputError(at: position, YAMLProblem.duplicateKey(key, first: first, at: position).message)
        }
    }
}
