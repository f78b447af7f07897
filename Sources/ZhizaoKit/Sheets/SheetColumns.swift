import Foundation
import ZhizaoCEL

/// What each column of a sheet holds, read from its header row of ids (SPEC §2):
/// `enterprise.name`, `profile.cmmm_level`, `rd_digital_design`, `rd_digital_design.na`, …
/// Checked against one rubric; a header problem (an unknown or repeated id) concerns every
/// row, so each row's rejection repeats it.
struct SheetColumns: Sendable {
    enum Role: Sendable {
        case format, rubric, applyingFor, submitted
        case enterprise(String)
        case profile(ProfileFact)
        case answer(Indicator)
        case notApplicable(Indicator)
        case evidence(Indicator)
        case note(Indicator)
        /// `x-…`: an extension, ignored.
        case ignored
        /// A column with no id: fine while its cells are empty.
        case unnamed
    }

    static let enterpriseFields = ["name", "credit_code", "city", "industry"]

    let roles: [Role]
    /// Problems of the header itself, at its cells.
    let problems: [Diagnostic]
    /// Each indicator with a column, in the order of its first column, with all its columns.
    let answerGroups: [(indicator: Indicator, columns: AnswerColumns)]
    /// The rubric's tiers as choices, so `applying_for` may hold a tier's title (a template's
    /// drop-down shows titles) as well as its id.
    let tiers: [Choice]

    struct AnswerColumns: Sendable {
        var value: Int?
        var notApplicable: Int?
        var evidence: Int?
        var note: Int?
    }

    init(header: SheetRow, rubric: Rubric, file: String) {
        tiers = rubric.tiers.map { Choice(id: $0.id, label: $0.title, score: nil) }
        var roles: [Role] = []
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        var groups: [(indicator: Indicator, columns: AnswerColumns)] = []
        var groupIndex: [String: Int] = [:]
        /// The columns of an indicator's answer, grouped in the order of its first column.
        func group(_ indicator: Indicator, _ set: (inout AnswerColumns) -> Void) {
            if groupIndex[indicator.id] == nil {
                groupIndex[indicator.id] = groups.count
                groups.append((indicator, AnswerColumns()))
            }
            set(&groups[groupIndex[indicator.id]!].columns)
        }
        func problem(_ column: Int, _ message: Phrase) {
            problems.append(Diagnostic(.error, file: file, position: SourcePosition(line: header.number, column: column + 1), message))
        }
        for (column, cell) in header.cells.enumerated() {
            let id: String
            switch cell {
            case .text(let text): id = text.trimmingCharacters(in: .whitespaces)
            case .number(let raw, _): id = raw
            case .empty: id = ""
            default: id = "?"
            }
            if id.isEmpty { roles.append(.unnamed); continue }
            if id.hasPrefix("x-") { roles.append(.ignored); continue }
            if let first = seen[id] {
                problem(column, Words.Sheets.repeatedHeader(id, firstColumn: CellReference.columnName(first + 1)))
                roles.append(.ignored)
                continue
            }
            seen[id] = column
            guard let role = Self.role(of: id, rubric: rubric) else {
                let known = ["format", "rubric", "applying_for", "submitted"] + Self.enterpriseFields.map { "enterprise." + $0 }
                    + rubric.profile.map { "profile." + $0.id } + rubric.indicators.map(\.id)
                let hint = Suggestion.closest(to: id, among: known)
                problem(column, Words.Sheets.unknownHeader(id, rubric: rubric.id, closest: hint))
                roles.append(.ignored)
                continue
            }
            switch role {
            case .answer(let indicator): group(indicator) { $0.value = column }
            case .notApplicable(let indicator): group(indicator) { $0.notApplicable = column }
            case .evidence(let indicator): group(indicator) { $0.evidence = column }
            case .note(let indicator): group(indicator) { $0.note = column }
            default: break
            }
            roles.append(role)
        }
        self.roles = roles
        self.problems = problems
        self.answerGroups = groups
    }

    static func role(of id: String, rubric: Rubric) -> Role? {
        switch id {
        case "format": return .format
        case "rubric": return .rubric
        case "applying_for": return .applyingFor
        case "submitted": return .submitted
        default: break
        }
        if id.hasPrefix("enterprise.") {
            let field = String(id.dropFirst("enterprise.".count))
            return enterpriseFields.contains(field) ? .enterprise(field) : nil
        }
        if id.hasPrefix("profile.") {
            let factID = id.dropFirst("profile.".count)
            return rubric.profile.first { $0.id == factID }.map { .profile($0) }
        }
        if let indicator = rubric.indicator(id) { return .answer(indicator) }
        guard let dot = id.lastIndex(of: ".") else { return nil }
        guard let indicator = rubric.indicator(String(id[..<dot])) else { return nil }
        switch id[id.index(after: dot)...] {
        case "na": return .notApplicable(indicator)
        case "evidence": return .evidence(indicator)
        case "note": return .note(indicator)
        default: return nil
        }
    }
}
