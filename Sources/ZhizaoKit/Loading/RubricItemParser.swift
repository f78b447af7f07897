import ZhizaoCEL

/// Parses the items of a rubric's sections (sources, profile facts, scales, domains,
/// indicators) from YAML nodes, reporting every problem and returning what is valid.
/// Expressions (metrics, checks, gates, tiers) are handled by `RubricExpressionCompiler`.
struct RubricItemParser {
    let collector: DiagnosticCollector

    func source(_ node: YAMLNode) -> RubricSource? {
        guard let m = MappingReader(node, what: Words.Loading.Item.source, collector: collector) else { return nil }
        m.rejectUnknownKeys(["id", "title", "ref", "url", "reliability", "note"])
        let reliability = enumValue("reliability", in: m, RubricSource.Reliability.self, required: false) ?? .confirmed
        guard let id = m.identifier("id", pattern: .token), let title = m.localized("title", required: true) else { return nil }
        return RubricSource(id: id, title: title, reference: m.string("ref"), url: m.string("url"),
                            reliability: reliability, note: m.localized("note"))
    }

    func profileFact(_ node: YAMLNode) -> ProfileFact? {
        guard let m = MappingReader(node, what: Words.Loading.Item.profileFact, collector: collector) else { return nil }
        m.rejectUnknownKeys(["id", "type", "title", "question", "guidance", "choices", "min", "max", "required"])
        let id = m.identifier("id", pattern: .snake)
        let kind = enumValue("type", in: m, ProfileFact.Kind.self, required: true)
        var choices: [Choice] = []
        if kind == .choice {
            if let items = m.sequence("choices", required: true) { choices = self.choices(items, scored: false) }
            if choices.isEmpty, m.value("choices") != nil {
                collector.error(Words.Loading.choicesEmpty, at: m.keyPosition("choices"))
            }
        } else if m.has("choices") {
            collector.error(Words.Loading.choicesOnlyForChoiceFacts, at: m.keyPosition("choices"))
        }
        let minimum = m.number("min")
        let maximum = m.number("max")
        checkBounds(minimum, maximum, in: m)
        guard let id, let kind else { return nil }
        return ProfileFact(id: id, kind: kind, title: m.localized("title") ?? LocalizedText(plain: id),
                           question: m.localized("question"), guidance: m.localized("guidance"), choices: choices,
                           minimum: minimum, maximum: maximum, required: m.bool("required") ?? true)
    }

    /// Choices as a list of ids (profile facts) or of `{id, label, score}` mappings.
    func choices(_ items: [YAMLNode], scored: Bool) -> [Choice] {
        var result: [Choice] = []
        var seen: [String: SourcePosition] = [:]
        for item in items {
            var choice: Choice?
            if !scored, case .scalar(let text, _) = item.kind {
                if IdentifierPattern.token.matches(text) {
                    choice = Choice(id: text, label: LocalizedText(plain: text), score: nil)
                } else {
                    collector.error(Words.Loading.invalidChoiceID(text, rule: IdentifierPattern.token.rule), at: item.position)
                }
            } else if let m = MappingReader(item, what: Words.Loading.Item.choice, collector: collector) {
                m.rejectUnknownKeys(scored ? ["id", "label", "score", "step"] : ["id", "label"])
                let id = m.identifier("id", pattern: .token)
                let label = m.localized("label")
                var score: ExactNumber?
                if scored {
                    score = m.number("score", required: true)
                    if let s = score, s < .zero || s > .one {
                        collector.error(Words.Loading.choiceScoreRange(s.description), at: m.value("score")!.position)
                        score = nil
                    }
                }
                let step = scored ? stepCost(in: m) : 1
                if let id, !scored || score != nil {
                    choice = Choice(id: id, label: label ?? LocalizedText(plain: id), score: score, step: step)
                }
            }
            guard let choice else { continue }
            if let first = seen[choice.id] {
                collector.error(Words.Loading.choiceRepeats(choice.id, firstLine: first.line), at: item.position)
                continue
            }
            seen[choice.id] = item.position
            result.append(choice)
        }
        return result
    }

    func scale(id: String, node: YAMLNode) -> Scale? {
        guard case .sequence(let items) = node.kind else {
            collector.error(Words.Loading.scaleNotList(id), at: node.position)
            return nil
        }
        let choices = self.choices(items, scored: true)
        if choices.isEmpty {
            collector.error(Words.Loading.scaleEmpty(id), at: node.position)
            return nil
        }
        return Scale(id: id, choices: choices)
    }

