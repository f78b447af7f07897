/// What an answer rules out, said at once (issue 17): after a profile fact or an indicator
/// is answered, every gate, and every tier rule on profile facts alone (answers cannot
/// change those), that reads it, has every value it reads and now fails — with the tiers it
/// keeps out of reach, in words. Rules on scores and scenarios are not said here: further
/// answers can still meet them.
struct CheckEligibility {
    let rubric: Rubric
    let scorer: Scorer
    let language: Language

    init(rubric: Rubric, language: Language) {
        self.rubric = rubric
        self.scorer = Scorer(rubric: rubric)
        self.language = language
    }

    func notes(after question: CheckQuestion, in draft: CheckDraft) -> [String] {
        let reference: String
        switch question.field.kind {
        case .fact(let fact): reference = "profile." + fact.id
        case .indicator(let indicator): reference = "answer." + indicator.id
        default: return []
        }
        let result = scorer.score(draft.assessment(source: ""), plan: nil)
        func failsOn(_ outcome: ExpressionOutcome?) -> Bool {
            guard let outcome, outcome.status == .fail else { return false }
            return outcome.values.contains { $0.reference == reference } && outcome.values.allSatisfy { $0.value != nil }
        }
        let locale = language.rawValue
        let everyTier = rubric.tiers.map(\.id)
        var notes: [String] = []
        for gate in rubric.gates where failsOn(result.gates.first { $0.id == gate.id }) {
            let tiers = withDependants(gate.tiers ?? everyTier)
            let title = rubric.text(gate.title, locale)
            notes.append((tiers.count == everyTier.count ? Words.SelfCheck.ruledOutAll(title) : Words.SelfCheck.ruledOut(title, tiers: names(tiers)))(language))
        }
        for tier in rubric.tiers {
            guard let verdict = result.verdict(tier.id) else { continue }
            for rule in tier.rules {
                let outcome = verdict.rules.first { $0.id == rule.id }
                guard failsOn(outcome), outcome!.values.allSatisfy({ $0.reference.hasPrefix("profile.") }) else { continue }
                let title = rubric.text(tier.title, locale) + Words.Punctuation.colon(language) + rubric.text(rule.title, locale)
                notes.append(Words.SelfCheck.ruledOut(title, tiers: names(withDependants([tier.id])))(language))
            }
        }
        return notes
    }

    /// The tiers, and every tier that requires one of them (directly or not), in the rubric's order.
    private func withDependants(_ ids: [String]) -> [String] {
        var out = Set(ids)
        var grew = true
        while grew {
            grew = false
            for tier in rubric.tiers where !out.contains(tier.id) && tier.requires.contains(where: out.contains) {
                out.insert(tier.id)
                grew = true
            }
        }
        return rubric.tiers.map(\.id).filter(out.contains)
    }

    private func names(_ ids: [String]) -> String {
        ids.compactMap { id in rubric.tiers.first { $0.id == id }.map { rubric.text($0.title, language.rawValue) } }
            .joined(separator: Words.Punctuation.listSeparator(language))
    }
}
