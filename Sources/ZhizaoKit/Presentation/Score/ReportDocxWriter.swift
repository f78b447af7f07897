/// The report as an editable Word document (`report --format docx`): the HTML report's
/// sections in its order, as Word headings, paragraphs and tables — the tier ladder and the
/// radar's data as tables — then, on a page of its own, an appendix for auditors with what
/// the main part leaves out: the fingerprints, the tool version, the conditions'
/// expressions, the values they read and their requirements, the metrics.
///
/// Every mapping from the view model to the document is in this file, and it reads the
/// view's stored values only (SPEC §5; `WordDocument` knows nothing of reports).
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
        Self.header(view, into: &document)
        Self.verdict(view, into: &document)
        Self.scores(view, into: &document)
        Self.standing(view, into: &document)
        Self.conditions(view, into: &document)
        Self.plan(view, into: &document)
        Self.indicators(view, into: &document)
        Self.warnings(view, into: &document)
        Self.appendix(view, into: &document)
        return document
    }

    /// A table of at most this many rows is kept on one page; a longer one may run onto the
    /// next, its header row repeated there.
    private static let shortTable = 6

    /// The labels of the header fields the appendix shows instead of the main part.
    private static func isForAuditors(_ field: ScoreView.Field, _ labels: ReportLabels) -> Bool {
        field.label == labels.rubricFingerprint || field.label == labels.assessmentFingerprint || field.label == labels.tool
    }

    private static func parenthetical(_ text: String, _ view: ScoreView) -> String {
        Words.Punctuation.parenthetical(text)(view.messageLanguage)
    }

    // MARK: - Sections, in the HTML report's order

    private static func header(_ view: ScoreView, into document: inout WordDocument) {
        document.paragraph(view.labels.documentTitle, style: .subtitle)
        document.paragraph(view.enterpriseName, style: .title)
        let fields = view.header.filter { !isForAuditors($0, view.labels) }
        document.table([Column(title: "", weight: 1), Column(title: "", weight: 3)],
                       rows: fields.map { [[.bold($0.label)], [.plain($0.value)]] }, keepTogether: true)
    }

    private static func verdict(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.verdict)
        document.paragraph([.plain(labels.achievedTier + labels.colon), .bold(view.tierTitle, view.hasTier ? .pass : .fail)])
        if view.hasApplying {
            let achieved = Run(text: parenthetical(view.applyingAchieved, view), colour: view.applyingIsAchieved ? .pass : .fail)
            document.paragraph([.plain(labels.applyingFor + labels.colon + view.applyingTitle), achieved])
        }
        if view.incomplete { document.paragraph([.bold(labels.incomplete, .fail)]) }
        // The tier ladder, as a table: each tier, whether it is achieved, which one is the
        // result and which one was applied for.
        let rows: [[[Run]]] = view.tiers.map { tier in
            var title: [Run] = [.plain(tier.title)]
            if tier.id == view.tierID { title.append(.bold(parenthetical(Words.Report.ladderResultMark(view.messageLanguage), view))) }
            if view.hasApplying && tier.title == view.applyingTitle {
                title.append(.muted(parenthetical(Words.Report.ladderAppliedMark(view.messageLanguage), view)))
            }
            return [title, [Run(text: tier.statusText, colour: tier.achieved ? .pass : .fail)]]
        }
        document.table([Column(title: labels.ladderTitle, weight: 3), Column(title: labels.result, weight: 2)], rows: rows, keepTogether: true)
    }

    private static func scores(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.scores)
        var total: [Run] = [.plain(labels.total + " "), .bold(view.total)]
        if view.hasTotalNeeds {
            total.append(.muted(Words.Punctuation.clauseSeparator(view.messageLanguage) + labels.nextTierNeeds + " " + view.totalNeeds))
        }
        document.paragraph(total)
        document.table([Column(title: labels.domain, weight: 4), Column(title: labels.score, weight: 2, alignment: .trailing),
                        Column(title: labels.weight, weight: 2, alignment: .trailing), Column(title: labels.nextTierNeeds, weight: 3)],
                       textRows: view.domains.map { [$0.title, $0.score, $0.weight, $0.needs] }, keepTogether: true)
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

    /// Each tier's gates and rules by title, with their result and source; what they read
    /// and require is in the appendix.
    private static func conditions(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.conditions)
        for tier in view.tiers {
            document.heading(2, tier.title + " — " + tier.statusText)
            let rows: [[[Run]]] = tier.conditions.map { condition in
                var title: [Run] = [.plain(condition.kind + labels.colon + condition.title)]
                if condition.provisional { title.append(.muted(parenthetical(labels.provisional, view))) }
                var result: [Run] = [Run(text: condition.statusText, bold: true, colour: condition.status == "pass" ? .pass : .fail)]
                if condition.hasError { result.append(.muted("\n" + condition.error)) }
                var source: [Run] = [.plain(condition.source)]
                if condition.secondary { source.append(.muted(parenthetical(labels.secondary, view))) }
                return [title, result, source]
            }
            document.table([Column(title: labels.condition, weight: 5), Column(title: labels.result, weight: 2),
                            Column(title: labels.source, weight: 4)], rows: rows, keepTogether: rows.count <= shortTable)
        }
    }

    private static func plan(_ view: ScoreView, into document: inout WordDocument) {
        guard view.hasPlan else { return }
        let labels = view.labels
        document.heading(1, labels.plan + labels.colon + view.planTitle)
        if view.planNothing { document.paragraph("—") }
        if view.hasUnanswered {
            document.paragraph([.bold(labels.answerFirst)])
            document.bullets(view.planUnanswered)
        }
        if view.hasRaises {
            let rows: [[[Run]]] = view.planRows.map { row in
                var capability: [Run] = [.bold(row.indicator)]
                if row.hasAdvice { capability.append(.muted("\n" + labels.advice + labels.colon + row.advice)) }
                return [capability, [.plain(row.change)], [.plain(String(row.levels))], [.plain(String(row.cost))], [.plain(row.adds)]]
            }
            document.table([Column(title: labels.capability, weight: 11), Column(title: labels.nowToTarget, weight: 6),
                            Column(title: labels.levels, weight: 3, alignment: .trailing), Column(title: labels.cost, weight: 2, alignment: .trailing),
                            Column(title: labels.adds, weight: 3, alignment: .trailing)], rows: rows, keepTogether: rows.count <= shortTable)
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

    /// Every indicator by domain; in each domain, the evidence, note and N/A columns only
    /// when some answer there has one.
    private static func indicators(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        document.heading(1, labels.indicators)
        for group in view.indicatorGroups {
            let optional: [(title: String, shown: Bool, value: (ScoreView.IndicatorRow) -> String)] = [
                (labels.evidence, group.rows.contains { !$0.evidence.isEmpty }, \.evidence),
                (labels.note, group.rows.contains { !$0.note.isEmpty }, \.note),
                (labels.naReason, group.rows.contains { !$0.naReason.isEmpty }, \.naReason),
            ].filter { $0.shown }
            var columns = [Column(title: labels.indicator, weight: 6), Column(title: labels.answer, weight: 4),
                           Column(title: labels.score, weight: 2, alignment: .trailing), Column(title: labels.weight, weight: 2, alignment: .trailing)]
            columns += optional.map { Column(title: $0.title, weight: 4) }
            document.heading(2, group.title + " · " + group.score)
            let cells: [[[Run]]] = group.rows.map { row in
                var title: [Run] = [.plain(row.title)]
                if row.hasScenario { title.append(.muted(parenthetical(labels.scenario + " " + row.scenario, view))) }
                return [title, [.plain(row.answer)], [.plain(row.score)], [.plain(row.weight)]] + optional.map { [.plain($0.value(row))] }
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

    /// For auditors, on a page of its own: fingerprints and tool version, each condition's
    /// expression, the values it read and its requirement (a gate that applies to several
    /// tiers once), the metrics.
    private static func appendix(_ view: ScoreView, into document: inout WordDocument) {
        let labels = view.labels
        let language = view.messageLanguage
        document.heading(1, Words.WordReport.appendix(language), newPage: true)
        document.paragraph(Words.WordReport.appendixNote(language), style: .note)

        document.heading(2, Words.WordReport.files(language))
        let fields = view.header.filter { isForAuditors($0, labels) }
        document.table([Column(title: "", weight: 1), Column(title: "", weight: 3)],
                       rows: fields.map { [[.bold($0.label)], [.code($0.value)]] }, keepTogether: true)

        document.heading(2, Words.WordReport.expressions(language))
        var seen: Set<String> = []
        var rows: [[[Run]]] = []
        for tier in view.tiers {
            for condition in tier.conditions where !condition.expression.isEmpty {
                // Only to skip repeats; the order is the tiers' and their conditions'.
                guard seen.insert(condition.kind + "\u{0}" + condition.id + "\u{0}" + condition.expression).inserted else { continue }
                rows.append([[.plain(condition.kind + labels.colon + condition.title)], [.code(condition.expression)],
                             [.code(condition.reads.joined(separator: "\n"))], [.code(condition.threshold)]])
            }
        }
        document.table([Column(title: labels.condition, weight: 3), Column(title: Words.WordReport.expression(language), weight: 4),
                        Column(title: labels.valueRead, weight: 3), Column(title: labels.threshold, weight: 3)], rows: rows)

        if !view.metrics.isEmpty {
            document.heading(2, Words.WordReport.metricValues(language))
            document.bullets(view.metrics.map { [.code($0)] })
        }
    }
}
