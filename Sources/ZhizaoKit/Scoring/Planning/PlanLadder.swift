/// The answers one indicator can be raised to, cheapest first (SPEC §3, "Improvement plan";
/// §1 `step`): option 0 is the current answer; each further option scores strictly higher
/// and costs the indicator's effort × the steps of the levels climbed to reach it.
struct PlanLadder: Sendable {
    /// The indicator's position in the rubric.
    let position: Int
    let indicator: Indicator
    let values: [Answer.Value]
    let scores: [ExactNumber]
    let costs: [Int]
    let levels: [Int]

    var count: Int { values.count }

    /// Nil when the indicator cannot be raised: unanswered or N/A (a plan never touches
    /// them), or already at its best.
    init?(position: Int, indicator: Indicator, answer: Answer?) {
        guard let answer, answer.notApplicable == nil, let current = answer.value else { return nil }
        self.position = position
        self.indicator = indicator
        let currentScore = indicator.score(of: current)
        var options: [(value: Answer.Value, steps: Int, levels: Int)] = []
        switch indicator.kind {
        case .choice:
            // Levels from the lowest score up (equal scores keep the listed order): a scale
            // may be listed best first.
            let ladder = indicator.choices.enumerated()
                .sorted { ($0.element.score ?? .zero, $0.offset) < ($1.element.score ?? .zero, $1.offset) }
                .map(\.element)
            guard case .choice(let id) = current, let start = ladder.firstIndex(where: { $0.id == id }) else { return nil }
            var steps = 0
            for index in ladder.indices where index > start {
                steps += ladder[index].step
                if (ladder[index].score ?? .zero) > currentScore {
                    options.append((.choice(ladder[index].id), steps, index - start))
                }
            }
        case .multi:
            // Add the best missing choices one at a time (then the listed order) until full.
            guard case .multi(var chosen) = current else { return nil }
            let remaining = indicator.choices.enumerated()
                .filter { !chosen.contains($0.element.id) && ($0.element.score ?? .zero) > .zero }
                .sorted { ($1.element.score ?? .zero, $0.offset) < ($0.element.score ?? .zero, $1.offset) }
                .map(\.element)
            var steps = 0
            var score = currentScore
            for (index, choice) in remaining.enumerated() where score < .one {
                chosen.append(choice.id)
                steps += choice.step
                let next = indicator.score(of: .multi(chosen))
                if next > score { options.append((.multi(chosen), steps, index + 1)) }
                score = next
            }
        case .bool:
            if case .bool(false) = current { options.append((.bool(true), 1, 1)) }
        case .number, .percent:
            guard case .number(let value) = current else { return nil }
            let (minimum, maximum) = indicator.bounds
            func allowed(_ t: ExactNumber) -> Bool {
                (minimum.map { !(t < $0) } ?? true) && (maximum.map { !($0 < t) } ?? true)
            }
            switch indicator.numberScoring {
            case .bands(let bands)?:
                // Band to band: the lowest value of each higher band.
                let start = bands.lastIndex { $0.from <= value } ?? -1
                var steps = 0
                for index in bands.indices where index > start {
                    steps += bands[index].step
                    let target = bands[index].from
                    if allowed(target), bands[index].score > currentScore {
                        options.append((.number(target), steps, index - start))
                    }
                }
            case .linear(let from, let to)?:
                // Quarter points of the scoring range, one step each.
                var climbed = 0
                for quarter in 1...4 {
                    let target = from + (to - from) * ExactNumber(quarter) / ExactNumber(4)
                    guard value < target else { continue }
                    climbed += 1
                    if allowed(target), indicator.score(ofNumber: target) > currentScore {
                        options.append((.number(target), climbed, climbed))
                    }
                }
            case nil:
                break
            }
        }
        guard !options.isEmpty else { return nil }
        values = [current] + options.map(\.value)
        scores = values.map { indicator.score(of: $0) }
        costs = [0] + options.map { indicator.effort * $0.steps }
        levels = [0] + options.map(\.levels)
    }
}
