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
        case "scales": return scales
        case "domains": return domains
        case "gates": return gates
        case "tiers": return tiers
        case "metrics": return metrics
        case "checks": return checks
        case "sources": return sources
        case "appendixFacts": return appendixFacts
        case "appendix": return appendix
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

extension RubricDocModel.ScaleChoice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "label": return label
        case "score": return score
        case "step": return step
        default: return nil
        }
    }
}

extension RubricDocModel.ScaleEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "name": return self.name
        case "users": return users
        case "choices": return choices
        default: return nil
        }
    }
}

extension RubricDocModel.InlineChoice: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "label": return label
        case "detail": return detail
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
        case "question": return question
        case "answerForm": return answerForm
        case "scaleID": return scaleID
        case "hasScale": return hasScale
        case "choices": return choices
        case "hasChoices": return hasChoices
        case "notApplicable": return notApplicable
        case "hasNotApplicable": return hasNotApplicable
        case "details": return details
        case "weight": return weight
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
        case "reads": return reads
        case "hasReads": return hasReads
        case "appliesTo": return appliesTo
        case "source": return source
        case "sourceID": return sourceID
        case "hasSource": return hasSource
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
        case "rules": return rules
        case "hasRules": return hasRules
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

extension RubricDocModel.Expression: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "id": return id
        case "expression": return expression
        default: return nil
        }
    }
}

extension RubricDocModel.ExpressionGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": return heading
        case "expressions": return expressions
        default: return nil
        }
    }
}

extension RubricDocLabels: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "handbook": return handbook
        case "profile": return profile
        case "scales": return scales
        case "scalesNote": return scalesNote
        case "code": return code
        case "step": return step
        case "domains": return domains
        case "indicator": return indicator
        case "weight": return weight
        case "scenario": return scenario
        case "question": return question
        case "answerForm": return answerForm
        case "choices": return choices
        case "score": return score
        case "stepCostNote": return stepCostNote
        case "effort": return effort
        case "conditions": return conditions
        case "gatesNote": return gatesNote
        case "requires": return requires
        case "noRules": return noRules
        case "gates": return gates
        case "rules": return rules
        case "condition": return condition
        case "rule": return rule
        case "appliesTo": return appliesTo
        case "source": return source
        case "provisional": return provisional
        case "secondary": return secondary
        case "provisionalNote": return provisionalNote
        case "metrics": return metrics
        case "metricsNote": return metricsNote
        case "checks": return checks
        case "checksNote": return checksNote
        case "sources": return sources
        case "appendix": return appendix
        case "appendixNote": return appendixNote
        case "colon": return colon
        case "clauseSeparator": return clauseSeparator
        case "sentenceEnd": return sentenceEnd
        case "provisionalMark": return provisionalMark
        case "secondaryMark": return secondaryMark
        default: return nil
        }
    }
}
