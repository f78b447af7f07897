import ZhizaoCEL

/// A message a user reads, in Chinese and English.
public struct LocalizedMessage: Sendable, Hashable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: MessageLanguage) -> String {
        language == .zh ? zh : en
    }
}

extension LocalizedMessage {
    init(_ problem: CELProblem) {
        self.init(zh: problem.message(.zh), en: problem.message(.en))
    }
}
