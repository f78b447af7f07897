/// The report as an editable Word document (`report --format docx`): the content of the
/// HTML report in its order (SPEC §5) as Word headings, paragraphs and tables — the tier
/// ladder and the radar's data as tables — then, on a page of its own, the appendix for
/// auditors with the ids, expressions, values read, sources and fingerprints.
///
/// Every mapping from the view model to the document is in this file, and it reads the
/// view's stored values only (`WordDocument` knows nothing of reports).
public struct ReportDocxWriter: ReportWriter {
    public init() {}

    public func document(_ view: ScoreView) throws -> ReportDocument { .binary(try build(view).data()) }

    typealias Run = WordDocument.Run
    typealias Column = WordDocument.Column

    /// The document, before it is zipped (the tests read its parts).
    func build(_ view: ScoreView) -> WordDocument {
        let labels = view.labels
        let heading = labels.documentTitle + " · " + view.enterpriseName
        var document = WordDocument(title: heading, language: view.language, date: view.stamp.date,
                                    pageHeader: heading + " · " + view.tierTitle)
        Self.summary(view, into: &document)
        Self.scores(view, into: &document)
        Self.standing(view, into: &document)
        Self.plan(view, into: &document)
        Self.conditions(view, into: &document)
        Self.answers(view, into: &document)
        Self.warnings(view, into: &document)
        Self.appendix(view, into: &document)
        return document
    }

    /// A table of at most this many rows is kept on one page; a longer one may run onto the
    /// next, its header row repeated there.
    private static let shortTable = 6

    private static func parenthetical(_ text: String, _ view: ScoreView) -> String {
        Words.Punctuation.parenthetical(text)(view.messageLanguage)
    }

    private static func status(_ text: String, passed: Bool) -> Run { Run(text: text, bold: true, colour: passed ? .pass : .fail) }

    // MARK: - Sections, in the HTML report's order

    /// The first page: who, the verdict, the ladder, the gap, the best-value steps, the notice.
    private static func summary(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.paragraph(labels.documentTitle, style: .subtitle)
        document.paragraph(view.enterpriseName, style: .title)
        document.table([Column(title: "", weight: 1), Column(title: "", weight: 3)],
                       rows: view.facts.map { [[.bold($0.label)], [.plain($0.value)]] }, keepTogether: true)
        document.heading(1, labels.verdict)
        document.paragraph([.plain(labels.achievedTier + labels.colon), .bold(view.tierTitle, view.hasTier ? .pass : .fail)])
        if view.hasApplying {
            let achieved = Run(text: labels.openParen + view.applyingAchieved + labels.closeParen, colour: view.applyingIsAchieved ? .pass : .fail)
            document.paragraph([.plain(labels.applyingFor + labels.colon + view.applyingTitle), achieved])
        }
        if view.incomplete { document.paragraph([.bold(labels.incomplete, .fail)]) }
        // The tier ladder, as a table: each tier and whether it is achieved.
        document.table([Column(title: labels.ladderTitle, weight: 3), Column(title: labels.result, weight: 2)],
                       rows: view.tiers.map { [[.plain($0.title)], [status($0.statusText, passed: $0.achieved)]] }, keepTogether: true)
        if view.hasGap {
            document.heading(2, view.gapHeading)
            document.bullets(view.gap)
        }
        if view.topReached { document.paragraph(labels.topReached) }
        if view.hasPlan {
            if view.hasUnanswered {
                document.paragraph([.bold(labels.answerFirst)])
                document.bullets(view.planUnanswered)
            }
            if view.hasRaises {
                document.heading(2, view.summaryStepsHeading)
                document.table(planColumns(labels, levels: false),
                               rows: view.summarySteps.map { planRow($0, labels, levels: false, advice: false) }, keepTogether: true)
                if !view.summaryPlanCost.isEmpty { document.paragraph(view.summaryPlanCost) }
                if !view.summaryPlanReaches.isEmpty { document.paragraph(view.summaryPlanReaches) }
            }
            if view.hasBlockers {
                document.paragraph([.bold(labels.blockers)])
                document.bullets(view.planBlockers)
            }
        }
        var notice: [Run] = []
        if view.hasProvisional { notice.append(.bold(labels.provisional + " ")) }
        notice.append(.plain(view.notice))
        document.paragraph(notice, style: .note)
    }

