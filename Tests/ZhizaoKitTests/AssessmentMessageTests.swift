import Testing
@testable import ZhizaoKit

/// Messages about an assessment name each field by its title (the id in brackets) and list
/// choices by their labels, in both languages (SPEC §2).
@Suite("Assessment messages in the user's words")
struct AssessmentMessageTests {
    static let rubricText = """
        format: zhizao.rubric/1
        id: titled
        version: "1"
        locales: [zh, en]
        title: {zh: 示例细则, en: Example rubric}
        profile:
          - {id: employees, type: int, title: {zh: 从业人数, en: Employees}, min: 0}
          - {id: registered, type: bool, title: {zh: 在本省注册, en: Registered in the province}}
        domains:
          - {id: prod, weight: 1, title: {zh: 生产, en: Production}}
        indicators:
          - id: prod_planning
            domain: prod
            type: choice
            title: {zh: 数字化车间规划, en: Digital workshop planning}
            choices:
              - {id: none, label: {zh: 未开展, en: Not started}, score: 0}
              - {id: pilot, label: {zh: 试点应用, en: Pilot}, score: 0.5}
              - {id: full, label: {zh: 全面应用, en: In full use}, score: 1}
          - id: prod_energy_reduction
            domain: prod
            type: percent
            title: {zh: 单位产值能耗下降率, en: Energy use per unit of output reduced by}
            na: exclude
            linear: {from: 0, to: 20}
          - id: prod_systems
            domain: prod
            type: multi
            title: {zh: 已上线系统, en: Systems in use}
            choices:
              - {id: mes, label: {zh: 制造执行系统, en: MES}, score: 0.5}
              - {id: erp, label: {zh: 企业资源计划, en: ERP}, score: 0.5}
        tiers:
          - id: morning_star
            title: {zh: 晨星工厂, en: Morning star factory}
            rules: [{id: total_30, expr: "total >= 30.0"}]
          - id: excellence
            title: {zh: 卓越级, en: Excellence}
            rules: [{id: total_60, expr: "total >= 60.0"}]
        """

    static let base = """
        format: zhizao.assessment/1
        applying_for: morning_star
        submitted: 2026-05-20
        profile: {employees: 300, registered: true}
        answers:
          prod_planning: pilot
          prod_energy_reduction: 12
          prod_systems: [mes]
        """

    struct Case: Sendable, CustomTestStringConvertible {
        let old: String
        let new: String
        let place: String
        let zh: String
        let en: String
        var testDescription: String { new }
    }

