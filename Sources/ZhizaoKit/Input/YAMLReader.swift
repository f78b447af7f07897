/// Reads rubrics, assessments and `--var` values, which come from untrusted people: the
/// reader never crashes, never recurses per nesting level, stops at configurable limits,
/// and reports every problem with its line, column and a message in Chinese and English.
public enum YAMLReader {
    /// Reads one YAML (or JSON) document that must be a mapping. With `syntax: .json` the
    /// text must be strict JSON first (`StrictJSONScanner`).
    public static func readDocument(_ data: [UInt8], limits: YAMLLimits = YAMLLimits(),
                                    syntax: InputSyntax = .yaml) throws(InputError) -> YAMLNode {
        let (root, documentStart) = try read(data, limits: limits, syntax: syntax)
        switch root.kind {
        case .mapping:
            return root
        case .scalar(let text, let style):
            // `---` with nothing after it parses as an empty plain scalar, placed after any
            // comments that follow; the `---` is the better place to point at.
            if text.isEmpty && style == .plain && root.tag == nil {
                throw InputError(at: documentStart, YAMLProblem.emptyDocument.message)
            }
            throw InputError(at: root.position, YAMLProblem.rootNotMapping(.scalar).message)
        case .sequence:
            throw InputError(at: root.position, YAMLProblem.rootNotMapping(.sequence).message)
        }
    }

    public static func readDocument(_ text: String, limits: YAMLLimits = YAMLLimits(),
                                    syntax: InputSyntax = .yaml) throws(InputError) -> YAMLNode {
        try readDocument(Array(text.utf8), limits: limits, syntax: syntax)
    }

    /// Same, but any node kind is allowed at the root (used for `--var name=JSON` values).
    public static func readValue(_ text: String, limits: YAMLLimits = YAMLLimits()) throws(InputError) -> YAMLNode {
        try read(Array(text.utf8), limits: limits, syntax: .yaml).root
    }

    private static func read(_ data: [UInt8], limits: YAMLLimits,
                             syntax: InputSyntax) throws(InputError) -> (root: YAMLNode, documentStart: SourcePosition) {
        let text = try YAMLSourceDecoder.utf8(from: data, limits: limits)
        var builder = YAMLTreeBuilder(limits: limits)
        try text.withUnsafeBufferPointer { buffer throws(InputError) in
            if syntax == .json { try StrictJSONScanner.check(buffer, maxDepth: limits.maxDepth) }
            try YAMLEventParser.parse(buffer, into: &builder)
        }
        guard let root = builder.root, let documentStart = builder.documentStart else {
            let problem: YAMLProblem = text.first(where: { !isBlank($0) }) == UInt8(ascii: "#") ? .onlyComments : .empty
            throw InputError(line: 1, column: 1, problem.message)
        }
        return (root, documentStart)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
