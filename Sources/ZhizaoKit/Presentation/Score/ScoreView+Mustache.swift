import Mustache

// Templates read the score view through `child(named:)` rather than by reflection:
// Mirror made rendering one report take ~20 ms; a switch over the field names is ~10× faster.
// Every stored field is listed (a test renders every field name the templates use).

extension ScoreView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "language": return language
        case "messageLanguage": return messageLanguage
        case "labels": return labels
        case "enterpriseName": return enterpriseName
        case "enterpriseHeading": return enterpriseHeading
        case "enterpriseDetails": return enterpriseDetails
        case "source": return source
        case "rubricID": return rubricID
        case "rubricVersion": return rubricVersion
        case "rubricTitle": return rubricTitle
        case "facts": return facts
        case "tierID": return tierID
        case "hasTier": return hasTier
        case "tierTitle": return tierTitle
        case "achievedTitle": return achievedTitle
        case "hasApplying": return hasApplying
        case "applyingTitle": return applyingTitle
        case "applyingAchieved": return applyingAchieved
        case "applyingIsAchieved": return applyingIsAchieved
        case "incomplete": return incomplete
        case "ladderSVG": return ladderSVG
        case "radarSVG": return radarSVG
        case "total": return total
        case "totalNeeds": return totalNeeds
        case "hasTotalNeeds": return hasTotalNeeds
        case "domains": return domains
        case "hasDomainNeeds": return hasDomainNeeds
        case "focusTitle": return focusTitle
        case "gapHeading": return gapHeading
        case "gap": return gap
        case "gapIsProvisional": return gapIsProvisional
        case "hasGap": return hasGap
        case "topReached": return topReached
        case "hasProvisional": return hasProvisional
        case "notice": return notice
        case "gates": return gates
        case "tiers": return tiers
        case "metrics": return metrics
        case "hasPlan": return hasPlan
        case "planTier": return planTier
        case "planTitle": return planTitle
        case "planUnanswered": return planUnanswered
        case "hasUnanswered": return hasUnanswered
        case "planRows": return planRows
        case "hasRaises": return hasRaises
        case "planQuick": return planQuick
        case "hasQuick": return hasQuick
        case "planProjects": return planProjects
        case "hasProjects": return hasProjects
        case "summarySteps": return summarySteps
        case "summaryStepsHeading": return summaryStepsHeading
        case "summaryPlanCost": return summaryPlanCost
        case "summaryPlanReaches": return summaryPlanReaches
        case "planHasAdvice": return planHasAdvice
        case "planTotals": return planTotals
        case "planMarginAsked": return planMarginAsked
        case "hasMarginAsked": return hasMarginAsked
        case "planThinMargin": return planThinMargin
        case "planLegend": return planLegend
        case "planBlockers": return planBlockers
        case "hasBlockers": return hasBlockers
        case "planNote": return planNote
        case "hasPlanNote": return hasPlanNote
        case "planNothing": return planNothing
        case "indicatorGroups": return indicatorGroups
        case "answersHaveEvidence": return answersHaveEvidence
        case "answersHaveNote": return answersHaveNote
        case "answersHaveNAReason": return answersHaveNAReason
        case "warnings": return warnings
        case "hasWarnings": return hasWarnings
        case "standing": return standing
        case "hasStanding": return hasStanding
        case "placementLines": return placementLines
        case "placementWhy": return placementWhy
        case "hasPlacementWhy": return hasPlacementWhy
        case "appendixFacts": return appendixFacts
        case "appendixConditions": return appendixConditions
        case "appendixMetrics": return appendixMetrics
        case "appendixSources": return appendixSources
        case "result": return result
        case "stamp": return stamp
        default: return nil
        }
    }
}

extension ScoreView.Field: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": return label
        case "value": return value
        default: return nil
        }
    }
}

extension ScoreView.IndicatorGroup: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "score": return score
        case "rows": return rows
        default: return nil
        }
    }
}

extension ScoreView.DomainRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "score": return score
        case "weight": return weight
        case "needs": return needs
        default: return nil
        }
    }
}

extension ScoreView.ConditionRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "statement": return statement
        case "status": return status
        case "mark": return mark
        case "statusText": return statusText
        case "error": return error
        case "hasError": return hasError
        case "provisional": return provisional
        case "appliesTo": return appliesTo
        case "hasAppliesTo": return hasAppliesTo
        default: return nil
        }
    }
}

