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
        case "achievedTitle": return achievedTitle
        case "applyingIsAchieved": return applyingIsAchieved
        case "focus": return focus
        case "metrics": return metrics
        case "planTier": return planTier
        case "stamp": return stamp
        case "header": return header
        case "tierID": return tierID
        case "hasTier": return hasTier
        case "tierTitle": return tierTitle
        case "hasApplying": return hasApplying
        case "applyingTitle": return applyingTitle
        case "applyingAchieved": return applyingAchieved
        case "incomplete": return incomplete
        case "ladderSVG": return ladderSVG
        case "radarSVG": return radarSVG
        case "total": return total
        case "totalNeeds": return totalNeeds
        case "hasTotalNeeds": return hasTotalNeeds
        case "domains": return domains
        case "tiers": return tiers
        case "hasPlan": return hasPlan
        case "planTitle": return planTitle
        case "planUnanswered": return planUnanswered
        case "hasUnanswered": return hasUnanswered
        case "planRows": return planRows
        case "hasRaises": return hasRaises
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
        case "warnings": return warnings
        case "hasWarnings": return hasWarnings
        case "standing": return standing
        case "hasStanding": return hasStanding
        case "placementLines": return placementLines
        case "placementWhy": return placementWhy
        case "hasPlacementWhy": return hasPlacementWhy
        case "result": return result
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

extension ScoreView.Condition: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "kind": return kind
        case "id": return id
        case "title": return title
        case "expression": return expression
        case "reads": return reads
        case "values": return values
        case "threshold": return threshold
        case "status": return status
        case "mark": return mark
        case "isRule": return isRule
        case "statusText": return statusText
        case "error": return error
        case "hasError": return hasError
        case "source": return source
        case "provisional": return provisional
        case "secondary": return secondary
        default: return nil
        }
    }
}

extension ScoreView.TierSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "id": return id
        case "title": return title
        case "achieved": return achieved
        case "statusText": return statusText
        case "conditions": return conditions
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
        case "note": return note
        case "naReason": return naReason
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
