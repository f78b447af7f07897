/// The fixed texts of the rubric handbook, in one language.
struct RubricDocLabels: Sendable {
    let handbook: String
    let profile: String
    let domains: String
    let weight: String
    let scenario: String
    let question: String
    let answerForm: String
    let choices: String
    let score: String
    let stepCost: String
    let stepCostNote: String
    let guidance: String
    let evidence: String
    let advice: String
    let notApplicable: String
    let effort: String
    let tiers: String
    let requires: String
    let gates: String
    let rules: String
    let appliesTo: String
    let source: String
    let provisional: String
    let secondary: String
    let provisionalNote: String
    let metrics: String
    let checks: String
    let sources: String
    let colon: String

    init(_ language: Language) {
        func t(_ phrase: Phrase) -> String { phrase(language) }
        handbook = t(Words.RubricDoc.handbook)
        profile = t(Words.RubricDoc.profile)
        domains = t(Words.RubricDoc.domains)
        weight = t(Words.RubricDoc.weight)
        scenario = t(Words.RubricDoc.scenario)
        question = t(Words.RubricDoc.question)
        answerForm = t(Words.RubricDoc.answerForm)
        choices = t(Words.RubricDoc.choiceHeading)
        score = t(Words.RubricDoc.score)
        stepCost = t(Words.RubricDoc.stepCost)
        stepCostNote = t(Words.RubricDoc.stepCostNote)
        guidance = t(Words.RubricDoc.guidance)
        evidence = t(Words.RubricDoc.evidence)
        advice = t(Words.RubricDoc.advice)
        notApplicable = t(Words.RubricDoc.notApplicable)
        effort = t(Words.RubricDoc.effort)
        tiers = t(Words.RubricDoc.tiers)
        requires = t(Words.RubricDoc.requires)
        gates = t(Words.RubricDoc.gates)
        rules = t(Words.RubricDoc.rules)
        appliesTo = t(Words.RubricDoc.appliesTo)
        source = t(Words.RubricDoc.source)
        provisional = t(Words.RubricDoc.provisional)
        secondary = t(Words.RubricDoc.secondary)
        provisionalNote = t(Words.RubricDoc.provisionalNote)
        metrics = t(Words.RubricDoc.metrics)
        checks = t(Words.RubricDoc.checks)
        sources = t(Words.RubricDoc.sources)
        colon = t(Words.Punctuation.colon)
    }
}
