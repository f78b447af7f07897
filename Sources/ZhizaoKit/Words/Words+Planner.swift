import ZhizaoLanguage

extension Words.Plan {
    /// A condition that raising answered capabilities cannot meet (it reads N/A or fixed facts).
    public static func conditionOutOfReach(_ condition: Phrase) -> Phrase {
        Phrase(zh: "仅靠提升能力水平无法满足：\(condition.zh)", en: "raising capability levels cannot meet: \(condition.en)")
    }
}
