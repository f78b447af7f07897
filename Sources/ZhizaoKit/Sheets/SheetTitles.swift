import Foundation

/// The titles a questionnaire gives each field — the template's second header row (SPEC §2,
/// `zhizao template`): 企业名称, the rubric's titles of profile facts and indicators, "…（不适用
/// 的理由）" — in every language, under each rubric a sheet may be read with. A header row is
/// recognised by its cells being field ids or field titles; these are the titles.
///
/// A row is a row of titles when most of its non-empty cells are the titles of their
/// columns' fields: never because of what one cell holds, so an applicant whose credit-code
/// cell holds Chinese text is still an applicant (and is refused for its credit code).
public struct SheetTitles: Sendable {
    /// One rubric's fields: id → its titles, and title → the ids that carry it.
    struct Fields: Sendable {
        var titles: [String: Set<String>] = [:]
        var ids: [String: [String]] = [:]

        mutating func add(_ id: String, _ title: String) {
            let title = SheetTitles.normalised(title)
            guard !title.isEmpty, title != id, titles[id, default: []].insert(title).inserted else { return }
            ids[title, default: []].append(id)
        }
    }

    let rubrics: [Fields]

    /// No titles known: only rows of ids are headers.
    public static let none = SheetTitles(rubrics: [])

    public init(rubrics: [Rubric]) {
        self.rubrics = rubrics.map(Self.fields)
    }

    /// The titles of the rubrics a pipeline's inputs may be read with: `--rubric`, else every
    /// shipped rubric, the default first.
    public init(pipeline: AssessmentPipeline) {
        if let override = pipeline.rubricOverride {
            self.init(rubrics: [override])
            return
        }
        let catalog = pipeline.catalog
        let paths = catalog.shippedIDs().sorted { a, b in
            a.key == ShippedRubrics.defaultID || (b.key != ShippedRubrics.defaultID && a.key < b.key)
        }.map(\.value)
        self.init(rubrics: paths.compactMap { catalog.load(path: $0, shipped: true).rubric })
    }

    /// Every field a questionnaire of `rubric` has, with its titles in every language.
    static func fields(_ rubric: Rubric) -> Fields {
        var fields = Fields()
        for language in Language.allCases {
            for (id, title) in Words.Sheets.fieldTitles { fields.add(id, title(language)) }
        }
        for fact in rubric.profile {
            for title in fact.title.translations.values { fields.add("profile." + fact.id, title) }
        }
        for indicator in rubric.indicators {
            for title in indicator.title.translations.values { fields.add(indicator.id, title) }
            for language in Language.allCases {
                let title = rubric.text(indicator.title, language.rawValue)
                fields.add(indicator.id + ".na", Words.Sheets.notApplicableTitle(of: title)(language))
                fields.add(indicator.id + ".evidence", Words.Template.evidenceTitle(of: title)(language))
                fields.add(indicator.id + ".note", Words.Template.noteTitle(of: title)(language))
            }
        }
        return fields
    }

    /// Text as a person may have retyped it: NFKC (full-width forms), trimmed.
    static func normalised(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether `row` holds the titles of the columns a header of ids names: most of its
    /// non-empty cells (more than half) are the title of their column's field under one of
    /// the rubrics. A cell under `<id>.na`, `.evidence` or `.note` may also be any text that
    /// begins with the indicator's title ("产品数字化设计不适用原因").
    func isTitleRow(_ row: SheetRow, under header: SheetRow) -> Bool {
        let ids = header.cells.map { cell -> String? in
            if case .text(let text) = cell { return text.trimmingCharacters(in: .whitespaces) }
            return nil
        }
        return rubrics.contains { fields in
            var filled = 0
            var titles = 0
            for (column, cell) in row.cells.enumerated() where !cell.isEmpty {
                filled += 1
                guard case .text(let raw) = cell, column < ids.count, let id = ids[column] else { continue }
                if Self.isTitle(Self.normalised(raw), of: id, in: fields) { titles += 1 }
            }
            return filled > 0 && titles * 2 > filled
        }
    }

    private static func isTitle(_ text: String, of id: String, in fields: Fields) -> Bool {
        if fields.titles[id]?.contains(text) == true { return true }
        guard let dot = id.lastIndex(of: "."), ["na", "evidence", "note"].contains(id[id.index(after: dot)...]),
              let indicator = fields.titles[String(id[..<dot])] else { return false }
        return indicator.contains { text.hasPrefix($0) && text.count > $0.count }
    }

    /// The header of ids a header of titles stands for (a sheet whose row of ids was
    /// deleted), or nil when `row` is not one: most of its non-empty cells must be titles of
    /// the fields of one rubric (the one with most, the first on a tie). A title that names
    /// no field, or two, is left as it is, for the header check to report.
    func idHeader(for row: SheetRow) -> SheetRow? {
        var best: (fields: Fields, titles: Int)?
        var filled = 0
        for fields in rubrics {
            filled = 0
            var titles = 0
            for cell in row.cells where !cell.isEmpty {
                filled += 1
                if case .text(let raw) = cell, fields.ids[Self.normalised(raw)]?.count == 1 { titles += 1 }
            }
            if titles * 2 > filled, titles > (best?.titles ?? 0) { best = (fields, titles) }
        }
        guard let best else { return nil }
        return SheetRow(number: row.number, cells: row.cells.map { cell in
            guard case .text(let raw) = cell, let ids = best.fields.ids[Self.normalised(raw)], ids.count == 1 else { return cell }
            return .text(ids[0])
        })
    }
}
