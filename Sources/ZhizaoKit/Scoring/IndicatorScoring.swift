/// SPEC §3.1–3.3: an indicator's score s ∈ [0, 1] from its answer.
extension Indicator {
    enum Outcome {
        /// Counts in its domain with this score.
        case scored(ExactNumber, IndicatorResult.Status)
        /// N/A with policy `exclude`: left out of the domain's sums.
        case excluded
    }

    func outcome(of answer: Answer?) -> Outcome {
        guard let answer else { return .scored(.zero, .missing) }
        if answer.notApplicable != nil {
            switch notApplicable {
            case .exclude: return .excluded
            case .full: return .scored(.one, .naFull)
            case .zero, .forbid: return .scored(.zero, .naZero)  // forbid never reaches here: the reader refuses it
            }
        }
        guard let value = answer.value else { return .scored(.zero, .missing) }
        return .scored(score(of: value), .answered)
    }

    func score(of value: Answer.Value) -> ExactNumber {
        switch value {
        case .choice(let id):
            return choiceIndex(id).map { choiceScores[$0] } ?? .zero
        case .multi(let ids):
            // The chosen choices' scores added up, capped at 1.
            let sum = ids.reduce(ExactNumber.zero) { $0 + (choiceIndex($1).map { choiceScores[$0] } ?? .zero) }
            return min(sum, .one)
        case .bool(let b):
            return b ? .one : .zero
        case .number(let v):
            return score(ofNumber: v)
        }
    }

    func score(ofNumber v: ExactNumber) -> ExactNumber {
        switch numberScoring {
        case .bands(let bands)?:
            return bands.last { $0.from <= v }?.score ?? .zero
        case .linear(let from, let to)?:
            return min(max((v - from) / (to - from), .zero), .one)
        case nil:
            return .zero
        }
    }
}
