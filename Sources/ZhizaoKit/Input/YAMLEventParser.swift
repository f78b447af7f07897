import CYaml

/// Runs LibYAML's event parser over checked UTF-8 and feeds each event to a tree builder.
/// The event API is used, not Yams' composer, because the composer recurses once per
/// nesting level and expands aliases before any limit can be applied.
enum YAMLEventParser {
    static func parse(_ text: UnsafeBufferPointer<UInt8>, into builder: inout YAMLTreeBuilder) throws(InputError) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw InputError(line: 1, column: 1, YAMLProblem.outOfMemory.message)
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, text.count)
        // The decoder already produced UTF-8 without a BOM; do not let LibYAML guess again.
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        while try next(parser, text, &builder) {}
    }

    /// Handles one event; false once the stream has ended.
    private static func next(_ parser: UnsafeMutablePointer<yaml_parser_t>, _ text: UnsafeBufferPointer<UInt8>,
                             _ builder: inout YAMLTreeBuilder) throws(InputError) -> Bool {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw syntaxError(parser.pointee, text, maxDepth: builder.limits.maxDepth)
        }
        defer { yaml_event_delete(&event) }
        let position = Self.position(event.start_mark)
        if event.type == YAML_SEQUENCE_START_EVENT || event.type == YAML_MAPPING_START_EVENT,
           scannedNesting(parser.pointee) >= libYAMLNestingLimit {
            throw InputError(at: position, YAMLProblem.tooDeep(limit: min(builder.limits.maxDepth, libYAMLNestingLimit)).message)
        }
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return false
        case YAML_DOCUMENT_START_EVENT:
            try builder.startDocument(at: position)
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
            try builder.scalar(value, style: style(data.style), tag: string(data.tag), anchor: string(data.anchor), at: position)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            try builder.startCollection(isMapping: false, tag: string(data.tag), anchor: string(data.anchor), at: position)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            try builder.startCollection(isMapping: true, tag: string(data.tag), anchor: string(data.anchor), at: position)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try builder.endCollection()
        case YAML_ALIAS_EVENT:
            try builder.alias(string(event.data.alias.anchor) ?? "", at: position)
        default:
            break  // stream start, document end: nothing to build
        }
        return true
    }

    /// LibYAML's own nesting cap (its global `MAX_NESTING_LEVEL`, which is left alone
    /// because changing it would affect every parser in the process). Releases up to 0.2.5
    /// (Debian's libyaml-dev) have none, so `next` applies the same test itself.
    private static let libYAMLNestingLimit = 1_000

    /// The nesting LibYAML has scanned so far, counted as its newer releases count it against
    /// `MAX_NESTING_LEVEL`: open block indentations plus flow level. The scanner reads ahead
    /// of the events (a line of `{{{{…` is scanned to its end before the first event, to find
    /// out whether a key starts there), so this can pass the limit before the builder's own
    /// depth check sees the events.
    private static func scannedNesting(_ parser: yaml_parser_t) -> Int {
        let indents = parser.indents.start.map { start in parser.indents.top.map { $0 - start } ?? 0 } ?? 0
        return indents + Int(parser.flow_level)
    }

    private static func syntaxError(_ parser: yaml_parser_t, _ text: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> InputError {
        if parser.error == YAML_MEMORY_ERROR {
            return InputError(at: position(parser.problem_mark), YAMLProblem.outOfMemory.message)
        }
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        if problem.hasPrefix("Maximum nesting level reached") {
            // LibYAML counts nesting it has scanned ahead of the events, so for one long line
            // of `[[[[…` it can stop before the builder's own depth check: same problem, same words.
            let limit = min(maxDepth, libYAMLNestingLimit)
            return InputError(at: position(parser.problem_mark), YAMLProblem.tooDeep(limit: limit).message)
        }
        let at: SourcePosition
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark. The decoder refuses what the
            // reader would, so this is a safety net.
            at = YAMLSourceDecoder.position(of: parser.problem_offset, in: text)
        } else {
            at = position(parser.problem_mark)
        }
        let context = parser.context.map { String(cString: $0) }
        let contextAt = context == nil ? nil : position(parser.context_mark)
        if let (slip, slipAt) = YAMLSyntaxSlip.find(problem: problem, context: context, at: at, contextAt: contextAt, in: text) {
            return InputError(at: slipAt, slip.message)
        }
        // Where LibYAML began reading is worth saying only when it is somewhere else.
        let startedElsewhere = contextAt != at
        return InputError(at: at, YAMLProblem.syntax(problem: problem, context: startedElsewhere ? context : nil,
                                                     contextAt: startedElsewhere ? contextAt : nil).message)
    }

    /// LibYAML counts lines and columns from 0, and columns in characters, not bytes.
    private static func position(_ mark: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: mark.line + 1, column: mark.column + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
