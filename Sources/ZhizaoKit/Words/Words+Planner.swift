import ZhizaoLanguage

extension Words.Plan {
    /// Why no plan is given, when the search ran to the end.
    public static let notReachableByRaising = Phrase(
        zh: "仅靠提升现有各项能力的水平无法达到", en: "raising the levels of the capabilities answered cannot reach it")

    /// A condition that raising answered capabilities cannot meet (it reads N/A or fixed facts).
    public static func conditionOutOfReach(_ condition: Phrase) -> Phrase {
        Phrase(zh: "仅靠提升能力水平无法满足：\(condition.zh)", en: "raising capability levels cannot meet: \(condition.en)")
    }
}
