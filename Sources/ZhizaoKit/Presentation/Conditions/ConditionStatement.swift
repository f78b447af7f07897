import Foundation
import ZhizaoCEL

/// A gate's or rule's outcome as a reader states it (SPEC §5): each number the condition
/// compares, with its value and requirement in the rule's own units ("应用人工智能技术的场景
/// 占比 21.6%，要求不低于 20%"), and how far it falls short; a condition that compares no
/// number, by its title and the values it read in words. Never an expression or an id.
extension ConditionWords {
    /// How a compared reference is shown.
    enum Unit {
        /// The total or a domain: 0–100 points, one decimal.
        case points
        /// A share 0..1 shown as a percentage.
        case share
        /// An answer given as a percentage (0–100).
        case percent
        case count
        case plain
    }

    func unit(of reference: String) -> Unit {
        let parts = reference.split(separator: ".", maxSplits: 1).map(String.init)
        switch parts.first ?? "" {
        case "total", "domain": return .points
        case "metric":
            switch parts.count == 2 ? units[parts[1]] : nil {
            case .percent?: return .share
            case .count?: return .count
            default: return .plain
            }
        case "answer":
            return parts.count == 2 && rubric.indicator(parts[1])?.kind == .percent ? .percent : .plain
        default: return .plain
        }
    }

    /// A requirement's number in its unit: `60 分`, `20%`, `10`.
    func threshold(_ value: Double, unit: Unit) -> String {
        switch unit {
        case .points: return Self.trimmed(value) + Words.Conditions.points(language)
        case .share: return Self.trimmed(value * 100) + "%"
        case .percent: return Self.trimmed(value) + "%"
        case .count, .plain: return Self.trimmed(value)
        }
    }

    /// A value read, in the comparison's unit: `58.4 分`, `21.6%`, `16`.
    func measuredValue(_ reference: String, _ value: CELValue, unit: Unit) -> String {
        switch unit {
        case .points: return self.value(reference, value) + Words.Conditions.points(language)
        default: return self.value(reference, value)
        }
    }

    /// Every comparison of the condition stated with its value: `总分 58.4 分，要求不低于 60 分`.
    /// `onlyFailing`: only those that do not hold, each with its shortfall (the gap a summary
    /// names). Empty when the condition compares no number the reader can name.
    func comparisons(_ program: CELProgram, values: [(reference: String, value: CELValue?)], onlyFailing: Bool) -> [String] {
        program.comparisons.compactMap { comparison -> String? in
            let reference = comparison.reference.description
            guard let name = name(reference) else { return nil }
            let unit = unit(of: reference)
            let read = values.first { $0.reference == reference }?.value
            let number = read.flatMap(Self.double)
            let holds = number.map { Self.holds($0, comparison.op, comparison.value) }
            if onlyFailing, holds == true { return nil }
            let requirement = Words.Conditions.requirement(comparison.op.rawValue, threshold(comparison.value, unit: unit))(language)
            let shown = read.map { measuredValue(reference, $0, unit: unit) } ?? Words.Conditions.notGiven(language)
            var text = Words.Conditions.measured(name, shown, requirement: requirement)(language)
            if onlyFailing, let number { text += shortfall(number, comparison, unit: unit) }
            return text
        }
    }

    /// The statement of a condition for its row: the compared numbers when it compares any,
    /// else its values in words (a value alone when the condition is named after it).
    func statement(title: String, program: CELProgram, values: [(reference: String, value: CELValue?)]) -> String {
        let compared = comparisons(program, values: values, onlyFailing: false)
        if !compared.isEmpty, compared.count == program.comparisons.count {
            return compared.joined(separator: Words.Conditions.requirementSeparator(language))
        }
        return readingsText(title: title, values: values)
    }

    /// The values read in words: `信用记录：良好`, or the value alone when the condition is
    /// named after the one fact it reads.
    func readingsText(title: String, values: [(reference: String, value: CELValue?)]) -> String {
        let named = namedReadings(values)
        if named.count == 1, named[0].name == title { return named[0].value }
        return named.map { Words.Conditions.stated($0.name, reads: $0.value)(language) }
            .joined(separator: Words.Conditions.readingSeparator(language))
    }

    /// What the enterprise has now, for a condition it does not meet: the value alone when
    /// it read one thing (`先进级`), else each named (`信用记录：良好，…`).
    func currentValues(_ values: [(reference: String, value: CELValue?)]) -> String {
        let named = namedReadings(values)
        if named.count == 1 { return named[0].value }
        return named.map { Words.Conditions.reading($0.name, $0.value)(language) }
            .joined(separator: Words.Conditions.readingSeparator(language))
    }

    private func shortfall(_ value: Double, _ comparison: CELComparison, unit: Unit) -> String {
        guard comparison.op == .greaterEqual || comparison.op == .greater else { return "" }
        var gap = comparison.value - value
        if unit == .share { gap *= 100 }
        let places = unit == .count ? 0 : 1
        let text = String(format: "%.\(places)f", gap)
        if gap <= 0 || Double(text) == 0 { return Words.Conditions.shortByLittle(language) }
        switch unit {
        case .points: return Words.Conditions.shortBy(points: Self.trimmed(Double(text) ?? gap))(language)
        case .share: return Words.Conditions.shortBy(percentagePoints: Self.trimmed(Double(text) ?? gap))(language)
        case .percent: return Words.Conditions.shortBy(percentagePoints: Self.trimmed(Double(text) ?? gap))(language)
        case .count, .plain: return Words.Conditions.shortBy(Self.trimmed(Double(text) ?? gap))(language)
        }
    }

    static func double(_ value: CELValue) -> Double? {
        switch value {
        case .double(let d): return d
        case .int(let i): return Double(i)
        case .uint(let u): return Double(u)
        default: return nil
        }
    }

    static func holds(_ value: Double, _ op: CELComparison.Operator, _ threshold: Double) -> Bool {
        switch op {
        case .greaterEqual: return value >= threshold
        case .greater: return value > threshold
        case .lessEqual: return value <= threshold
        case .less: return value < threshold
        case .equal: return value == threshold
        }
    }

    /// 60.0 → `60`, 0.5 → `0.5`, 12.25 → `12.25` (at most four decimals, none trailing).
    static func trimmed(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