    func domain(_ node: YAMLNode) -> Domain? {
        guard let m = MappingReader(node, what: Words.Loading.Item.domain, collector: collector) else { return nil }
        m.rejectUnknownKeys(["id", "title", "weight", "description"])
        let id = m.identifier("id", pattern: .snake)
        let weight = positiveWeight(in: m)
        guard let id, let weight else { return nil }
        return Domain(id: id, title: m.localized("title") ?? LocalizedText(plain: id), weight: weight)
    }

    /// An indicator; `scales` are the rubric's, already parsed.
    func indicator(_ node: YAMLNode, scales: [String: Scale], domains: Set<String>) -> Indicator? {
        guard let m = MappingReader(node, what: Words.Loading.Item.indicator, collector: collector) else { return nil }
        m.rejectUnknownKeys(["id", "domain", "title", "question", "guidance", "evidence", "type", "scale", "choices",
                             "weight", "na", "required", "tags", "scenario", "advice", "effort", "bands", "linear",
                             "min", "max", "unit"])
        let id = m.identifier("id", pattern: .snake)
        let domain = m.identifier("domain", pattern: .snake)
        if let domain, !domains.contains(domain) {
            let hint = closestHint(domain, among: Array(domains))
            collector.error(Words.Loading.unknownDomain(domain, hint: hint), at: m.value("domain")!.position)
        }
        let kind = enumValue("type", in: m, Indicator.Kind.self, required: true)
        let weight = m.has("weight") ? positiveWeight(in: m) : ExactNumber.one
        let na = enumValue("na", in: m, Indicator.NotApplicablePolicy.self, required: false) ?? .forbid
        let effort = m.integer("effort", in: 1...5) ?? 3
        let scenario = m.integer("scenario", in: 1...999)
        let tags = (m.strings("tags") ?? []).map(\.0)

        var choices: [Choice] = []
        var scaleID: String?
        var numberScoring: Indicator.NumberScoring?
        let minimum = m.number("min")
        let maximum = m.number("max")
        switch kind {
        case .choice?, .multi?:
            if m.has("scale") && m.has("choices") {
                collector.error(Words.Loading.scaleAndChoices, at: m.keyPosition("choices"))
            } else if let name = m.string("scale") {
                if let scale = scales[name] {
                    choices = scale.choices
                    scaleID = name
                } else {
                    let hint = closestHint(name, among: Array(scales.keys))
                    collector.error(Words.Loading.unknownScale(name, hint: hint), at: m.value("scale")!.position)
                }
            } else if let items = m.sequence("choices") {
                choices = self.choices(items, scored: true)
            } else {
                collector.error(Words.Loading.choiceNeedsScale, at: node.position)
            }
            for key in ["bands", "linear"] where m.has(key) {
                collector.error(Words.Loading.onlyForNumbers(key), at: m.keyPosition(key))
            }
        case .number?, .percent?:
            numberScoring = self.numberScoring(in: m, node: node)
            for key in ["scale", "choices"] where m.has(key) {
                collector.error(Words.Loading.onlyForChoices(key), at: m.keyPosition(key))
            }
            if kind == .percent, minimum != nil || maximum != nil {
                collector.error(Words.Loading.percentBounds,
                                at: m.keyPosition(m.has("min") ? "min" : "max"))
            }
            checkBounds(minimum, maximum, in: m)
        case .bool?:
            for key in ["scale", "choices", "bands", "linear", "min", "max"] where m.has(key) {
                collector.error(Words.Loading.boolTakesNo(key), at: m.keyPosition(key))
            }
        case nil:
            break
        }
        guard let id, let domain, let kind, let weight else { return nil }
        return Indicator(
            id: id, domain: domain, kind: kind, title: m.localized("title") ?? LocalizedText(plain: id),
            question: m.localized("question"), guidance: m.localized("guidance"), evidence: m.localized("evidence"),
            advice: m.localized("advice"), choices: choices, scale: scaleID, numberScoring: numberScoring,
            minimum: minimum, maximum: maximum, unit: m.localized("unit"), weight: weight, notApplicable: na,
            required: m.bool("required") ?? true, tags: tags, scenario: scenario, effort: effort)
    }

