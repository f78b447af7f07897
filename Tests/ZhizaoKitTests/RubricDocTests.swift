import Foundation
import Mustache
import Testing
@testable import ZhizaoKit
import ZhizaoCEL

// `zhizao rubric-doc`: a province publishes its criteria from the same file that scores.
// The handbook shows every indicator with its question, each scale once, every gate and rule
// in words with its source, marks what is provisional, and keeps the expressions for the
// auditors' appendix.

@Suite("Rubric handbook")
struct RubricDocTests {
    static func rubric(_ id: String) throws -> Rubric {
        try #require(ShippedRubrics.loadAll().compactMap(\.result.rubric).first { $0.id == id })
    }

    static let shipped = ["shandong-smart-factory", "miit-smart-factory", "sample-smart-factory"]

    /// The HTML before the appendix, and the appendix.
    static func split(_ html: String) throws -> (body: String, appendix: String) {
        let range = try #require(html.range(of: #"<section id="appendix">"#))
        return (String(html[..<range.lowerBound]), String(html[range.lowerBound...]))
    }

    /// The Markdown before the appendix's heading, and the appendix.
    static func split(markdown: String, _ language: Language) throws -> (body: String, appendix: String) {
        let range = try #require(markdown.range(of: "\n## " + Words.RubricDoc.appendix(language)))
        return (String(markdown[..<range.lowerBound]), String(markdown[range.lowerBound...]))
    }

