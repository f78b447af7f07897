import Testing
@testable import ZhizaoKit

/// Encodings are decided from the bytes; anything doubtful is refused with its position.
@Suite struct YAMLReaderEncodingTests {
    private func bytesError(_ bytes: [UInt8]) -> InputError? {
        #expect(throws: InputError.self) { try YAMLReader.readDocument(bytes) }
    }

    private func firstValue(_ node: YAMLNode) -> String? {
        guard case .mapping(let pairs) = node.kind, case .scalar(let text, _) = pairs.first?.value.kind else { return nil }
        return text
    }

    private func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test func utf8WithBOM() throws {
        let root = try YAMLReader.readDocument([0xEF, 0xBB, 0xBF] + Array("名称: 山东\nb: [1, x]\n".utf8))
        #expect(firstValue(root) == "山东")
        // The BOM takes no column: positions are as an editor shows them.
        guard case .mapping(let pairs) = root.kind else { Issue.record("not a mapping"); return }
        #expect(pairs[0].key.position == SourcePosition(line: 1, column: 1))
        #expect(pairs[0].value.position == SourcePosition(line: 1, column: 5))
    }

    @Test func utf8BOMInAString() throws {
        #expect(firstValue(try YAMLReader.readDocument("\u{FEFF}a: 1\n")) == "1")
    }

    @Test func utf16LittleEndianWithBOM() throws {
        let root = try YAMLReader.readDocument(utf16("名称: 山东 😀\nb: 2\n", bigEndian: false))
        #expect(firstValue(root) == "山东 😀")
    }

    @Test func utf16BigEndianWithBOM() throws {
        let root = try YAMLReader.readDocument(utf16("名称: 山东\n", bigEndian: true))
        #expect(firstValue(root) == "山东")
    }

    @Test func utf16PositionsAreInCharacters() {
        let error = bytesError(utf16("名称: 山东: x\n", bigEndian: false))
        #expect(error?.line == 1)
        #expect(error?.column == 7)
    }

