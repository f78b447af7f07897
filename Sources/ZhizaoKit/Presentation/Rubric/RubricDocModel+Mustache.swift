import Mustache

// Templates read the handbook model through `child(named:)`, not by reflection (see
// ScoreView+Mustache.swift). Every stored field is listed; a test checks it.

extension RubricDocModel: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "language": return language
        case "labels": return labels
        case "title": return title
        case "facts": return facts
        case "profile": return profile
        case "domains": return domains
        case "tiers": return tiers
        case "metrics": return metrics
        case "checks": return checks
        case "sources": return sources
        default: return nil
        }
    }
}

extension RubricDocModel.Item: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "value": return value
        default: return nil
        }
    }
}

extension RubricDocModel.Choice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "label": return label
        case "score": return score
        case "cost": return cost
        default: return nil
        }
    }
}

extension RubricDocModel.IndicatorEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "scenario": return scenario
        case "hasScenario": return hasScenario
        case "question": return question
        case "answerForm": return answerForm
        case "choices": return choices
        case "hasChoices": return hasChoices
        case "guidance": return guidance
        case "evidence": return evidence
        case "advice": return advice
        case "weight": return weight
        case "notApplicable": return notApplicable
        case "effort": return effort
        default: return nil
        }
    }
}

extension RubricDocModel.DomainEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "weight": return weight
        case "indicators": return indicators
        default: return nil
        }
    }
}

extension RubricDocModel.Condition: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "expression": return expression
        case "appliesTo": return appliesTo
        case "source": return source
        case "provisional": return provisional
        case "secondary": return secondary
        default: return nil
        }
    }
}

extension RubricDocModel.TierEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "requires": return requires
        case "hasRequires": return hasRequires
        case "gates": return gates
        case "rules": return rules
        default: return nil
        }
    }
}

extension RubricDocModel.SourceEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "reference": return reference
        case "url": return url
        case "secondary": return secondary
        case "note": return note
        default: return nil
        }
    }
}

extension RubricDocLabels: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "handbook": return handbook
        case "profile": return profile
        case "domains": return domains
        case "weight": return weight
        case "scenario": return scenario
        case "question": return question
        case "answerForm": return answerForm
        case "choices": return choices
        case "score": return score
        case "stepCost": return stepCost
        case "stepCostNote": return stepCostNote
        case "guidance": return guidance
        case "evidence": return evidence
        case "advice": return advice
        case "notApplicable": return notApplicable
        case "effort": return effort
        case "tiers": return tiers
        case "requires": return requires
        case "gates": return gates
        case "rules": return rules
        case "appliesTo": return appliesTo
        case "source": return source
        case "provisional": return provisional
        case "secondary": return secondary
        case "provisionalNote": return provisionalNote
        case "metrics": return metrics
        case "checks": return checks
        case "sources": return sources
        case "colon": return colon
        default: return nil
        }
    }
}
