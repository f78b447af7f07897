import Testing
@testable import ZhizaoKit

/// Unified social credit codes (GB 32100-2015). The expected check characters were
/// computed independently of this code from the standard's weights.
@Suite struct CreditCodeTests {
    private func failure(_ text: String) -> Phrase? {
        guard case .failure(let message) = CreditCode.parse(text) else {
            Issue.record("'\(text)' was accepted")
            return nil
        }
        return message
    }

    @Test(arguments: [
        ("91370700MA3C8K2L6", "7"),  // the example in the specification: valid
        ("91110000100000000", "R"),
        ("12100000400000000", "W"),
        ("91350100M000100Y4", "3"),
        ("52370000MJD000000", "R"),
        ("91440300MA5FAAAA0", "0"),  // weighted sum divisible by 31: 31 stands for 0
        ("11100000000000000", "J"),
    ])
    func checkCharacters(first17: String, expected: Character) throws {
        #expect(CreditCode.checkCharacter(for: first17) == expected)
        let code = try CreditCode.parse(first17 + String(expected)).get()
        #expect(code.value == first17 + String(expected))
        #expect(code.description == code.value)
    }

    @Test func theSpecificationExampleIsValid() throws {
        #expect(try CreditCode.parse("91370700MA3C8K2L67").get().value == "91370700MA3C8K2L67")
    }

    @Test func lowerCaseIsUpperCased() throws {
        #expect(try CreditCode.parse("91370700ma3c8k2l67").get().value == "91370700MA3C8K2L67")
        #expect(try CreditCode.parse("91110000100000000r").get() == CreditCode.parse("91110000100000000R").get())
    }

    @Test func surroundingBlanksAreTrimmed() throws {
        #expect(try CreditCode.parse("  91370700MA3C8K2L67\t\n").get().value == "91370700MA3C8K2L67")
        #expect(try CreditCode.parse("\u{3000}91370700MA3C8K2L67\u{3000}").get().value == "91370700MA3C8K2L67")
    }

    @Test func wrongLength() {
        #expect(failure("91370700MA3C8K2L6") == Phrase(
            zh: "统一社会信用代码应为 18 位，实际为 17 位",
            en: "a unified social credit code has 18 characters, but 17 were given"))
        #expect(failure("91370700MA3C8K2L677")?.en == "a unified social credit code has 18 characters, but 19 were given")
        #expect(failure("")?.zh == "统一社会信用代码应为 18 位，实际为 0 位")
        #expect(failure("9137 0700MA3C8K2L67")?.zh == "统一社会信用代码应为 18 位，实际为 19 位")
    }

    @Test func lettersOutsideTheAlphabet() {
        #expect(failure("91370700MA3C8I2L67") == Phrase(
            zh: "统一社会信用代码第 14 位的字符 'I' 不允许（不使用字母 I、O、Z、S、V）",
            en: "character 'I' at position 14 is not allowed in a unified social credit code (I, O, Z, S and V are not used)"))
        #expect(failure("o1370700MA3C8K2L67")?.en.hasPrefix("character 'O' at position 1 ") == true)
        #expect(failure("91370700MA3C8K2L6S")?.zh.hasPrefix("统一社会信用代码第 18 位的字符 'S'") == true)
    }

    @Test func otherCharacters() throws {
        #expect(failure("91370700MA3C8K-L67") == Phrase(
            zh: "统一社会信用代码第 15 位的字符 '-' 不允许（只能是数字和大写字母）",
            en: "character '-' at position 15 is not allowed in a unified social credit code (only digits and capital letters)"))
        // Full-width forms typed with a Chinese input method read as ASCII (SPEC §2, NFKC).
        #expect(try CreditCode.parse("９1370700ｍａ3C8K2L67").get().value == "91370700MA3C8K2L67")
        #expect(failure("91370700MA3C8K2L6山")?.zh.hasPrefix("统一社会信用代码第 18 位的字符 '山'") == true)
    }

    @Test func wrongCheckCharacter() {
        #expect(failure("91370700MA3C8K2L6X") == Phrase(
            zh: "统一社会信用代码的校验码应为 7，实际为 X",
            en: "the check character of the unified social credit code should be 7, not X"))
        #expect(failure("91370700MA3C8K2L68")?.zh == "统一社会信用代码的校验码应为 7，实际为 8")
    }

    @Test func checkCharacterNeedsSeventeenCharactersOfTheAlphabet() {
        #expect(CreditCode.checkCharacter(for: "9137070") == nil)
        #expect(CreditCode.checkCharacter(for: "91370700MA3C8K2L67") == nil)
        #expect(CreditCode.checkCharacter(for: "91370700MA3C8K2LI") == nil)
        #expect(CreditCode.checkCharacter(for: "91370700ma3c8k2l6") == "7")
    }
}
