/// A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
/// 31-character alphabet, the last one a check character over the first 17.
public struct CreditCode: Hashable, Sendable, CustomStringConvertible {
    /// 18 characters, upper-case.
    public let value: String

    public var description: String { value }

    /// The standard's alphabet; its index is each character's value. I, O, Z, S and V are
    /// left out because they are easily mistaken for 1, 0, 2, 5 and U.
    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    private init(value: String) {
        self.value = value
    }

    /// Trims surrounding blanks, upper-cases letters, checks length, alphabet and the check character.
    public static func parse(_ text: String) -> Result<CreditCode, Phrase> {
        let characters = Array(normalized(text))
        guard characters.count == 18 else {
            return .failure(Words.Input.creditCodeLength(characters.count))
        }
        for (index, character) in characters.enumerated() where value(of: character) == nil {
            return .failure(notAllowed(character, at: index + 1))
        }
        guard let expected = checkCharacter(characters[..<17]) else {
            return .failure(notAllowed(characters[0], at: 1))  // unreachable: all were checked
        }
        guard characters[17] == expected else {
            return .failure(Words.Input.creditCodeCheckCharacter(expected: expected, found: characters[17]))
        }
        return .success(CreditCode(value: String(characters)))
    }

    /// The check character for the first 17 characters (for tests and generators); nil
    /// unless exactly 17 characters of the alphabet are given (letters in either case).
    public static func checkCharacter(for first17: String) -> Character? {
        let characters = Array(normalized(first17))
        guard characters.count == 17 else { return nil }
        return checkCharacter(characters[...])
    }

    /// 31 − (Σ value × weight mod 31), where 31 stands for 0.
    private static func checkCharacter(_ characters: ArraySlice<Character>) -> Character? {
        var sum = 0
        for (character, weight) in zip(characters, weights) {
            guard let value = value(of: character) else { return nil }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    private static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    /// Blanks around the code (including the full-width space of Chinese input methods)
    /// are dropped and ASCII letters upper-cased; nothing inside the code is changed.
    /// As typed (SPEC §2): NFKC, so a code typed full-width (`９１３７…ＭＡ３…`) reads as
    /// its ASCII form, trimmed, letters upper-cased.
    private static func normalized(_ text: String) -> String {
        String(TypedValue.text(text).map { $0.isASCII && $0.isLetter ? Character($0.uppercased()) : $0 })
    }

    private static func notAllowed(_ character: Character, at position: Int) -> Phrase {
        if "IOZSV".contains(character) { return Words.Input.creditCodeLetterNotUsed(character, position: position) }
        return Words.Input.creditCodeCharacter(character, position: position)
    }
}
