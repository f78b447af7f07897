extension ScoreView {
    struct Field: Sendable { let label: String; let value: String }

    struct DomainRow: Sendable {
        let id: String
        let title: String
        let score: String
        /// The domain's weight in the total, as a percentage: `35%`.
        let weight: String
        /// The focus tier's floor on this domain, where a rule sets one: `≥ 50`.
        let needs: String
    }

    /// A gate or a tier rule as the report states it (SPEC §5): its title, what was found
    /// against what is required, in words, and the result. No expression, no id.
    struct ConditionRow: Sendable {
        /// For data attributes only (tests and scripts); never shown.
        let id: String
        let title: String
        /// `总分 58.4 分，要求不低于 60 分`, or the values read in words.
        let statement: String
        /// `pass`, `fail` or `error` (a CSS class and a data attribute).
        let status: String
        /// `✓`, `✗` or `!`.
        let mark: String
        let statusText: String
        let error: String
        let hasError: Bool
        let provisional: Bool
        /// For a gate that applies to some tiers only: `适用于：卓越级、领航级`.
        let appliesTo: String
        let hasAppliesTo: Bool
    }

    /// One tier's rules, and the tiers it requires that are not achieved.
    struct TierSection: Sendable {
        let id: String
        let title: String
        /// `晨星工厂的等级规则`.
        let heading: String
        let achieved: Bool
        let statusText: String
        let rules: [ConditionRow]
        let hasRules: Bool
    }

    /// A gate, rule or check for auditors: its id, expression and the raw values read.
    struct AppendixCondition: Sendable {
        /// `申报条件`, `晨星工厂`, `一致性检查`.
        let scope: String
        let id: String
        let title: String
        let expression: String
        /// `total = 58.4; metric.ai_share ≈ 0.2162`.
        let values: String
        let statusText: String
    }

    struct SourceRow: Sendable {
        let title: String
        let reliability: String
        let url: String
        let hasURL: Bool
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
        /// For data attributes only (tests and scripts); never shown.
        let id: String
        let title: String
        let scenario: String
        let hasScenario: Bool
        let answer: String
        /// 0–100, no decimals; `不计入` for an indicator left out by N/A.
        let score: String
        /// The indicator's share of its domain's score: `12%`; empty when it is left out.
        let weight: String
        let evidence: String
        let hasEvidence: Bool
        let note: String
        let hasNote: Bool
        let naReason: String
        let hasNAReason: Bool
    }

    struct StandingRow: Sendable { let measure: String; let batch: String; let city: String; let industry: String }

    struct IndicatorGroup: Sendable {
        let id: String
        let title: String
        let score: String
        let rows: [IndicatorRow]
    }
}
