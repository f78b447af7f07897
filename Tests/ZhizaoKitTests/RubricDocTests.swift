import Foundation
import Mustache
import Testing
@testable import ZhizaoKit
import ZhizaoCEL

// `zhizao rubric-doc`: a province publishes its criteria from the same file that scores.
// The handbook shows every indicator with its question and choices, every gate and rule with
// its source, and marks what is provisional.

@Suite("Rubric handbook")
struct RubricDocTests {
    static func rubric(_ id: String) throws -> Rubric {
        try #require(ShippedRubrics.loadAll().compactMap(\.result.rubric).first { $0.id == id })
    }

    @Test("the handbook lists every indicator, gate and rule, in both formats and languages", arguments: ["shandong-smart-factory", "miit-smart-factory"])
    func complete(_ id: String) throws {
        let rubric = try Self.rubric(id)
        for language in Language.allCases {
            let model = RubricDocModel(rubric, language: language, version: "test")
            let html = try RubricDocFormat.html.writer().write(model)
            let markdown = try RubricDocFormat.markdown.writer().write(model)
            for indicator in rubric.indicators {
                #expect(html.contains(#"data-indicator="\#(indicator.id)""#))
                #expect(html.contains(Markup.html(rubric.text(try #require(indicator.question), language.rawValue))), "\(indicator.id)")
                #expect(markdown.contains("`\(indicator.id)`"))
                for choice in indicator.choices { #expect(html.contains("<code>\(choice.id)</code>")) }
            }
            for gate in rubric.gates { #expect(html.contains(#"data-gate="\#(gate.id)""#)) }
            for tier in rubric.tiers {
                #expect(html.contains(#"data-tier="\#(tier.id)""#))
                for rule in tier.rules {
                    #expect(html.contains(#"data-rule="\#(rule.id)""#))
                    #expect(html.contains(Markup.html(rule.expression.source)))
                }
            }
            // Every provisional gate and rule is marked, once per tier it shows in.
            let provisional = rubric.tiers.reduce(0) { count, tier in
                count + rubric.gates.filter { $0.applies(to: tier.id) && $0.provisional }.count + tier.rules.filter(\.provisional).count
            }
            let mark = language == .zh ? "暂定" : "provisional"
            #expect(html.components(separatedBy: #"<span class="tag">\#(mark)</span>"#).count - 1 == provisional)
            for source in rubric.sources { #expect(html.contains(#"id="source-\#(source.id)""#)) }
            try ReportTests.checkTables(markdown)
            #expect(!html.contains("<script"))
        }
    }

    @Test("each level shows its step cost (effort × step), and the cost is explained once")
    func stepCosts() throws {
        let rubric = try ZhizaoKitTests.rubric(RubricRefusalTests.base
            .replacingOccurrences(of: "domains:", with: """
                scales:
                  levels:
                    - {id: full, score: 1, step: 3}
                    - {id: partly, score: 0.5}
                    - {id: none, score: 0}
                domains:
                """)
            .replacingOccurrences(of: "  - {id: x, domain: rd, type: bool}", with: """
                  - {id: x, domain: rd, type: bool, effort: 4}
                  - {id: s, domain: rd, type: choice, scale: levels, effort: 2}
                  - {id: m, domain: rd, type: multi, choices: [{id: a, score: 0.5}, {id: b, score: 0.5, step: 5}], effort: 1}
                  - {id: p, domain: rd, type: percent, bands: [{from: 0, score: 0}, {from: 30, score: 0.5, step: 2}], effort: 3}
                  - {id: q, domain: rd, type: number, bands: [{from: 10, score: 0.5, step: 2}, {from: 20, score: 1}], effort: 1}
                """))
        let zh = try RubricDocFormat.markdown.writer().write(RubricDocModel(rubric, language: .zh, version: "test"))
        // The bottom level of a one-choice answer has no cost; a multi answer's choices all do.
        #expect(zh.contains("| 选项 | id | 得分 | 提升成本 |"))
        #expect(zh.contains("| full | full | 1.00 | 6 |") && zh.contains("| partly | partly | 0.50 | 2 |") && zh.contains("| none | none | 0.00 |  |"))
        #expect(zh.contains("| a | a | 0.50 | 1 |") && zh.contains("| b | b | 0.50 | 5 |"))
        #expect(zh.contains("分档：≥ 0 → 0.00；≥ 30 → 0.50（提升成本 6）"))
        #expect(zh.contains("分档：≥ 10 → 0.50（提升成本 2）；≥ 20 → 1.00（提升成本 1）"), "a first band that scores is climbed to")
        #expect(zh.contains("是/否，提升成本 4"))
        #expect(zh.components(separatedBy: "提升成本：").count - 1 == 1)
        let en = try RubricDocFormat.html.writer().write(RubricDocModel(rubric, language: .en, version: "test"))
        #expect(en.contains("<th scope=\"col\">Step cost</th>") && en.contains("<td>1.00</td><td>6</td>"))
        #expect(en.contains("not money or days"))
        try ReportTests.checkTables(zh)
    }

    @Test("templates can read every stored field of the handbook model")
    func everyFieldReadable() throws {
        let model = RubricDocModel(try Self.rubric("shandong-smart-factory"), language: .zh, version: "test")
        var values: [Any] = [model, model.labels]
        values += model.facts.map { $0 as Any } + model.domains.map { $0 as Any } + model.domains.flatMap(\.indicators).map { $0 as Any }
        values += model.domains.flatMap(\.indicators).flatMap(\.choices).map { $0 as Any }
        values += model.tiers.map { $0 as Any } + model.tiers.flatMap { $0.gates + $0.rules }.map { $0 as Any } + model.sources.map { $0 as Any }
        for value in values {
            let parent = try #require(value as? any MustacheParent, "\(type(of: value))")
            for case let (label?, _) in Mirror(reflecting: value).children {
                #expect(parent.child(named: label) != nil, "\(type(of: value)).\(label)")
            }
        }
    }

    @Test("the handbook's formats are html and markdown; another name is an error that lists them")
    func formats() throws {
        #expect(RubricDocFormat.allCases.map(\.rawValue) == ["html", "markdown"])
        #expect(throws: UnknownFormat(requested: "pdf", supported: ["html", "markdown"])) { try RubricDocFormat.named("pdf") }
        let model = RubricDocModel(try Self.rubric("shandong-smart-factory"), language: .en, version: "test")
        #expect(model.language == "en" && model.labels.handbook == "Rubric handbook" && model.labels.colon == ": ")
        #expect(try RubricDocFormat.markdown.writer().write(model).contains("Rubric handbook"))
    }
}