    @Test("the handbook lists every indicator, gate and rule, in both formats and languages", arguments: shipped)
    func complete(_ id: String) throws {
        let rubric = try Self.rubric(id)
        for language in Language.allCases {
            let model = RubricDocModel(rubric, language: language, version: "test")
            let html = try RubricDocFormat.html.writer().write(model)
            let markdown = try RubricDocFormat.markdown.writer().write(model)
            let (body, appendix) = try Self.split(html)
            for indicator in rubric.indicators {
                #expect(body.components(separatedBy: #"data-indicator="\#(indicator.id)""#).count == 2)
                #expect(body.contains(Markup.html(rubric.text(try #require(indicator.question), language.rawValue))), "\(indicator.id)")
                #expect(markdown.contains("`\(indicator.id)`"))
                for choice in indicator.choices { #expect(body.contains("<code>\(choice.id)</code>")) }
            }
            // A gate that applies to several tiers is listed once.
            for gate in rubric.gates {
                #expect(body.components(separatedBy: #"data-gate="\#(gate.id)""#).count == 2)
                #expect(body.contains(Markup.html(rubric.text(gate.title, language.rawValue))))
                #expect(appendix.contains(Markup.html(gate.expression.source)))
            }
            for tier in rubric.tiers {
                #expect(body.contains(#"data-tier="\#(tier.id)""#))
                for rule in tier.rules {
                    #expect(body.contains(#"data-rule="\#(rule.id)""#))
                    #expect(appendix.contains(Markup.html(rule.expression.source)))
                }
            }
            for metric in rubric.metrics { #expect(appendix.contains(Markup.html(metric.expression.source))) }
            for check in rubric.checks {
                #expect(body.contains(Markup.html(rubric.text(check.message, language.rawValue))))
                #expect(appendix.contains(Markup.html(check.expression.source)))
            }
            // Every provisional gate and rule is marked, once.
            let provisional = rubric.gates.filter(\.provisional).count + rubric.tiers.flatMap(\.rules).filter(\.provisional).count
            let mark = language == .zh ? "暂定" : "provisional"
            #expect(html.components(separatedBy: #"<span class="tag">\#(mark)</span>"#).count - 1 == provisional)
            for source in rubric.sources { #expect(body.contains(#"id="source-\#(source.id)""#)) }
            #expect(appendix.contains(rubric.fingerprint) && !body.contains(rubric.fingerprint))
            try ReportTests.checkTables(markdown)
            #expect(!html.contains("<script"))
        }
    }

    @Test("each scale's table appears once; indicators name their scale", arguments: shipped)
    func scalesOnce(_ id: String) throws {
        let rubric = try Self.rubric(id)
        let model = RubricDocModel(rubric, language: .zh, version: "test")
        let html = try RubricDocFormat.html.writer().write(model)
        let markdown = try RubricDocFormat.markdown.writer().write(model)
        for (number, scale) in rubric.scales.enumerated() {
            #expect(html.components(separatedBy: #"data-scale="\#(scale.id)""#).count == 2)
            for choice in scale.choices {
                let label = rubric.text(choice.label, "zh")
                // One row per level, in the scale's table only.
                #expect(html.components(separatedBy: "<tr><td>\(Markup.html(label))</td><td><code>\(choice.id)</code></td>").count == 2, "\(scale.id).\(choice.id)")
                #expect(markdown.components(separatedBy: "| \(Markup.markdown(label)) | \(choice.id) |").count == 2, "\(scale.id).\(choice.id)")
            }
            // Every indicator on the scale links to it by its name.
            let name = try #require(model.scales.first { $0.id == scale.id }?.name)
            #expect(name.hasPrefix("量表\(number + 1)（"))
            let users = rubric.indicators.filter { $0.scale == scale.id }.count
            #expect(html.components(separatedBy: ##"<a href="#scale-\##(scale.id)">"##).count - 1 == users)
            #expect(markdown.components(separatedBy: name).count - 1 == users + 1, "the heading and each indicator")
        }
    }

    @Test("outside the appendix the handbook shows no expression; the Markdown has no HTML entity", arguments: shipped)
    func wordsOutsideTheAppendix(_ id: String) throws {
        let rubric = try Self.rubric(id)
        for language in Language.allCases {
            let model = RubricDocModel(rubric, language: language, version: "test")
            let (body, appendix) = try Self.split(RubricDocFormat.html.writer().write(model))
            for code in ["&amp;&amp;", "||", "has(", "metric.", "profile.", "answer.", "score.", " == ", "&gt;=", "indicators.", ".size()", "total &gt"] {
                #expect(!body.contains(code), "\(id) \(language): \(code)")
            }
            #expect(appendix.contains("metric.") && appendix.contains("&gt;="))
            let markdown = try RubricDocFormat.markdown.writer().write(model)
            for entity in ["&gt;", "&lt;", "&amp;", "&quot;", "&#"] { #expect(!markdown.contains(entity), "\(id) \(language): \(entity)") }
            let (mdBody, mdAppendix) = try Self.split(markdown: markdown, language)
            for code in ["has(", "metric.", "profile.", " == ", " >= "] { #expect(!mdBody.contains(code), "\(id) \(language): \(code)") }
            // Operators read as themselves in the appendix.
            #expect(mdAppendix.contains(" >= "))
        }
        // Conditions say what they read, by title.
        let miit = RubricDocModel(try Self.rubric("miit-smart-factory"), language: .zh, version: "test")
        let rule = try #require(miit.tiers.flatMap(\.rules).first { $0.id == "ai_share_20" })
        #expect(rule.reads == "判断依据：应用人工智能技术的场景占比" && rule.source.hasPrefix("["))
        let total = try #require(miit.tiers.flatMap(\.rules).first { $0.id == "total_40" })
        #expect(total.reads == "判断依据：总分" && total.provisional && !total.hasSource)
    }

    @Test("markup in a rubric's texts shows as text in both formats")
    func escaping() throws {
        let hostile = #"<script>alert(1)</script> & \"q\" | a `b` &amp; *c*"#
        let rubric = try ZhizaoKitTests.rubric(RubricRefusalTests.base
            .replacingOccurrences(of: "title: t", with: "title: \"\(hostile)\"")
            .replacingOccurrences(of: "{id: rd, weight: 1}", with: "{id: rd, weight: 1, title: \"\(hostile)\"}")
            .replacingOccurrences(of: "{id: r, expr: \"total >= 50.0\"}", with: "{id: r, expr: \"total >= 50.0\", title: \"\(hostile)\"}"))
        for language in Language.allCases {
            let model = RubricDocModel(rubric, language: language, version: "test")
            let html = try RubricDocFormat.html.writer().write(model)
            #expect(!html.contains("<script"))
            #expect(html.contains(#"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; | a `b` &amp;amp; *c*"#))
            let markdown = try RubricDocFormat.markdown.writer().write(model)
            // No tag opens: each `<` before a letter or `/` is escaped; `&`, quotes stay literal.
            #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("<script"))
            #expect(!markdown.replacingOccurrences(of: "\\<", with: "").contains("</script"))
            #expect(markdown.contains(#"\<script>alert(1)\</script> & "q" \| a \`b\` \&amp; \*c\*"#))
            #expect(markdown.contains("total >= 50.0"))
            try ReportTests.checkTables(markdown)
        }
    }

    @Test("each level shows its step; an indicator's own choices and bands show their step cost (effort × step), and the cost is explained once")
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
        // The scale's table: the bottom level has no step.
        #expect(zh.contains("| 选项 | 代码 | 得分 | 阶梯系数 |"))
        #expect(zh.contains("| full | full | 1.00 | 3 |") && zh.contains("| partly | partly | 0.50 | 1 |") && zh.contains("| none | none | 0.00 |  |"))
        #expect(zh.contains("| s `s` | 单选，量表1（none→full） | 1 | 2 |"))
        // A multi answer's own choices all cost effort × step.
        #expect(zh.contains("多选（得分相加，最高1）；a `a` 0.50（提升成本 1）；b `b` 0.50（提升成本 5）"))
        #expect(zh.contains("分档：≥ 0 → 0.00；≥ 30 → 0.50（提升成本 6）"))
        #expect(zh.contains("分档：≥ 10 → 0.50（提升成本 2）；≥ 20 → 1.00（提升成本 1）"), "a first band that scores is climbed to")
        #expect(zh.contains("是/否，提升成本 4"))
        #expect(zh.components(separatedBy: "提升成本：").count - 1 == 1)
        let en = try RubricDocFormat.html.writer().write(RubricDocModel(rubric, language: .en, version: "test"))
        #expect(en.contains("<th scope=\"col\" class=\"num\">Step</th>") && en.contains("<td class=\"num\">1.00</td><td class=\"num\">3</td>"))
        #expect(en.contains("not money or days"))
        try ReportTests.checkTables(zh)
    }

    @Test("templates can read every stored field of the handbook model")
    func everyFieldReadable() throws {
        let model = RubricDocModel(try Self.rubric("sample-smart-factory"), language: .zh, version: "test")
        var values: [Any] = [model, model.labels]
        values += model.facts.map { $0 as Any } + model.scales.map { $0 as Any } + model.scales.flatMap(\.choices).map { $0 as Any }
        values += model.domains.map { $0 as Any } + model.domains.flatMap(\.indicators).map { $0 as Any }
        values += model.domains.flatMap(\.indicators).flatMap(\.choices).map { $0 as Any }
        values += model.gates.map { $0 as Any } + model.tiers.map { $0 as Any } + model.tiers.flatMap(\.rules).map { $0 as Any }
        values += model.sources.map { $0 as Any } + model.appendix.map { $0 as Any } + model.appendix.flatMap(\.expressions).map { $0 as Any }
        #expect(model.domains.flatMap(\.indicators).contains { $0.hasChoices }, "the sample has an indicator with its own choices")
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
