/// Everything the YAML reader can refuse, each with its message from `Words.Input`.
enum YAMLProblem {
    enum RootKind { case scalar, sequence }

    case fileTooLarge(limit: Int)
    case utf32
    case utf16OddLength
    case utf16UnpairedSurrogate(UInt16)
    case utf16WithoutBOM
    case notUTF8(byte: UInt8, looksLikeGB: Bool, at: SourcePosition)
    case controlCharacter(UInt32, at: SourcePosition)
    case loneCarriageReturn(at: SourcePosition)
    case lineSeparator(UInt32, at: SourcePosition)
    case nonCharacter(UInt32, at: SourcePosition)
    case syntax(problem: String, context: String?, contextAt: SourcePosition?)
    case outOfMemory
    case empty
    case onlyComments
    case emptyDocument
    case rootNotMapping(RootKind)
    case multipleDocuments
    case duplicateKey(String, first: SourcePosition, at: SourcePosition)
    case nonScalarKey
    case undefinedAlias(String)
    case recursiveAlias(String)
    case tooManyAliases(limit: Int)
    case aliasesExpandTooMuch(limit: Int)
    case tooManyNodes(limit: Int)
    case tooDeep(limit: Int)
    case aliasTooDeep(limit: Int)
    case unsupportedTag(String)
    case tagDoesNotFit(String, String)
    case tagNeedsCollection(String)
    case tagDoesNotFitCollection(String, isMapping: Bool)

    var message: Phrase {
        switch self {
        case .fileTooLarge(let limit): return Words.Input.fileTooLarge(roundedLimit: limit)
        case .utf32: return Words.Input.utf32
        case .utf16OddLength: return Words.Input.utf16OddLength
        case .utf16UnpairedSurrogate(let unit): return Words.Input.utf16UnpairedSurrogate(Self.hex(UInt32(unit)))
        case .utf16WithoutBOM: return Words.Input.utf16WithoutBOM
        case .notUTF8(let byte, let looksLikeGB, let at):
            let hex = "0x" + Self.hex(UInt32(byte), digits: 2)
            return looksLikeGB ? Words.Input.notUTF8PerhapsGB(hex, line: at.line, column: at.column)
                : Words.Input.notUTF8(hex, line: at.line, column: at.column)
        case .controlCharacter(let value, let at):
            return Words.Input.controlCharacter("U+" + Self.hex(value), line: at.line, column: at.column)
        case .loneCarriageReturn(let at): return Words.Input.loneCarriageReturn(line: at.line, column: at.column)
        case .lineSeparator(let value, let at):
            return Words.Input.lineSeparator("U+" + Self.hex(value), line: at.line, column: at.column)
        case .nonCharacter(let value, let at):
            return Words.Input.nonCharacter("U+" + Self.hex(value), line: at.line, column: at.column)
        case .syntax(let problem, let context, let contextAt):
            let words = Words.Input.Syntax.problem(problem) ?? Words.Input.Syntax.unknownProblem(problem)
            guard let context, let contextAt else { return Words.Input.Syntax.message(problem: words, context: nil) }
            let started = Words.Input.Syntax.context(context, reading: Words.Input.Syntax.reading(context),
                                                     line: contextAt.line, column: contextAt.column)
            return Words.Input.Syntax.message(problem: words, context: started)
        case .outOfMemory: return Words.Input.outOfMemory
        case .empty: return Words.Input.empty
        case .onlyComments: return Words.Input.onlyComments
        case .emptyDocument: return Words.Input.emptyDocument
        case .rootNotMapping(let kind):
            return Words.Input.rootNotMapping(found: kind == .scalar ? Words.Input.NodeKind.singleValue : Words.Input.NodeKind.list)
        case .multipleDocuments: return Words.Input.multipleDocuments
        case .duplicateKey(let key, let first, let at): return Words.Input.duplicateKey(Self.quoted(key), line: at.line, firstLine: first.line)
        case .nonScalarKey: return Words.Input.nonScalarKey
        case .undefinedAlias(let name): return Words.Input.undefinedAlias(Self.quoted(name))
        case .recursiveAlias(let name): return Words.Input.recursiveAlias(Self.quoted(name))
        case .tooManyAliases(let limit): return Words.Input.tooManyAliases(limit: limit)
        case .aliasesExpandTooMuch(let limit): return Words.Input.aliasesExpandTooMuch(limit: limit)
        case .tooManyNodes(let limit): return Words.Input.tooManyNodes(limit: limit)
        case .tooDeep(let limit): return Words.Input.tooDeep(limit: limit)
        case .aliasTooDeep(let limit): return Words.Input.aliasTooDeep(limit: limit)
        case .unsupportedTag(let tag): return Words.Input.unsupportedTag(Self.quoted(tag))
        case .tagDoesNotFit(let tag, let text): return Words.Input.tagDoesNotFit(Self.quoted(tag), value: Self.quoted(text))
        case .tagNeedsCollection(let tag): return Words.Input.tagDoesNotFit(Self.quoted(tag), found: Words.Input.NodeKind.singleValue)
        case .tagDoesNotFitCollection(let tag, let isMapping):
            return Words.Input.tagDoesNotFit(Self.quoted(tag), found: isMapping ? Words.Input.NodeKind.mapping : Words.Input.NodeKind.list)
        }
    }

    /// A user's text as shown inside a message: one line, and not too long.
    private static func quoted(_ text: String) -> String {
        var shown = ""
        for (index, scalar) in text.unicodeScalars.enumerated() {
            guard index < 40 else { return shown + "…" }
            shown += scalar.properties.generalCategory == .control ? scalar.escaped(asASCII: true) : String(scalar)
        }
        return shown
    }

    private static func hex(_ value: UInt32, digits: Int = 4) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
