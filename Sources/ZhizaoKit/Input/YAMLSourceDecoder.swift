/// Turns the bytes of an input file into UTF-8 that LibYAML may safely read, or refuses
/// them with the position of the first offending byte.
///
/// The encoding is decided from the bytes alone: UTF-8 (a BOM is dropped), or UTF-16 when
/// it starts with a BOM. Anything else that is not UTF-8 — in practice GBK/GB18030 text
/// saved by Chinese Windows tools — is refused rather than guessed at.
///
/// Characters that would make LibYAML's positions differ from an editor's (a lone CR, the
/// Unicode line separators, NEL) are refused too, so every later position is right.
enum YAMLSourceDecoder {
    static func utf8(from bytes: [UInt8], limits: YAMLLimits) throws(InputError) -> [UInt8] {
        let start = SourcePosition(line: 1, column: 1)
        guard bytes.count <= limits.maxBytes else {
            throw InputError(at: start, YAMLProblem.fileTooLarge(limit: limits.maxBytes).message)
        }
        let text: [UInt8]
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw InputError(at: start, YAMLProblem.utf32.message)
        } else if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            text = Array(bytes[3...])
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = try utf16(bytes, bigEndian: true)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            text = try utf16(bytes, bigEndian: false)
        } else {
            text = bytes
        }
        try text.withUnsafeBufferPointer { buffer throws(InputError) in try check(buffer) }
        return text
    }

    /// The position of the byte at `offset`, which must follow only valid UTF-8.
    static func position(of offset: Int, in text: UnsafeBufferPointer<UInt8>) -> SourcePosition {
        var line = 1
        var column = 1
        for index in 0..<min(offset, text.count) {
            let byte = text[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                // Continuation bytes belong to the scalar already counted.
                column += 1
            }
        }
        return SourcePosition(line: line, column: column)
    }

    // MARK: UTF-16

    private static func utf16(_ bytes: [UInt8], bigEndian: Bool) throws(InputError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 3 / 2)
        func fail(_ problem: YAMLProblem) -> InputError {
            let at = output.withUnsafeBufferPointer { position(of: $0.count, in: $0) }
            return InputError(at: at, problem.message)
        }
        func unit(_ index: Int) -> UInt16 {
            let high = UInt16(bytes[bigEndian ? index : index + 1])
            let low = UInt16(bytes[bigEndian ? index + 1 : index])
            return high << 8 | low
        }
        var index = 2
        while index + 1 < bytes.count {
            let first = unit(index)
            index += 2
            let value: UInt32
            switch first {
            case 0xD800...0xDBFF:
                guard index + 1 < bytes.count, case let second = unit(index), (0xDC00...0xDFFF).contains(second) else {
                    throw fail(.utf16UnpairedSurrogate(first))
                }
                index += 2
                value = 0x10000 + (UInt32(first - 0xD800) << 10 | UInt32(second - 0xDC00))
            case 0xDC00...0xDFFF:
                throw fail(.utf16UnpairedSurrogate(first))
            default:
                value = UInt32(first)
            }
            appendUTF8(value, to: &output)
        }
        guard index == bytes.count else { throw fail(.utf16OddLength) }
        return output
    }

    private static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    // MARK: UTF-8 and characters

    /// Finds the first byte that is not valid UTF-8 or that starts a refused character.
    private static func check(_ text: UnsafeBufferPointer<UInt8>) throws(InputError) {
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 {
                index += 1
                continue
            }
            if byte == 0x0D {
                guard index + 1 < count, text[index + 1] == 0x0A else {
                    let at = position(of: index, in: text)
                    throw InputError(at: at, YAMLProblem.loneCarriageReturn(at: at).message)
                }
                index += 2
                continue
            }
            if byte < 0x80 {
                throw controlError(UInt32(byte), at: index, in: text)
            }
            guard let (value, length) = decode(text, at: index) else {
                let at = position(of: index, in: text)
                throw InputError(at: at, YAMLProblem.notUTF8(byte: byte, looksLikeGB: looksLikeGB(text, at: index), at: at).message)
            }
            switch value {
            case 0x80...0x9F:
                throw controlError(value, at: index, in: text)
            case 0x2028, 0x2029:
                let at = position(of: index, in: text)
                throw InputError(at: at, YAMLProblem.lineSeparator(value, at: at).message)
            case 0xFFFE, 0xFFFF:
                // LibYAML refuses these noncharacters with a byte offset only.
                let at = position(of: index, in: text)
                throw InputError(at: at, YAMLProblem.nonCharacter(value, at: at).message)
            default:
                index += length
            }
        }
    }

    private static func controlError(_ value: UInt32, at index: Int, in text: UnsafeBufferPointer<UInt8>) -> InputError {
        // A NUL in the first two bytes is what UTF-16 without a BOM looks like.
        if value == 0, index < 2, text.count >= 2, (text[0] == 0) != (text[1] == 0) {
            return InputError(line: 1, column: 1, YAMLProblem.utf16WithoutBOM.message)
        }
        let at = position(of: index, in: text)
        return InputError(at: at, YAMLProblem.controlCharacter(value, at: at).message)
    }

    /// Decodes one multi-byte UTF-8 sequence (lead byte ≥ 0x80), refusing overlong forms,
    /// surrogates and values beyond U+10FFFF.
    private static func decode(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
        let lead = text[index]
        let length: Int
        var value: UInt32
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0: length = 3; value = 0; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xED: length = 3; value = 0x0D; secondRange = 0x80...0x9F
        case 0xF0: length = 4; value = 0; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
        case 0xF4: length = 4; value = 4; secondRange = 0x80...0x8F
        default: return nil
        }
        guard index + length <= text.count else { return nil }
        for offset in 1..<length {
            let byte = text[index + offset]
            guard (offset == 1 ? secondRange : 0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (value, length)
    }

    /// Whether the bytes at `index` fit GBK/GB18030: a lead byte 0x81–0xFE followed by a
    /// trail byte 0x40–0xFE (two-byte form) or a digit (four-byte form).
    private static func looksLikeGB(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard (0x81...0xFE).contains(text[index]), index + 1 < text.count else { return false }
        let trail = text[index + 1]
        return (0x40...0xFE).contains(trail) && trail != 0x7F || (0x30...0x39).contains(trail)
    }
}