    @Test func utf16WithOddLength() {
        let error = bytesError(utf16("a: 1\nb: 2", bigEndian: true) + [0x00])
        #expect(error == InputError(line: 2, column: 5, Phrase(
            zh: "UTF-16 文件的字节数是奇数，文件不完整或已损坏",
            en: "the UTF-16 file has an odd number of bytes; it is truncated or damaged")))
    }

    @Test func utf16WithUnpairedSurrogates() {
        // A high surrogate followed by an ordinary character.
        let high = bytesError([0xFF, 0xFE, 0x61, 0x00, 0x3A, 0x00, 0x20, 0x00, 0x3D, 0xD8, 0x61, 0x00])
        #expect(high == InputError(line: 1, column: 4, Phrase(
            zh: "UTF-16 文件中有不成对的代理项 0xD83D，文件已损坏",
            en: "unpaired surrogate 0xD83D in the UTF-16 file; the file is damaged")))
        // A low surrogate on its own.
        let low = bytesError([0xFE, 0xFF, 0x00, 0x61, 0xDE, 0x00])
        #expect(low?.line == 1)
        #expect(low?.column == 2)
        #expect(low?.message.en == "unpaired surrogate 0xDE00 in the UTF-16 file; the file is damaged")
    }

    @Test func utf16WithoutBOM() {
        let bytes: [UInt8] = Array("a: 1\n".utf8).flatMap { [$0, 0] }
        #expect(bytesError(bytes) == InputError(line: 1, column: 1, Phrase(
            zh: "文件看起来是不带 BOM 的 UTF-16 编码，请另存为 UTF-8",
            en: "the file looks like UTF-16 without a byte order mark; save it as UTF-8")))
    }

    @Test func utf32IsRefused() {
        let message = Phrase(
            zh: "文件是 UTF-32 编码，不支持，请另存为 UTF-8",
            en: "the file is encoded as UTF-32, which is not supported; save it as UTF-8")
        #expect(bytesError([0xFF, 0xFE, 0x00, 0x00, 0x61, 0, 0, 0]) == InputError(line: 1, column: 1, message))
        #expect(bytesError([0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x61]) == InputError(line: 1, column: 1, message))
    }

    @Test func gb18030IsRefusedWithAHint() {
        // "名称: 山东" saved as GB18030.
        let error = bytesError([0xC3, 0xFB, 0xB3, 0xC6, 0x3A, 0x20, 0xC9, 0xBD, 0xB6, 0xAB])
        #expect(error == InputError(line: 1, column: 1, Phrase(
            zh: "第 1 行第 1 列的字节 0xC3 不是 UTF-8 编码（可能是 GBK/GB18030），请另存为 UTF-8",
            en: "byte 0xC3 at line 1, column 1 is not UTF-8 (perhaps GBK/GB18030); save the file as UTF-8")))
    }

    @Test func gb18030AfterValidTextPointsAtTheFirstBadByte() {
        // "a: 1\nname: 山东\n" in GB18030: the ASCII part is valid UTF-8, and so, by chance,
        // is 0xC9 0xBD (U+027D); the first byte that is not is 0xB6, the eighth character.
        let error = bytesError([0x61, 0x3A, 0x20, 0x31, 0x0A, 0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xC9, 0xBD, 0xB6, 0xAB, 0x0A])
        #expect(error?.line == 2)
        #expect(error?.column == 8)
        #expect(error?.message.zh.contains("不是 UTF-8 编码（可能是 GBK/GB18030），请另存为 UTF-8") == true)
    }

    @Test func invalidUTF8() {
        // Latin-1 "café" ends in a lone 0xE9 before a colon.
        let latin1 = bytesError(Array("名: ".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x3A, 0x20, 0x31])
        #expect(latin1 == InputError(line: 1, column: 7, Phrase(
            zh: "第 1 行第 7 列的字节 0xE9 不是 UTF-8 编码，请另存为 UTF-8",
            en: "byte 0xE9 at line 1, column 7 is not valid UTF-8; save the file as UTF-8")))
        // A truncated sequence at the end, an overlong form and an encoded surrogate.
        #expect(bytesError(Array("a: ".utf8) + [0xE5, 0x90])?.column == 4)
        #expect(bytesError(Array("a: ".utf8) + [0xC0, 0xAF])?.column == 4)
        #expect(bytesError(Array("a: ".utf8) + [0xED, 0xA0, 0x80])?.column == 4)
        #expect(bytesError(Array("a: ".utf8) + [0xF4, 0x90, 0x80, 0x80])?.column == 4)
        #expect(bytesError(Array("a: ".utf8) + [0x80])?.message.en.contains("byte 0x80") == true)
    }

    @Test func nulIsRefused() {
        let error = bytesError(Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8))
        #expect(error == InputError(line: 2, column: 5, Phrase(
            zh: "第 2 行第 5 列有控制字符 U+0000",
            en: "control character U+0000 at line 2, column 5")))
    }

    @Test func controlCharactersAreRefused() throws {
        let bell = #expect(throws: InputError.self) { try YAMLReader.readDocument("名称: 山\u{07}东\n") }
        #expect(bell == InputError(line: 1, column: 6, Phrase(
            zh: "第 1 行第 6 列有控制字符 U+0007",
            en: "control character U+0007 at line 1, column 6")))
        for scalar in ["\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{0C}", "\u{0B}"] {
            let error = #expect(throws: InputError.self) { try YAMLReader.readDocument("a: 1\nb: x\(scalar)\n") }
            #expect(error?.line == 2)
            #expect(error?.column == 5)
            #expect(error?.message.zh.contains("有控制字符 U+") == true)
        }
    }

    @Test func controlCharacterInAValue() {
        let error = #expect(throws: InputError.self) { try YAMLReader.readValue("[1, \u{01}]") }
        #expect(error?.message.en == "control character U+0001 at line 1, column 5")
    }

    @Test func loneCarriageReturnIsRefused() {
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument("a: 1\r\nb: 2\rc: 3\n") }
        #expect(error == InputError(line: 2, column: 5, Phrase(
            zh: "第 2 行第 5 列有单独的回车符 U+000D，换行请用 LF 或 CRLF",
            en: "lone carriage return U+000D at line 2, column 5; end lines with LF or CRLF")))
    }

    @Test func unicodeLineSeparatorsAreRefused() {
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument("a: \"x\u{2028}y\"\n") }
        #expect(error?.line == 1)
        #expect(error?.column == 6)
        #expect(error?.message.en == "invisible line separator U+2028 at line 1, column 6; remove it or use a plain line break")
    }

    @Test func nonCharactersAreRefused() {
        let error = #expect(throws: InputError.self) { try YAMLReader.readDocument("a: \u{FFFE}\n") }
        #expect(error?.message.zh == "第 1 行第 4 列有不允许的字符 U+FFFE")
    }
}
