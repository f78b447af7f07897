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

    @Test("卓越级 takes the 2025 wording (沪经信制〔2025〕430号): recognised 先进级, and AI exploration as a rule of its own", arguments: ["shandong-smart-factory", "miit-smart-factory"])
    func excellence2025(_ id: String) throws {
        let rubric = try Self.rubric(id)
        let excellence = try #require(rubric.tier("excellence"))
        let source = try #require(rubric.source("shanghai-2025"))
        #expect(source.reliability == .confirmed && source.reference == "沪经信制〔2025〕430号")
        let recognised = try #require(excellence.rules.first { $0.id == "recognised_advanced" })
        #expect(recognised.source == "shanghai-2025" && !recognised.provisional)
        #expect(!rubric.text(recognised.title, "zh").contains("原则上"), "2025 dropped \"as a rule\"")
        let exploration = try #require(excellence.rules.first { $0.id == "ai_exploration" })
        #expect(exploration.source == "shanghai-2025" && !exploration.provisional)
        #expect(exploration.expression.source == "metric.ai_scenarios >= 1")
        // The 20 % share stays, on its secondary source.
        let share = try #require(excellence.rules.first { $0.id == "ai_share_20" })
        let shareSource = try #require(share.source)
        #expect(share.expression.source == "metric.ai_share >= 0.2" && rubric.source(shareSource)?.reliability == .secondary)
    }

    @Test("sources: one URL per document; weak reposts dropped")
    func sourceHygiene() throws {
        let rubric = try Self.rubric("miit-smart-factory")
        var seen: [String: String] = [:]
        for source in rubric.sources {
            guard let url = source.url else { continue }
            #expect(seen[url] == nil, "\(url) is cited for \(seen[url] ?? "") and \(source.id)")
            seen[url] = source.id
        }
        // The 2024 explainer (superseded by Shanghai's official 2025 text), the GMW entry (now the
        // 2024 notice's own URL) and a repost nothing rested on are gone.
        for dropped in ["tier-approval-2024", "gmw-2024-pilot", "excellence-outcomes"] { #expect(rubric.source(dropped) == nil) }
    }

    /// The Chinese texts of a shipped file: every `zh:` value, and every plain-string
    /// localised text (the first locale) that holds Chinese, with its position.
    static func chineseTexts(_ path: String) throws -> [(position: SourcePosition, text: String)] {
        let localized: Set<String> = ["title", "question", "guidance", "evidence", "advice", "label", "description", "note", "message", "unit"]
        let root = try YAMLReader.readDocument(ShippedRubrics.files.read(path))
        var found: [(SourcePosition, String)] = []
        func walk(_ node: YAMLNode) {
            switch node.kind {
            case .scalar: break
            case .sequence(let items): items.forEach(walk)
            case .mapping(let pairs):
                for pair in pairs {
                    guard case .scalar(let key, _) = pair.key.kind else { continue }
                    if case .scalar(let text, _) = pair.value.kind,
                       key == "zh" || (localized.contains(key) && text.unicodeScalars.contains(where: Self.isCJK)) {
                        found.append((pair.value.position, text))
                    } else {
                        walk(pair.value)
                    }
                }
            }
        }
        walk(root)
        return found
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x3400...0x9FFF).contains(scalar.value) || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
            || "“”‘’".unicodeScalars.contains(scalar)
    }

    /// ASCII punctuation next to a Chinese character: `规模(以上)`, `说明:`, `a,中`.
    static func asciiPunctuationNextToChinese(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            guard "(),:;?!\"".unicodeScalars.contains(scalars[index]) else { return nil }
            let before = index > 0 && isCJK(scalars[index - 1])
            let after = index + 1 < scalars.count && isCJK(scalars[index + 1])
            guard before || after else { return nil }
            let from = max(0, index - 3), to = min(scalars.count, index + 4)
            return String(String.UnicodeScalarView(scalars[from..<to]))
        }
    }

    @Test("Chinese texts of the shipped rubrics use Chinese punctuation （），：；？！“”")
    func chinesePunctuation() throws {
        #expect(Self.asciiPunctuationNextToChinese("规模(以上)，说明:x").count == 3)
        #expect(Self.asciiPunctuationNextToChinese("AI(人工智能)").count == 2 && Self.asciiPunctuationNextToChinese("“是\"否”").count == 1)
        #expect(Self.asciiPunctuationNextToChinese("PDM/PLM (CAD), 20%: ok").isEmpty)
        let files = EmbeddedFiles.contents.keys.filter { $0.hasPrefix("Rubrics/") && $0.hasSuffix(".yaml") }.sorted()
        #expect(files.contains("Rubrics/parts/indicators.yaml"))
        var problems: [String] = []
        var count = 0
        for path in files {
            for (position, text) in try Self.chineseTexts(path) {
                count += 1
                for bad in Self.asciiPunctuationNextToChinese(text) { problems.append("\(path):\(position.line):\(position.column): …\(bad)…") }
            }
        }
        #expect(count > 500, "the scan found the texts")
        let listed = problems.joined(separator: "\n")
        #expect(problems.isEmpty, "ASCII punctuation in Chinese text:\n\(listed)")
    }
}