    static let cases: [Case] = [
        Case(old: "prod_energy_reduction: 12", new: "prod_energy_reduction: 百分之十二", place: "a.yaml:7:26",
             zh: "单位产值能耗下降率（prod_energy_reduction）应为数字，实际为“百分之十二”",
             en: "Energy use per unit of output reduced by (prod_energy_reduction) must be a number, found '百分之十二'"),
        Case(old: "prod_energy_reduction: 12", new: "prod_energy_reduction: 120", place: "a.yaml:7:26",
             zh: "单位产值能耗下降率（prod_energy_reduction）不能大于 100，实际为 120",
             en: "Energy use per unit of output reduced by (prod_energy_reduction) must be at most 100, found 120"),
        Case(old: "prod_energy_reduction: 12", new: "prod_energy_reduction: {value: 12, na: 不涉及}", place: "a.yaml:7:26",
             zh: "单位产值能耗下降率（prod_energy_reduction）：不能既填答案（value）又填不适用（na），请只留一个",
             en: "Energy use per unit of output reduced by (prod_energy_reduction): give an answer (value) or N/A (na), not both"),
        Case(old: "prod_energy_reduction: 12", new: "prod_energy_reduction: {note: 见附件}", place: "a.yaml:7:26",
             zh: "单位产值能耗下降率（prod_energy_reduction）：请填答案（value），或填不适用（na）并写明原因",
             en: "Energy use per unit of output reduced by (prod_energy_reduction): the answer needs a value, or na with the reason it does not apply"),
        Case(old: "prod_planning: pilot", new: "prod_planning: {na: 不涉及}", place: "a.yaml:6:23",
             zh: "数字化车间规划（prod_planning）不允许填“不适用”",
             en: "Digital workshop planning (prod_planning) cannot be answered N/A"),
        Case(old: "prod_planning: pilot", new: "prod_planning: sometimes", place: "a.yaml:6:18",
             zh: "数字化车间规划（prod_planning）：没有选项“sometimes”；可选：未开展（none）、试点应用（pilot）、全面应用（full）",
             en: "Digital workshop planning (prod_planning): no choice 'sometimes'; valid: Not started (none), Pilot (pilot), In full use (full)"),
        Case(old: "prod_planning: pilot", new: "prod_planning: [pilot]", place: "a.yaml:6:18",
             zh: "数字化车间规划（prod_planning）应为选项，实际是列表",
             en: "Digital workshop planning (prod_planning) must be a choice, found a list"),
        Case(old: "prod_systems: [mes]", new: "prod_systems: mes", place: "a.yaml:8:17",
             zh: "已上线系统（prod_systems）是多选题，回答应为选项列表，如 [a, b]",
             en: "Systems in use (prod_systems) is a multiple choice: answer with a list of choices, e.g. [a, b]"),
        Case(old: "prod_systems: [mes]", new: "prod_systems: [mes, mes]", place: "a.yaml:8:23",
             zh: "已上线系统（prod_systems）：选项“制造执行系统（mes）”重复",
             en: "Systems in use (prod_systems): choice MES (mes) repeats"),
        Case(old: "employees: 300", new: "employees: 300.5", place: "a.yaml:4:22",
             zh: "从业人数（employees）应为整数，实际为 300.5",
             en: "Employees (employees) must be an integer, found 300.5"),
        Case(old: "registered: true", new: "registered: 是的", place: "a.yaml:4:39",
             zh: "在本省注册（registered）应为 true 或 false",
             en: "Registered in the province (registered) must be true or false"),
        Case(old: "applying_for: morning_star", new: "applying_for: pilot", place: "a.yaml:2:15",
             zh: "申报等级（applying_for）“pilot”不是本细则的等级；可选：晨星工厂（morning_star）、卓越级（excellence）",
             en: "The tier applied for (applying_for) 'pilot' is not a tier of the rubric; one of: Morning star factory (morning_star), Excellence (excellence)"),
        Case(old: "submitted: 2026-05-20", new: "submitted: 2026-02-30", place: "a.yaml:3:12",
             zh: "申报日期（submitted）应为日期 YYYY-MM-DD，实际为“2026-02-30”",
             en: "The submission date (submitted) must be a date YYYY-MM-DD, found '2026-02-30'"),
        // A full-width colon in the only line of a section: text, not a syntax error.
        Case(old: "  prod_planning: pilot\n  prod_energy_reduction: 12\n  prod_systems: [mes]", new: "  prod_planning：pilot", place: "a.yaml:6:3",
             zh: "答卷（answers）应为映射（key: value）；“prod_planning”后面是全角冒号“：”，请改成半角冒号加空格“: ”",
             en: "answers must be a mapping (key: value); 'prod_planning' is followed by a full-width colon '：', use ': ' instead"),
    ]

    @Test(arguments: cases) func fieldsByTitleAndChoicesByLabel(_ example: Case) throws {
        let rubric = try ZhizaoKitTests.rubric(Self.rubricText)
        let text = Self.base.replacingOccurrences(of: example.old, with: example.new)
        #expect(text != Self.base)
        let errors = rejection(text, rubric: rubric)
        try #require(errors.count == 1, "\(errors)")
        #expect(errors[0].rendered(.zh) == "\(example.place): error: \(example.zh)")
        #expect(errors[0].rendered(.en) == "\(example.place): error: \(example.en)")
    }

    @Test func theBaseIsValid() throws {
        let rubric = try ZhizaoKitTests.rubric(Self.rubricText)
        #expect(try ZhizaoKitTests.assessment(Self.base, rubric: rubric).answers.count == 3)
    }
}
