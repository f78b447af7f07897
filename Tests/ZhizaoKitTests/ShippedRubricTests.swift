import Foundation
import Testing
@testable import ZhizaoKit

// Issue 4: the shipped rubrics load with no error, share one indicator bank, trace every
// gate and rule to a source or mark it provisional, and keep the 40 scenarios of the 2025
// scenario guide, each once.

@Suite("Shipped rubrics")
struct ShippedRubricTests {
    static let loaded = ShippedRubrics.loadAll()

    static func rubric(_ id: String) throws -> Rubric {
        let rubric = loaded.compactMap(\.result.rubric).first { $0.id == id }
        return try #require(rubric, "shipped rubric \(id)")
    }

    @Test("every shipped rubric loads without an error or a warning", arguments: ShippedRubrics.paths)
    func loadsCleanly(_ path: String) throws {
        let result = try #require(Self.loaded.first { $0.path == path }?.result)
        let problems = result.diagnostics.filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems.map(\.description))")
        #expect(result.rubric != nil)
    }

    @Test("the real rubrics are shipped and Shandong is the default")
    func realRubricsShipped() throws {
        let ids = Self.loaded.compactMap(\.result.rubric?.id)
        #expect(ids.contains("shandong-smart-factory"))
        #expect(ids.contains("miit-smart-factory"))
        #expect(ShippedRubrics.defaultID == "shandong-smart-factory")
        // Parts are not rubrics of their own.
        #expect(!ShippedRubrics.paths.contains { $0.hasPrefix("Rubrics/parts/") })
    }

    @Test("the tier ladders are the ones the programmes name")
    func ladders() throws {
        #expect(try Self.rubric("shandong-smart-factory").tiers.map(\.id) == ["morning_star", "excellence", "pilot"])
        #expect(try Self.rubric("miit-smart-factory").tiers.map(\.id) == ["basic", "advanced", "excellence", "pilot"])
        let titles = try Self.rubric("shandong-smart-factory").tiers.map { $0.title.text("zh", fallback: "zh") }
        #expect(titles == ["晨星工厂", "卓越级智能工厂", "领航级智能工厂"])
    }

    @Test("both rubrics score the same indicators, profile facts and domains from one bank")
    func sharedBank() throws {
        let shandong = try Self.rubric("shandong-smart-factory")
        let national = try Self.rubric("miit-smart-factory")
        #expect(shandong.indicators.map(\.id) == national.indicators.map(\.id))
        #expect(shandong.profile.map(\.id) == national.profile.map(\.id))
        #expect(shandong.domains.map(\.id) == ["rd", "production", "om", "supply", "service"])
        #expect(national.domains.map(\.id) == shandong.domains.map(\.id))
        // Written once: the rubric files hold no indicator, scale, fact, domain, metric or check
        // of their own; they come from the parts both include (an id defined twice anywhere is
        // a load error, so nothing can be overridden either).
        for path in ["Rubrics/shandong-smart-factory.yaml", "Rubrics/miit-smart-factory.yaml"] {
            let document = try YAMLReader.readDocument(try ShippedRubrics.files.read(path))
            guard case .mapping(let pairs) = document.kind else { Issue.record("\(path) is not a mapping"); continue }
            let keys = Set(pairs.compactMap(\.key.scalar))
            #expect(keys.isDisjoint(with: ["indicators", "scales", "profile", "domains", "metrics", "checks"]), "\(path): \(keys.sorted())")
            #expect(keys.contains("include"))
        }
    }

    @Test("the 40 typical scenarios of the 2025 guide are each one indicator, in its domain")
    func scenarios() throws {
        let rubric = try Self.rubric("shandong-smart-factory")
        let numbered = rubric.indicators.compactMap { indicator in indicator.scenario.map { ($0, indicator) } }
        #expect(numbered.map(\.0).sorted() == Array(1...40))
        // domain.md §2.1's mapping for the links it places.
        let domainOf = Dictionary(uniqueKeysWithValues: numbered.map { ($0.0, $0.1.domain) })
        for scenario in [4, 5, 6, 7] { #expect(domainOf[scenario] == "rd", "scenario \(scenario)") }
        for scenario in [8, 9, 10, 11] + Array(19...26) { #expect(domainOf[scenario] == "production", "scenario \(scenario)") }
        for scenario in [27, 28, 29, 34] { #expect(domainOf[scenario] == "om", "scenario \(scenario)") }
        for scenario in [12, 13, 37, 38, 39, 40] { #expect(domainOf[scenario] == "supply", "scenario \(scenario)") }
        for scenario in [33, 35, 36] { #expect(domainOf[scenario] == "service", "scenario \(scenario)") }
        // Every indicator a person answers has a question, evidence and advice in both languages.
        for indicator in rubric.indicators {
            for text in [indicator.title, indicator.question, indicator.evidence, indicator.advice] {
                let value = try #require(text, "\(indicator.id) lacks a text")
                #expect(!value.text("zh", fallback: "en").isEmpty && !value.text("en", fallback: "zh").isEmpty, "\(indicator.id)")
                #expect(value.text("zh", fallback: "en") != value.text("en", fallback: "zh"), "\(indicator.id) is not translated")
            }
        }
    }

    @Test("every gate and rule cites a source or is marked provisional", arguments: ["shandong-smart-factory", "miit-smart-factory"])
    func traced(_ id: String) throws {
        let rubric = try Self.rubric(id)
        for gate in rubric.gates {
            #expect(gate.source != nil || gate.provisional, "\(id) gate \(gate.id)")
        }
        for tier in rubric.tiers {
            for rule in tier.rules {
                #expect(rule.source != nil || rule.provisional, "\(id) \(tier.id).\(rule.id)")
                // Every score or scenario threshold is provisional: no public source fixes one.
                let readsScores = rule.expression.program.references.contains {
                    ["total", "domain"].contains($0.variable) || ($0.variable == "metric" && ["scenarios_covered", "links_covered"].contains($0.path.first ?? ""))
                }
                if readsScores { #expect(rule.provisional, "\(id) \(tier.id).\(rule.id) is a score threshold") }
            }
        }
        // The AI-share floors rest on news rewrites, and are marked as such.
        let aiRules = rubric.tiers.flatMap(\.rules).filter { $0.id.hasPrefix("ai_share") }
        #expect(aiRules.count == 2)
        for rule in aiRules {
            #expect(rubric.source(try #require(rule.source))?.reliability == .secondary)
        }
    }

    @Test("the accident gate follows each rubric's source: 较大 nationally, 重大 in Shandong's own tier")
    func accidentThresholds() throws {
        let national = try Self.rubric("miit-smart-factory")
        let shandong = try Self.rubric("shandong-smart-factory")
        let nationalGate = try #require(national.gates.first { $0.id == "no_larger_accident" })
        #expect(nationalGate.tiers == nil, "applies to every national tier")
        #expect(nationalGate.expression.source == "profile.accident_grade_3y in ['none', 'general']")
        let shandongGate = try #require(shandong.gates.first { $0.id == "no_major_accident" })
        #expect(shandongGate.tiers == ["morning_star"])
        #expect(shandongGate.expression.source == "profile.accident_grade_3y in ['none', 'general', 'larger']")
    }
}
