import ZhizaoCEL

/// Reads a JSON or YAML text into a CEL value (for `zhizao expr --var`), through the same
/// hardened reader as every other input, with YAML 1.2 core-schema scalars: quoted scalars
/// are strings, plain ones are typed by `CoreSchemaScalar`, core tags are honoured
/// (`YAMLNode.coreValue`).
public enum YAMLValueReader {
    public static func value(from text: String, limits: YAMLLimits = YAMLLimits()) throws(InputError) -> CELValue {
        try convert(try YAMLReader.readValue(text, limits: limits))
    }

    /// Nodes are converted iteratively in spirit: the reader bounds depth, so recursion here
    /// is at most `limits.maxDepth` deep.
    private static func convert(_ node: YAMLNode) throws(InputError) -> CELValue {
        switch node.kind {
        case .scalar:
            switch node.coreValue ?? .null {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .int(i)
            case .double(let d): return .double(d)
            case .string(let s): return .string(s)
            case .bigInteger(let digits):
                if let u = UInt64(digits) ?? hexOrOctal(digits) { return .uint(u) }
                throw InputError(line: node.position.line, column: node.position.column,
                                 Words.Input.integerOutOfRange(digits))
            }
        case .sequence(let items):
            var elements: [CELValue] = []
            for item in items { elements.append(try convert(item)) }
            return .list(elements)
        case .mapping(let pairs):
            var entries: [(CELMapKey, CELValue)] = []
            for pair in pairs {
                let keyValue = try convert(pair.key)
                guard let key = CELMapKey(keyValue), !isDouble(keyValue) else {
                    throw InputError(line: pair.key.position.line, column: pair.key.position.column,
                                     Words.Input.mapKeyType)
                }
                entries.append((key, try convert(pair.value)))
            }
            switch CELMap.make(entries) {
            case .success(let map): return .map(map)
            case .failure(let problem):
                throw InputError(line: node.position.line, column: node.position.column, problem.phrase)
            }
        }
    }

    /// `0x…` or `0o…` beyond int64 but within uint64.
    private static func hexOrOctal(_ digits: String) -> UInt64? {
        if digits.hasPrefix("0x") { return UInt64(digits.dropFirst(2), radix: 16) }
        if digits.hasPrefix("0o") { return UInt64(digits.dropFirst(2), radix: 8) }
        return nil
    }

    private static func isDouble(_ value: CELValue) -> Bool {
        if case .double = value { return true }
        return false
    }
}
