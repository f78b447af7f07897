import Foundation
import ZhizaoCEL

/// How the values a rule read are shown to a reader.
enum ValueText {
    /// A value as a reader wants it: a long fraction such as an AI share of 7/29 shows as
    /// `≈0.2414` (the JSON result keeps every digit; `≈` says the rule compared more).
    static func display(_ value: CELValue) -> String {
        guard case .double(let d) = value, d.isFinite else { return CELValueFormatter.literal(value) }
        let exact = CELValueFormatter.literal(value)
        guard exact.count > 8 else { return exact }
        var rounded = String(format: "%.4f", d)
        while rounded.hasSuffix("0") { rounded.removeLast() }
        if rounded.hasSuffix(".") { rounded.removeLast() }
        return Double(rounded) == d ? rounded : "≈" + rounded
    }

    /// What an outcome read, one `name = value` each; an absent value (an unanswered
    /// indicator, a missing fact) says so.
    static func reads(_ outcome: ExpressionOutcome, _ language: Language) -> [String] {
        outcome.values.map { read in
            read.value.map { equation(read.reference, $0) } ?? "\(read.reference) = " + Words.Verdict.absentValue(language)
        }
    }

    /// `name = value`, or `name ≈ value` when the value shown is rounded.
    static func equation(_ name: String, _ value: CELValue) -> String {
        let shown = display(value)
        return shown.hasPrefix("≈") ? "\(name) ≈ \(shown.dropFirst())" : "\(name) = \(shown)"
    }
}