extension ScoreView.TierSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "heading": return heading
        case "achieved": return achieved
        case "statusText": return statusText
        case "rules": return rules
        case "hasRules": return hasRules
        default: return nil
        }
    }
}

extension ScoreView.AppendixCondition: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "scope": return scope
        case "id": return id
        case "title": return title
        case "expression": return expression
        case "values": return values
        case "statusText": return statusText
        default: return nil
        }
    }
}

extension ScoreView.SourceRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "reliability": return reliability
        case "url": return url
        case "hasURL": return hasURL
        default: return nil
        }
    }
}

extension ScoreView.PlanRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "indicator": return indicator
        case "from": return from
        case "to": return to
        case "change": return change
        case "levels": return levels
        case "cost": return cost
        case "adds": return adds
        case "advice": return advice
        case "hasAdvice": return hasAdvice
        default: return nil
        }
    }
}

extension ScoreView.IndicatorRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "scenario": return scenario
        case "hasScenario": return hasScenario
        case "answer": return answer
        case "score": return score
        case "weight": return weight
        case "evidence": return evidence
        case "hasEvidence": return hasEvidence
        case "note": return note
        case "hasNote": return hasNote
        case "naReason": return naReason
        case "hasNAReason": return hasNAReason
        default: return nil
        }
    }
}

extension ScoreView.StandingRow: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "measure": return measure
        case "batch": return batch
        case "city": return city
        case "industry": return industry
        default: return nil
        }
    }
}

extension ReportLabels: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "documentTitle": return documentTitle
        case "enterprise": return enterprise
        case "creditCode": return creditCode
        case "city": return city
        case "industry": return industry
        case "rubric": return rubric
        case "rubricFingerprint": return rubricFingerprint
        case "assessmentFingerprint": return assessmentFingerprint
        case "date": return date
        case "tool": return tool
        case "verdict": return verdict
        case "achievedTier": return achievedTier
        case "applyingFor": return applyingFor
        case "incomplete": return incomplete
        case "ladderTitle": return ladderTitle
        case "scores": return scores
        case "radarTitle": return radarTitle
        case "total": return total
        case "domain": return domain
        case "score": return score
        case "weight": return weight
        case "nextTierNeeds": return nextTierNeeds
        case "conditions": return conditions
        case "condition": return condition
        case "valueRead": return valueRead
        case "threshold": return threshold
        case "result": return result
        case "source": return source
        case "gate": return gate
        case "rule": return rule
        case "prerequisite": return prerequisite
        case "provisional": return provisional
        case "secondary": return secondary
        case "plan": return plan
        case "advice": return advice
        case "blockers": return blockers
        case "answerFirst": return answerFirst
        case "capability": return capability
        case "nowToTarget": return nowToTarget
        case "levels": return levels
        case "cost": return cost
        case "adds": return adds
        case "howTo": return howTo
        case "thinMargin": return thinMargin
        case "indicators": return indicators
        case "indicator": return indicator
        case "answer": return answer
        case "evidence": return evidence
        case "note": return note
        case "naReason": return naReason
        case "warnings": return warnings
        case "noWarnings": return noWarnings
        case "scenario": return scenario
        case "colon": return colon
        case "standing": return standing
        case "standingNote": return standingNote
        case "standingBatch": return standingBatch
        case "openParen": return openParen
        case "closeParen": return closeParen
        case "topReached": return topReached
        case "nothingToChange": return nothingToChange
        case "quickSteps": return quickSteps
        case "quickStepsNote": return quickStepsNote
        case "largerProjects": return largerProjects
        case "largerProjectsNote": return largerProjectsNote
        case "gates": return gates
        case "gatesNote": return gatesNote
        case "statement": return statement
        case "answers": return answers
        case "indicatorScore": return indicatorScore
        case "indicatorWeight": return indicatorWeight
        case "domainWeight": return domainWeight
        case "answersNote": return answersNote
        case "appendix": return appendix
        case "appendixNote": return appendixNote
        case "appendixFacts": return appendixFacts
        case "expressions": return expressions
        case "metricValues": return metricValues
        case "sources": return sources
        case "identifier": return identifier
        case "expression": return expression
        case "reliability": return reliability
        case "link": return link
        case "summary": return summary
        case "tierRulesHeading": return tierRulesHeading
        default: return nil
        }
    }
}

