extension ScoreView {
    struct Field: Sendable { let label: String; let value: String }

    struct DomainRow: Sendable {
        let id: String
        let title: String
        let score: String
        let weight: String
        let needs: String
    }

    /// A gate, a rule or a missing prerequisite tier, as every output shows it.
    struct Condition: Sendable {
        let kind: String
        let id: String
        let title: String
        let expression: String
        /// What it read, `name = value` each.
        let reads: [String]
        /// `reads`, joined for a table cell.
        let values: String
        let threshold: String
        let status: String
        /// `✓`, `✗` or `!`.
        let mark: String
        let statusText: String
        let error: String
        let hasError: Bool
        let source: String
        let provisional: Bool
        let secondary: Bool
        /// A tier rule (the terminal marks provisional rules in their title).
        let isRule: Bool
    }

    struct TierSection: Sendable {
        let id: String
        let title: String
        let achieved: Bool
        let statusText: String
        let conditions: [Condition]
    }

    /// One raise of the roadmap: the capability by its title, the answers by their labels.
    struct PlanRow: Sendable {
        let indicator: String
        let from: String
        let to: String
        /// `试点 → 智能化`.
        let change: String
        let levels: Int
        let cost: Int
        /// Points added to the total, one decimal: `+1.6`.
        let adds: String
        let advice: String
        let hasAdvice: Bool
    }

    struct IndicatorRow: Sendable {
        let id: String
        let title: String
        let scenario: String
        let hasScenario: Bool
        let answer: String
        let score: String
        let weight: String
        let evidence: String
        let note: String
        let naReason: String
    }

    struct StandingRow: Sendable { let measure: String; let batch: String; let city: String; let industry: String }

    struct IndicatorGroup: Sendable {
        let id: String
        let title: String
        let score: String
        let rows: [IndicatorRow]
    }
}
