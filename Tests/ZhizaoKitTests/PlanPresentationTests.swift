import Foundation
import Testing
@testable import ZhizaoKit

/// How every output presents a plan (SPEC §3, §5 "Roadmap"): the questions to answer first,
/// the raises as a table, the totals and the margin left, a warning under one point, what
/// cost means, that a cheaper plan may exist. The plans here are made by hand, so these tests
/// do not depend on the planner's search.
@Suite("Plan presentation")
struct PlanPresentationTests {
    /// The Weifang example with a hand-made plan to excellence.
    static func result(marginLeft: String? = "0.4", totalAfter: String? = "80.4", proven: Bool = true, requested: String = "0",
                       unanswered: [String] = [], blockers: [PlanBlocker] = []) throws -> ScoreResult {
        var result = try ReportTests.result()
        let raise = PlanRaise(indicator: "rd_product_design", from: .choice("digital"), to: .choice("intelligent"), levels: 2, cost: 4,
                              adds: .d("1.8333"))
        result.plan = ImprovementPlan(tier: "pilot", reachable: blockers.isEmpty && unanswered.isEmpty, raises: [raise], found: true,
                                      proven: proven, requestedMargin: .d(requested), totalAfter: totalAfter.map { .d($0) },
                                      marginLeft: marginLeft.map { .d($0) }, unanswered: unanswered, blockers: blockers)
        return result
    }

    static func outputs(_ result: ScoreResult, _ language: Language = .zh) throws -> (text: String, html: String, markdown: String) {
        let view = ScoreView(result, language: language, stamp: OutputStamp(date: "d", version: "v"))
        return (ScoreTextWriter().write(view), try ReportHTMLWriter().write(view), try ReportMarkdownWriter().write(view))
    }

    @Test("a margin left under one point is warned of in every output; one point or more is not")
    func thinMargin() throws {
        let thin = try Self.outputs(try Self.result(marginLeft: "0.4"))
        #expect(thin.text.contains("  ⚠ 达标余量不足 1 分：评审中任何扣分都可能导致不达标。\n"), "\(thin.text)")
        #expect(thin.html.contains(#"<p class="warning" role="alert">⚠ 达标余量不足 1 分"#))
        #expect(thin.markdown.contains("> ⚠ 达标余量不足 1 分"))
        #expect(thin.text.contains("合计成本 4；实施后总分 80.4，比总分要求高 0.4 分"))
        let english = try Self.outputs(try Self.result(marginLeft: "0.9"), .en)
        #expect(english.text.contains("⚠ Less than 1 point to spare"))
        #expect(english.text.contains("Total cost 4; total after the plan 80.4, 0.9 points above the required total"))
        for left in ["1.0", "3.2"] {
            let enough = try Self.outputs(try Self.result(marginLeft: left))
            #expect(!enough.text.contains("达标余量不足") && !enough.html.contains("达标余量不足") && !enough.markdown.contains("达标余量不足"))
        }
        // No total threshold (nothing to leave a margin on): no warning, no margin said.
        let none = try Self.outputs(try Self.result(marginLeft: nil))
        #expect(!none.text.contains("达标余量不足") && none.text.contains("合计成本 4；实施后总分 80.4\n"))
    }