    private static func scores(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.scores, newPage: true)
        var total: [Run] = [.plain(labels.total + " "), .bold(view.total)]
        if view.hasTotalNeeds { total.append(.muted(Words.Punctuation.clauseSeparator(view.messageLanguage) + view.totalNeeds)) }
        document.paragraph(total)
        var columns = [Column(title: labels.domain, weight: 4), Column(title: labels.score, weight: 2, alignment: .trailing),
                       Column(title: labels.domainWeight, weight: 2, alignment: .trailing)]
        if view.hasDomainNeeds { columns.append(Column(title: labels.nextTierNeeds, weight: 3)) }
        document.table(columns, textRows: view.domains.map { row in
            [row.title, row.score, row.weight] + (view.hasDomainNeeds ? [row.needs] : [])
        }, keepTogether: true)
    }

    private static func standing(_ view: ScoreView, into document: inout WordDocument) {
        guard view.hasStanding else { return }
        let labels = view.labels
        document.heading(1, labels.standing)
        for line in view.placementLines { document.paragraph([.bold(line.label + labels.colon), .plain(line.value)]) }
        if view.hasPlacementWhy { document.bullets(view.placementWhy) }
        document.paragraph(labels.standingNote, style: .note)
        document.table([Column(title: labels.domain, weight: 4), Column(title: labels.standingBatch, weight: 2, alignment: .trailing),
                        Column(title: labels.city, weight: 2, alignment: .trailing), Column(title: labels.industry, weight: 2, alignment: .trailing)],
                       textRows: view.standing.map { [$0.measure, $0.batch, $0.city, $0.industry] }, keepTogether: true)
    }

    private static func planColumns(_ labels: ReportLabels, levels: Bool) -> [Column] {
        [Column(title: labels.capability, weight: 11), Column(title: labels.nowToTarget, weight: 6)]
            + (levels ? [Column(title: labels.levels, weight: 3, alignment: .trailing)] : [])
            + [Column(title: labels.cost, weight: 2, alignment: .trailing), Column(title: labels.adds, weight: 3, alignment: .trailing)]
    }

    private static func planRow(_ row: ScoreView.PlanRow, _ labels: ReportLabels, levels: Bool, advice: Bool) -> [[Run]] {
        var capability: [Run] = [.bold(row.indicator)]
        if advice, row.hasAdvice { capability.append(.muted("\n" + row.advice)) }
        return [capability, [.plain(row.change)]] + (levels ? [[.plain(String(row.levels))]] : [])
            + [[.plain(String(row.cost))], [.plain(row.adds)]]
    }

    /// The roadmap: quick steps, larger projects, the totals, the legend, the blockers.
    private static func plan(_ view: ScoreView, into document: inout WordDocument) {
        guard view.hasPlan else { return }
        let labels = view.labels
        document.heading(1, view.planTitle)
        if view.planNothing { document.paragraph(labels.nothingToChange) }
        for (title, note, rows, levels) in [(labels.quickSteps, labels.quickStepsNote, view.planQuick, false),
                                            (labels.largerProjects, labels.largerProjectsNote, view.planProjects, true)] where !rows.isEmpty {
            document.heading(2, title)
            document.paragraph(note, style: .note)
            document.table(planColumns(labels, levels: levels), rows: rows.map { planRow($0, labels, levels: levels, advice: true) },
                           keepTogether: rows.count <= shortTable)
        }
        if view.hasRaises {
            document.paragraph([.bold(view.planTotals)])
            if view.hasMarginAsked { document.paragraph(view.planMarginAsked) }
        }
        if view.planThinMargin { document.paragraph([.bold("⚠ " + labels.thinMargin, .fail)]) }
        if view.hasRaises { document.paragraph(view.planLegend, style: .note) }
        if view.hasBlockers {
            document.heading(2, labels.blockers)
            document.bullets(view.planBlockers)
        }
        if view.hasPlanNote { document.paragraph(view.planNote, style: .note) }
    }

    /// Every gate once, then each tier's rules: the condition, what was found against what is
    /// required, the result.
    private static func conditions(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.conditions)
        let columns = [Column(title: labels.condition, weight: 5), Column(title: labels.statement, weight: 5), Column(title: labels.result, weight: 2)]
        func rows(_ conditions: [ScoreView.ConditionRow]) -> [[[Run]]] {
            conditions.map { condition in
                var title: [Run] = [.plain(condition.title)]
                if condition.provisional { title.append(.muted(parenthetical(labels.provisional, view))) }
                if condition.hasAppliesTo { title.append(.muted("\n" + condition.appliesTo)) }
                var result: [Run] = [status(condition.statusText, passed: condition.status == "pass")]
                if condition.hasError { result.append(.muted("\n" + condition.error)) }
                return [title, [.plain(condition.statement)], result]
            }
        }
        document.heading(2, labels.gates)
        document.paragraph(labels.gatesNote, style: .note)
        let gates = rows(view.gates)
        document.table(columns, rows: gates, keepTogether: gates.count <= shortTable)
        for tier in view.tiers where tier.hasRules {
            document.heading(2, tier.heading + " — " + tier.statusText)
            let rules = rows(tier.rules)
            document.table(columns, rows: rules, keepTogether: rules.count <= shortTable)
        }
    }

    /// Every indicator by domain; the evidence, note and N/A columns only when some answer
    /// has one.
    private static func answers(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.answers)
        document.paragraph(labels.answersNote, style: .note)
        let optional: [(title: String, value: (ScoreView.IndicatorRow) -> String)] = [
            (labels.naReason, \.naReason), (labels.evidence, \.evidence), (labels.note, \.note),
        ].enumerated().filter { index, _ in [view.answersHaveNAReason, view.answersHaveEvidence, view.answersHaveNote][index] }.map(\.element)
        var columns = [Column(title: labels.indicator, weight: 6), Column(title: labels.answer, weight: 4),
                       Column(title: labels.score, weight: 2, alignment: .trailing), Column(title: labels.weight, weight: 2, alignment: .trailing)]
        columns += optional.map { Column(title: $0.title, weight: 4) }
        for group in view.indicatorGroups {
            document.heading(2, group.title + " · " + group.score)
            let cells: [[[Run]]] = group.rows.map { row in
                [[.plain(row.title)], [.plain(row.answer)], [.plain(row.score)], [.plain(row.weight)]] + optional.map { [.plain($0.value(row))] }
            }
            document.table(columns, rows: cells, keepTogether: cells.count <= shortTable)
        }
    }

    private static func warnings(_ view: ScoreView, into document: inout WordDocument) {
        document.heading(1, view.labels.warnings)
        if view.hasWarnings {
            document.bullets(view.warnings)
        } else {
            document.paragraph(view.labels.noWarnings)
        }
    }

    /// For auditors, on a page of its own: the files and fingerprints, every gate, rule and
    /// check with its id, expression and the values read, the metrics, the sources.
    private static func appendix(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.appendix, newPage: true)
        document.paragraph(labels.appendixNote, style: .note)
        document.heading(2, labels.appendixFacts)
        document.table([Column(title: "", weight: 1), Column(title: "", weight: 3)],
                       rows: view.appendixFacts.map { [[.bold($0.label)], [.code($0.value)]] }, keepTogether: true)
        document.heading(2, labels.expressions)
        let rows: [[[Run]]] = view.appendixConditions.map { condition in
            [[.code(condition.id), .muted("\n" + condition.scope)], [.plain(condition.title)], [.code(condition.expression)],
             [.code(condition.values)], [.plain(condition.statusText)]]
        }
        document.table([Column(title: labels.identifier, weight: 3), Column(title: labels.condition, weight: 4),
                        Column(title: labels.expression, weight: 5), Column(title: labels.valueRead, weight: 4),
                        Column(title: labels.result, weight: 2)], rows: rows)
        if !view.appendixMetrics.isEmpty {
            document.heading(2, labels.metricValues)
            document.bullets(view.appendixMetrics.map { [.code($0)] })
        }
        if !view.appendixSources.isEmpty {
            document.heading(2, labels.sources)
            document.table([Column(title: labels.source, weight: 5), Column(title: labels.reliability, weight: 2), Column(title: labels.link, weight: 5)],
                           rows: view.appendixSources.map { [[.plain($0.title)], [.plain($0.reliability)], [.code($0.url)]] })
        }
    }
}
