import ZhizaoCEL

extension Phrase {
    /// What an expression problem says, in every language.
    init(_ problem: CELProblem) {
        self.init(zh: problem.message(.zh), en: problem.message(.en))
    }
}