    @Test("every output that shows a cost has the table's columns and the legend; the old unitless 工作量 is gone")
    func tableAndLegend() throws {
        let outputs = try Self.outputs(try Self.result())
        for output in [outputs.text, outputs.html, outputs.markdown] {
            for head in ["能力项", "现状 → 目标", "提升级数", "成本", "总分加分"] { #expect(output.contains(head), "\(head)") }
            #expect(output.contains("产品数字化设计"), "the capability by its title")
            #expect(output.contains("数字化 → 智能化"), "answers by their labels")
            #expect(output.contains("+1.8"), "points added, one decimal")
            // The terminal wraps the legend: read it with its line breaks and indents taken out.
            let unwrapped = output.replacingOccurrences(of: "\n  ", with: "")
            #expect(unwrapped.contains("成本说明：成本表示相对投入，不是金额，也不是天数。1 相当于把最容易的一类能力提升一级（例如从“未开展”到“试点”）"))
            #expect(!output.contains("工作量"))
        }
        #expect(!outputs.text.contains("rd_product_design") && !outputs.markdown.contains("rd_product_design"), "no id")
        #expect(outputs.markdown.contains("| 产品数字化设计 | 数字化 → 智能化 | 2 | 4 | \\+1.8 |"), "\(outputs.markdown)")
        let english = try Self.outputs(try Self.result(), .en)
        #expect(english.html.contains("About cost: cost is relative effort, neither money nor days. 1 is raising the easiest kind of capability by one level (say, from Not started to Pilot)"))
    }

    @Test("required questions left blank come first, by title, before the raises")
    func unansweredFirst() throws {
        let outputs = try Self.outputs(try Self.result(unanswered: ["sc_warehouse", "svc_proactive_service"]))
        for output in [outputs.text, outputs.html, outputs.markdown] {
            let first = try #require(output.range(of: "请先回答以下必答题，结论可能随之改变："))
            let table = try #require(output.range(of: "能力项"))
            #expect(first.lowerBound < table.lowerBound)
            #expect(output.contains("仓储智能管理") && output.contains("客户主动服务"), "by title")
        }
        #expect(outputs.text.contains("    · 仓储智能管理\n    · 客户主动服务\n"))
        #expect(outputs.html.contains("<li>仓储智能管理</li>"))
        #expect(!outputs.text.contains("sc_warehouse") && !outputs.html.contains("<li>sc_warehouse"))
    }

    @Test("a plan not proven cheapest says plainly that a cheaper one may exist; a proven one does not")
    func notProven() throws {
        let open = try Self.outputs(try Self.result(proven: false))
        for output in [open.text, open.html, open.markdown] { #expect(output.contains("可能还有成本更低的方案"), "\(output)") }
        let proven = try Self.outputs(try Self.result(proven: true))
        #expect(!proven.text.contains("可能还有成本更低的方案") && !proven.html.contains("可能还有成本更低的方案"))
    }

    @Test("a margin asked with --margin is said; none asked says nothing")
    func marginAsked() throws {
        let asked = try Self.outputs(try Self.result(marginLeft: "2.4", requested: "2"))
        for output in [asked.text, asked.html, asked.markdown] { #expect(output.contains("按要求，每项分数门槛都至少多留 2.0 分余量。")) }
        #expect(!(try Self.outputs(try Self.result())).text.contains("按要求"))
    }

    @Test("blockers are said as what to obtain or meet, under a heading that says so")
    func blockers() throws {
        let blockers = [PlanBlocker(kind: .gate, id: "g", message: Words.Plan.mustMeet(Phrase(zh: "规模以上工业企业", en: "Above designated size"))),
                        PlanBlocker(kind: .rule, id: "r", message: Words.Plan.mustObtain(Phrase(zh: "已获评卓越级智能工厂", en: "Recognised as excellent"),
                                                                                      tier: Phrase(zh: "卓越级智能工厂", en: "Excellent smart factory"))),
                        PlanBlocker(kind: .unreachable, id: "pilot", message: Words.Plan.notFoundWithinLimits(Phrase(zh: "领航级智能工厂", en: "Leading")))]
        let outputs = try Self.outputs(try Self.result(blockers: blockers))
        // The terminal wraps a long blocker within 80 columns; read it joined again.
        let text = outputs.text.replacingOccurrences(of: #"\n +"#, with: "", options: .regularExpression)
        for output in [text, outputs.html, outputs.markdown] {
            #expect(output.contains("须另行取得或满足的条件（不在路线图内）"))
            #expect(output.contains("须满足申报条件：规模以上工业企业"))
            #expect(output.contains("须先取得：已获评卓越级智能工厂（卓越级智能工厂的条件）"))
            #expect(output.contains("在计算上限内未找到仅靠提升能力水平达到领航级智能工厂的方案（这不证明无法达到）"))
            #expect(!output.contains("改答卷"))
        }
        #expect(outputs.text.contains("  ⛔ 须满足申报条件：规模以上工业企业\n"))
        #expect(Words.Plan.unreachable(Phrase(zh: "领航级智能工厂", en: "Leading smart factory")).en == "Raising capability levels alone cannot reach Leading smart factory")
    }

    @Test("the roadmap in the terminal fits 80 columns in both languages: long titles and sentences continue on the next line")
    func fitsEightyColumns() throws {
        // The real plan of the Weifang example (22 raises, long English titles), blockers and a thin margin.
        let result = try ReportTests.result()
        for language in [Language.zh, .en] {
            let text = try Self.outputs(result, language).text
            let roadmap = text.components(separatedBy: "\n").drop { !$0.hasPrefix("升级到") && !$0.hasPrefix("Roadmap") }
                .prefix { !$0.isEmpty }
            #expect(roadmap.count > 5, "\(language): no roadmap in\n\(text)")
            for line in roadmap { #expect(DisplayWidth.of(line) <= 80, "\(language): \(DisplayWidth.of(line)) columns: \(line)") }
        }
    }

    @Test("a wrapped Chinese line never starts with a closing punctuation mark: it hangs at the end of the line before")
    func hangingPunctuation() {
        let text = String(repeating: "汉", count: 38) + "。后文"
        let lines = DisplayWidth.wrap(text, width: 76)
        #expect(lines == [String(repeating: "汉", count: 38) + "。", "后文"])
        #expect(DisplayWidth.wrap(String(repeating: "汉", count: 38) + "。", width: 76).count == 1, "no empty line after a hung mark")
    }
}