    private func numberScoring(in m: MappingReader, node: YAMLNode) -> Indicator.NumberScoring? {
        if m.has("bands") && m.has("linear") {
            collector.error(Words.Loading.bandsAndLinear, at: m.keyPosition("linear"))
            return nil
        }
        if let items = m.sequence("bands") {
            var bands: [Indicator.Band] = []
            var rejected = false
            for item in items {
                guard let b = MappingReader(item, what: Words.Loading.Item.band, collector: collector) else { continue }
                b.rejectUnknownKeys(["from", "score", "step"])
                let step = stepCost(in: b)
                guard let from = b.number("from", required: true), let score = b.number("score", required: true) else {
                    rejected = true
                    continue
                }
                if score < .zero || score > .one {
                    rejected = true
                    collector.error(Words.Loading.bandScoreRange(score.description),
                                    at: b.value("score")!.position)
                    continue
                }
                if let last = bands.last, !(last.from < from) {
                    rejected = true
                    collector.error(Words.Loading.bandsIncrease(from.description, previous: last.from.description),
                                    at: b.value("from")!.position)
                    continue
                }
                bands.append(Indicator.Band(from: from, score: score, step: step))
            }
            if bands.isEmpty {
                // Not again when its bands were already refused one by one.
                if !rejected { collector.error(Words.Loading.bandsEmpty, at: m.keyPosition("bands")) }
                return nil
            }
            return .bands(bands)
        }
        if let linearNode = m.value("linear") {
            guard let l = MappingReader(linearNode, what: Words.Loading.Item.linear, collector: collector) else { return nil }
            l.rejectUnknownKeys(["from", "to"])
            guard let from = l.number("from", required: true), let to = l.number("to", required: true) else { return nil }
            guard from < to else {
                collector.error(Words.Loading.linearOrder, at: linearNode.position)
                return nil
            }
            return .linear(from: from, to: to)
        }
        collector.error(Words.Loading.numberNeedsScoring, at: node.position)
        return nil
    }

    // MARK: Helpers

    func enumValue<E: RawRepresentable & CaseIterable>(_ key: String, in m: MappingReader, _ type: E.Type, required: Bool) -> E?
    where E.RawValue == String {
        guard let text = m.string(key, required: required) else { return nil }
        if let value = E(rawValue: text) { return value }
        let allowed = E.allCases.map(\.rawValue)
        let hint = closestHint(text, among: allowed)
        collector.error(Words.Loading.invalidValue(text, key: key, hint: hint, allowed: allowed.joined(separator: ", ")),
                        at: m.value(key)!.position)
        return nil
    }

    /// The `step` of a scored choice or a band (SPEC §1): a whole number 1…100, default 1.
    /// A refused value is reported and read as 1, so that the choice or band it sits on
    /// raises no further errors (the rubric does not load either way).
    private func stepCost(in m: MappingReader) -> Int {
        guard let number = m.number("step") else { return 1 }
        guard number.denominator == 1, let value = Int(exactly: number.numerator), Self.stepRange.contains(value) else {
            collector.error(Words.Loading.stepRange(number.description, lowest: Self.stepRange.lowerBound, highest: Self.stepRange.upperBound),
                            at: m.value("step")!.position)
            return 1
        }
        return value
    }

    /// The steps a rubric may give: a step is relative to the easiest level (1), and a level
    /// a hundred times dearer than that is already beyond any realistic scale.
    static let stepRange = 1...100

    private func positiveWeight(in m: MappingReader) -> ExactNumber? {
        guard let weight = m.number("weight", required: true) else { return nil }
        guard weight > .zero else {
            collector.error(Words.Loading.weightNotPositive(weight.description), at: m.value("weight")!.position)
            return nil
        }
        return weight
    }

    private func checkBounds(_ minimum: ExactNumber?, _ maximum: ExactNumber?, in m: MappingReader) {
        if let minimum, let maximum, maximum < minimum {
            collector.error(Words.Loading.maxBelowMin(max: maximum.description, min: minimum.description), at: m.keyPosition("max"))
        }
    }
}

/// "（是否应为 'x'？）" / " (did you mean 'x'?)" with the closest candidate, or nothing when
/// nothing is close.
func closestHint(_ name: String, among candidates: [String]) -> Phrase {
    Words.Loading.didYouMean(Suggestion.closest(to: name, among: candidates))
}
