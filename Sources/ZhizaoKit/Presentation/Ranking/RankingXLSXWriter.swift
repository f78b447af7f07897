import Foundation

/// `ranking.xlsx`, the shortlist staff circulate (SPEC §4): one sheet per target list (then
/// the no-target list), the places per quota group, how the ranking was made, and the
/// rejects. Headings are words, not ids; every text is a text cell formatted as text (`@`),
/// so no spreadsheet turns a credit code such as `913702009686491234` into `9.137E+17`;
/// numbers are number cells; each table's header row is frozen and carries an autofilter.
/// Rows are formatted one at a time and streamed to the file (`XLSXWriter.write`), so the
/// rows of 100,000 applicants never exist as one workbook in memory.
public struct RankingXLSXWriter: Sendable {
    typealias Cell = XLSXWriter.Cell
    typealias Style = XLSXWriter.CellStyle

    public init() {}

    /// Writes the workbook to `path`, atomically.
    public func write(_ view: RankingView, to path: String) throws {
        try XLSXWriter.write(sheets(view), to: path)
    }

    func sheets(_ view: RankingView) -> [XLSXWriter.StreamedSheet] {
        let language = view.language
        let page = Words.RankingPage.self
        let fixed = [page.groupsSheet, page.runSheet, page.rejectsSheet].map { $0(language) }
        let names = XLSXWriter.sheetNames(view.lists.map(\.title) + fixed) { page.listSheet($0)(language) }
        let count = view.lists.count
        return zip(view.lists, names).map { list, name in listSheet(list, named: name, view) }
            + [groupsSheet(view, named: names[count]), runSheet(view, named: names[count + 1]), rejectsSheet(view, named: names[count + 2])]
    }

    /// A row being built: its cells and their formats.
    struct Line {
        var cells: [Cell] = []
        var styles: [Style] = []

        mutating func text(_ value: String, _ style: Style = .text) {
            cells.append(value.isEmpty ? .empty : .text(value))
            styles.append(style)
        }
        mutating func number(_ value: String?, _ style: Style = .number) {
            // Only a plain finite decimal is a number cell; anything else stays as it was written.
            if let value, !value.isEmpty, let double = Double(value), double.isFinite {
                cells.append(.number(value))
            } else {
                cells.append(value.map { $0.isEmpty ? .empty : .text($0) } ?? .empty)
            }
            styles.append(style)
        }
    }

    /// A table's sheet: its header frozen and filtered, columns fitted within `widths`.
    static func table(_ name: String, headings: [String], widths: [ClosedRange<Double>],
                      rows: @escaping (inout XLSXWriter.Rows) -> Void) -> XLSXWriter.StreamedSheet {
        XLSXWriter.StreamedSheet(name: name, frozenRows: 1, autoFilter: true, widths: widths) { sheet in
            sheet.append(headings.map { .text($0) }, styles: headings.map { _ in .header })
            rows(&sheet)
        }
    }

    /// One list: the columns of `ranking.csv` in words (the list is the sheet, so no target
    /// column), status and why in words; columns that mean nothing here are left out (status
    /// and selected without a quota, the group without `--quota-by`, achieved in the
    /// no-target list).
    func listSheet(_ list: RankingView.List, named name: String, _ view: RankingView) -> XLSXWriter.StreamedSheet {
        let language = view.language
        let (ranking, why, page) = (Words.Ranking.self, Words.RankingWhy.self, Words.RankingPage.self)
        let hasQuota = view.hasQuota, grouped = view.run.quotaBy != nil, hasTarget = list.target != nil
        var headings: [String] = [ranking.rank(language)]
        var widths: [ClosedRange<Double>] = [5...8]
        func column(_ heading: Phrase, _ width: ClosedRange<Double>) {
            headings.append(heading(language))
            widths.append(width)
        }
        if hasQuota {
            column(why.status, 8...16)
            column(ranking.selected, 6...8)
        }
        column(ranking.enterprise, 16...50)
        column(ranking.creditCode, 21...22)
        column(ranking.city, 6...14)
        column(page.industry, 8...30)
        if grouped { column(why.groupName, 6...16) }
        column(page.applyingFor, 8...20)
        column(ranking.tier, 8...20)
        if hasTarget { column(page.achievedTarget, 8...12) }
        column(ranking.total, 6...8)
        for title in view.domainTitles {
            headings.append(title)
            widths.append(7...12)
        }
        for tiebreak in view.run.tiebreaks {
            headings.append(Words.RankingWhy.tiebreakColumn(tiebreak.title)(language))
            widths.append(8...16)
        }
        column(why.complete, 5...8)
        column(why.why, 30...80)
        column(ranking.source, 12...50)
        column(page.fingerprint, 12...30)
        func yesNo(_ value: Bool?) -> String { value.map { Words.Answers.yesNo($0)(language) } ?? "" }
        let rows = list.rows
        return Self.table(name, headings: headings, widths: widths) { sheet in
            for entry in rows {
                let row = view.row(entry)
                var line = Line()
                line.number(row.rank)
                if hasQuota {
                    line.text(row.statusText)
                    line.text(yesNo(row.selected))
                }
                line.text(row.name ?? "")
                line.text(row.creditCode)
                line.text(row.city ?? "")
                line.text(row.industry ?? "")
                if grouped { line.text(row.group) }
                line.text(row.applyingFor.map(view.tierTitle) ?? "")
                line.text(row.tierTitle)
                if hasTarget { line.text(yesNo(row.achieved)) }
                line.number(row.total, .decimal)
                for domain in row.domains { line.number(domain, .decimal) }
                for (shown, number) in zip(row.tiebreaks, row.tiebreakNumbers) {
                    // A share is shown as a percentage; the cell keeps the number and shows it so.
                    line.number(number.isEmpty ? shown : number, shown.hasSuffix("%") ? .percent : .number)
                }
                line.text(yesNo(row.complete))
                line.text(row.why.joined(separator: "\n"), .wrappedText)
                line.text(row.source)
                line.text(row.fingerprint)
                sheet.append(line.cells, styles: line.styles)
            }
        }
    }

