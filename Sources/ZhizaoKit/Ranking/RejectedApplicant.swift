import Foundation

/// Who a rejected input is, read loosely (SPEC §4, "a ranking defends itself"): the
/// enterprise's name, credit code and city as the input wrote them, from a YAML document or
/// a sheet row. Reading it never fails: a field that is absent, not text, or blank is nil.
struct RejectedApplicant: Sendable {
    var name: String?
    var creditCode: String?
    var city: String?
    var industry: String?

    static let unknown = RejectedApplicant()

    /// From `enterprise.name`, `enterprise.credit_code` and `enterprise.city` of a document
    /// (a number written for a credit code is taken as its text).
    init(document: YAMLNode) {
        guard case .mapping(let top) = document.kind,
              let enterprise = top.last(where: { $0.key.scalarText == "enterprise" })?.value,
              case .mapping(let fields) = enterprise.kind else { return }
        func field(_ key: String) -> String? { Self.clean(fields.last { $0.key.scalarText == key }?.value.scalarText) }
        name = field("name")
        creditCode = field("credit_code")
        city = field("city")
        industry = field("industry")
    }

    /// From the cells of a sheet row under the sheet's `enterprise.*` columns.
    init(row: SheetRow, in sheet: SheetContext) {
        func field(_ id: String) -> String? {
            guard let column = sheet.column(of: id) else { return nil }
            switch row.cell(column) {
            case .text(let text): return Self.clean(text)
            case .number(let raw, _): return Self.clean(raw)
            default: return nil
            }
        }
        name = field("enterprise.name")
        creditCode = field("enterprise.credit_code")
        industry = field("enterprise.industry")
        city = field("enterprise.city")
    }

    /// From what a ranked entry read (for an input refused after scoring).
    init(entry: RankEntry) {
        name = entry.name.flatMap(Self.clean)
        creditCode = Self.clean(entry.creditCode)
        city = entry.city.flatMap(Self.clean)
        industry = entry.industry.flatMap(Self.clean)
    }

    private init() {}

    private static func clean(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

private extension YAMLNode {
    /// The text of a scalar node; nil for a list or a mapping.
    var scalarText: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }
}