    /// The places per quota group of each target list (`view.groups`).
    func groupsSheet(_ view: RankingView, named name: String) -> XLSXWriter.StreamedSheet {
        let language = view.language
        let why = Words.RankingWhy.self
        let headings = [why.targetList, why.groupName, why.quota, why.applicants, why.achieved, why.selectedCount, why.unused,
                        why.quotaFullCount, why.incompleteCount, why.duplicates, why.rejects].map { $0(language) }
        let groups = view.groups
        return Self.table(name, headings: headings, widths: [10...30, 8...20] + Array(repeating: 7...12, count: 9)) { sheet in
            for group in groups {
                var line = Line()
                line.text(group.targetTitle)
                line.text(group.groupTitle)
                for count in [group.quota, group.applicants, group.achieved, group.selected, group.unused, group.quotaFull,
                              group.incomplete, group.duplicates, group.rejects] {
                    line.number(count)
                }
                sheet.append(line.cells, styles: line.styles)
            }
        }
    }

    /// How the ranking was made (`view.run`): each line, the files skipped, the same
    /// application submitted more than once.
    func runSheet(_ view: RankingView, named name: String) -> XLSXWriter.StreamedSheet {
        let language = view.language
        let (why, page) = (Words.RankingWhy.self, Words.RankingPage.self)
        var lines = view.run.lines.map { (label: $0.label, text: $0.text) }
        for (index, file) in view.run.skipped.enumerated() { lines.append((index == 0 ? why.skippedFiles(language) : "", file)) }
        for (index, fold) in view.run.sameApplications.enumerated() {
            lines.append((index == 0 ? why.sameApplications(language) : "", why.sameApplication(kept: fold.kept, repeats: fold.repeats)(language)))
        }
        let headings = [page.item(language), page.detail(language)]
        return XLSXWriter.StreamedSheet(name: name, frozenRows: 1, widths: [12...30, 40...100]) { sheet in
            sheet.append(headings.map { .text($0) }, styles: [.header, .header])
            for (label, text) in lines {
                var line = Line()
                line.text(label, .label)
                line.text(text, .wrappedText)
                sheet.append(line.cells, styles: line.styles)
            }
        }
    }

    /// Every input that could not be scored, with the applicant where it could be read.
    func rejectsSheet(_ view: RankingView, named name: String) -> XLSXWriter.StreamedSheet {
        let language = view.language
        let ranking = Words.Ranking.self
        let headings = [ranking.source, ranking.enterprise, ranking.creditCode, ranking.city, ranking.reason].map { $0(language) }
        let rejects = view.rejects
        return Self.table(name, headings: headings, widths: [12...50, 16...50, 21...22, 6...14, 30...100]) { sheet in
            for reject in rejects {
                var line = Line()
                line.text(reject.source)
                line.text(reject.name ?? "")
                line.text(reject.creditCode ?? "")
                line.text(reject.city ?? "")
                line.text(reject.reason, .wrappedText)
                sheet.append(line.cells, styles: line.styles)
            }
        }
    }
}
