import Crypto
import Foundation
import ZhizaoCEL

extension RubricLoader {
    /// Builds the rubric from the root file and the sections gathered from every file.
    func assemble(root m: MappingReader, path: String, context: Context) -> Rubric? {
        let collector = context.collector(path)
        let id = m.identifier("id", pattern: .kebab)
        let version = m.string("version", required: true)
        let title = m.localized("title", required: true)
        var locales = (m.strings("locales") ?? []).compactMap { locale, position -> String? in
            guard isLocaleCode(locale) else {
                collector.error(Words.Loading.notLocaleCode(locale), at: position)
                return nil
            }
            return locale
        }
        if locales.isEmpty { locales = ["zh", "en"] }

        // Items of the shared sections, from every file, included ones first.
        let sources = items("sources", context) { RubricItemParser(collector: $0).source($1) }
        let profile = items("profile", context) { RubricItemParser(collector: $0).profileFact($1) }
        var scales: [String: Scale] = [:]
        var scaleOrder: [Scale] = []
        var scaleSeen: [String: SourceLocationInFile] = [:]
        for section in context.sections["scales"] ?? [] {
            let fileCollector = context.collector(section.file)
            guard case .mapping(let pairs) = section.node.kind else {
                fileCollector.error(Words.Loading.scalesShape, at: section.node.position)
                continue
            }
            for pair in pairs {
                guard let name = pair.key.scalar, IdentifierPattern.snake.matches(name) else {
                    fileCollector.error(Words.Loading.invalidScaleID(pair.key.scalar ?? "", rule: IdentifierPattern.snake.rule),
                                        at: pair.key.position)
                    continue
                }
                if let first = scaleSeen[name] {
                    duplicate("scale", name, at: pair.key.position, in: fileCollector, first: first)
                    continue
                }
                scaleSeen[name] = SourceLocationInFile(file: section.file, position: pair.key.position)
                if let scale = RubricItemParser(collector: fileCollector).scale(id: name, node: pair.value) {
                    scales[name] = scale
                    scaleOrder.append(scale)
                }
            }
        }
        let domains = items("domains", context) { RubricItemParser(collector: $0).domain($1) }
        // Ids of every written item, valid or not: one bad domain must not also make every
        // indicator in it "unknown".
        let domainIDs = Set(domains.map(\.id)).union(writtenIDs("domains", context))
        let indicators = items("indicators", context) {
            RubricItemParser(collector: $0).indicator($1, scales: scales, domains: domainIDs)
        }
        if writtenIDs("domains", context).isEmpty && domains.isEmpty {
            collector.error(Words.Loading.noDomains, at: m.node.position)
        }
        if writtenIDs("indicators", context).isEmpty && indicators.isEmpty {
            collector.error(Words.Loading.noIndicators, at: m.node.position)
        }

        // Tiers come only from the rubric itself.
        let tierNodes = m.sequence("tiers", required: true) ?? []
        var tierIDs: [String] = []
        var tierNodeByID: [(String, MappingReader)] = []
        for node in tierNodes {
            guard let t = MappingReader(node, what: Words.Loading.Item.tier, collector: collector) else { continue }
            t.rejectUnknownKeys(["id", "title", "requires", "rules", "description"])
            guard let tierID = t.identifier("id", pattern: .snake) else { continue }
            if tierIDs.contains(tierID) {
                collector.error(Words.Loading.tierDefinedTwice(tierID), at: t.value("id")!.position)
                continue
            }
            tierIDs.append(tierID)
            tierNodeByID.append((tierID, t))
        }
        if tierNodes.isEmpty, m.has("tiers") {
            collector.error(Words.Loading.noTiers, at: m.keyPosition("tiers"))
        }

        // Expressions.
        var known = RubricExpressionCompiler.KnownIDs()
        known.domains = unique(domains.map(\.id) + writtenIDs("domains", context))
        known.indicators = unique(indicators.map(\.id) + writtenIDs("indicators", context))
        known.profile = unique(profile.map(\.id) + writtenIDs("profile", context))
        known.tiers = tierIDs
        known.metrics = writtenIDs("metrics", context)
        let environment = RubricVariables.environment(limits: expressionLimits)
        let compiler = RubricExpressionCompiler(environment: environment, ids: known, fileLines: context.fileLines)

        var earlierMetrics: [String] = []
        let metrics: [Metric] = items("metrics", context) { fileCollector, node in
            guard let r = MappingReader(node, what: Words.Loading.Item.metric, collector: fileCollector) else { return nil }
            r.rejectUnknownKeys(["id", "expr", "title", "description", "unit"])
            let metricID = r.identifier("id", pattern: .snake)
            var unit = Metric.Unit.number
            if let text = r.string("unit") {
                if let known = Metric.Unit(rawValue: text) {
                    unit = known
                } else {
                    fileCollector.error(Words.Loading.unknownMetricUnit(text, known: Metric.Unit.allCases.map(\.rawValue)),
                                        at: r.value("unit")?.position ?? node.position)
                }
            }
            defer { if let metricID { earlierMetrics.append(metricID) } }
            guard let exprNode = r.required("expr"),
                  let expression = compiler.compile(exprNode, role: .metric(earlier: earlierMetrics), file: fileCollector.file, collector: fileCollector),
                  let metricID
            else { return nil }
            return Metric(id: metricID, title: r.localized("title") ?? LocalizedText(plain: metricID), unit: unit, expression: expression)
        }
        let checks: [Check] = items("checks", context) { fileCollector, node in
            guard let r = MappingReader(node, what: Words.Loading.Item.check, collector: fileCollector) else { return nil }
            r.rejectUnknownKeys(["id", "expr", "message", "title"])
            let checkID = r.identifier("id", pattern: .snake)
            let message = r.localized("message", required: true)
            guard let exprNode = r.required("expr"),
                  let expression = compiler.compile(exprNode, role: .check, file: fileCollector.file, collector: fileCollector),
                  let checkID, let message
            else { return nil }
            return Check(id: checkID, message: message, expression: expression)
        }
        let sourceIDs = sources.map(\.id)
        let gates: [Gate] = items("gates", context) { fileCollector, node in
            guard let r = MappingReader(node, what: Words.Loading.Item.gate, collector: fileCollector) else { return nil }
            r.rejectUnknownKeys(["id", "title", "expr", "tiers", "source", "provisional", "note"])
            let gateID = r.identifier("id", pattern: .snake)
            let title = r.localized("title", required: true)
            var applies: [String]?
            if let list = r.strings("tiers") {
                applies = list.map(\.0)
                for (tier, position) in list where !tierIDs.contains(tier) {
                    let hint = closestHint(tier, among: tierIDs)
                    fileCollector.error(Words.Loading.unknownTier(tier, hint: hint), at: position)
                }
            }
            let source = sourceReference(r, sourceIDs: sourceIDs, collector: fileCollector)
            guard let exprNode = r.required("expr"),
                  let expression = compiler.compile(exprNode, role: .gate, file: fileCollector.file, collector: fileCollector),
                  let gateID, let title
            else { return nil }
            return Gate(id: gateID, title: title, expression: expression, tiers: applies, source: source,
                        provisional: r.bool("provisional") ?? false)
        }

        var tiers: [Tier] = []
        for (index, (tierID, t)) in tierNodeByID.enumerated() {
            let below = Array(tierIDs[..<index])
            var requires = index == 0 ? [] : [tierIDs[index - 1]]
            if let list = t.strings("requires") {
                requires = []
                for (required, position) in list {
                    if required == tierID {
                        collector.error(Words.Loading.tierRequiresItself, at: position)
                    } else if !below.contains(required) {
                        if tierIDs.contains(required) {
                            collector.error(Words.Loading.tierRequiresLater(required), at: position)
                        } else {
                            let hint = closestHint(required, among: tierIDs)
                            collector.error(Words.Loading.unknownTier(required, hint: hint), at: position)
                        }
                    } else {
                        requires.append(required)
                    }
                }
            }
            var rules: [Rule] = []
            var ruleIDs: Set<String> = []
            for ruleNode in t.sequence("rules") ?? [] {
                guard let r = MappingReader(ruleNode, what: Words.Loading.Item.rule, collector: collector) else { continue }
                r.rejectUnknownKeys(["id", "expr", "title", "source", "provisional", "note"])
                let ruleID = r.identifier("id", pattern: .snake)
                if let ruleID, !ruleIDs.insert(ruleID).inserted {
                    collector.error(Words.Loading.ruleRepeats(ruleID), at: r.value("id")!.position)
                    continue
                }
                let source = sourceReference(r, sourceIDs: sourceIDs, collector: collector)
                guard let exprNode = r.required("expr"),
                      let expression = compiler.compile(exprNode, role: .rule(tiersBelow: below), file: path, collector: collector),
                      let ruleID
                else { continue }
                rules.append(Rule(id: ruleID, title: r.localized("title") ?? LocalizedText(plain: expression.source),
                                  expression: expression, source: source, provisional: r.bool("provisional") ?? false))
            }
            tiers.append(Tier(id: tierID, title: t.localized("title") ?? LocalizedText(plain: tierID), requires: requires, rules: rules))
        }

        var tiebreaks: [RubricExpression] = []
        if let rankingNode = m.value("ranking"),
           let r = MappingReader(rankingNode, what: Words.Loading.Item.ranking, collector: collector) {
            r.rejectUnknownKeys(["tiebreak"])
            for node in r.sequence("tiebreak") ?? [] {
                if let expression = compiler.compile(node, role: .tiebreak, file: path, collector: collector) {
                    tiebreaks.append(expression)
                }
            }
        }

        let enterpriseFields = m.value("enterprise_fields").map { parseEnterpriseFields($0, collector: collector) } ?? []

        guard let id, let version, let title else { return nil }
        var hasher = SHA256()
        for (file, bytes) in context.fileBytes {
            // Each file framed by its path and length, so two layouts of the same bytes differ.
            hasher.update(data: Array("\(file)\n\(bytes.count)\n".utf8))
            hasher.update(data: bytes)
        }
        let fingerprint = "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let rubric = Rubric(
            id: id, version: version, title: title, locales: locales, sources: sources, profile: profile,
            scales: scaleOrder, domains: domains, indicators: indicators, metrics: metrics, checks: checks, gates: gates,
            tiers: tiers, ranking: RankingSpecification(tiebreaks: tiebreaks), enterpriseFields: enterpriseFields, fingerprint: fingerprint,
            files: context.fileBytes.map(\.0),
            indicatorIndex: Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) }),
            expressionEnvironment: environment)
        RubricLinter(rubric: rubric, collector: collector, rootNode: m.node).lint()
        return rubric
    }

    /// `enterprise_fields:` (SPEC §1): per constrainable field, its canonical values and aliases.
    private func parseEnterpriseFields(_ node: YAMLNode, collector: DiagnosticCollector) -> [EnterpriseField] {
        guard let fields = MappingReader(node, what: Words.Loading.Item.enterpriseFields, collector: collector) else { return [] }
        fields.rejectUnknownKeys(EnterpriseField.constrainable)
        var result: [EnterpriseField] = []
        for fieldID in EnterpriseField.constrainable {
            guard let fieldNode = fields.value(fieldID),
                  let field = MappingReader(fieldNode, what: Words.Loading.Item.enterpriseField(fieldID), collector: collector)
            else { continue }
            field.rejectUnknownKeys(["choices"])
            var choices: [EnterpriseField.Choice] = []
            var seen: Set<String> = []
            for choiceNode in field.sequence("choices", required: true) ?? [] {
                guard let c = MappingReader(choiceNode, what: Words.Loading.Item.choice, collector: collector) else { continue }
                c.rejectUnknownKeys(["id", "aliases"])
                guard let choiceID = c.string("id", required: true), !TypedText.normalized(choiceID).isEmpty else { continue }
                if !seen.insert(choiceID).inserted {
                    collector.error(Words.Loading.enterpriseValueRepeats(choiceID), at: c.value("id")?.position ?? choiceNode.position)
                    continue
                }
                choices.append(EnterpriseField.Choice(id: choiceID, aliases: (c.strings("aliases") ?? []).map(\.0)))
            }
            for spelling in EnterpriseField.clashes(choices) {
                collector.error(Words.Loading.enterpriseSpellingClash(spelling, field: fieldID), at: fieldNode.position)
            }
            if !choices.isEmpty { result.append(EnterpriseField(id: fieldID, choices: choices)) }
        }
        return result
    }

    /// Parses every item of a list section from every file, in order, refusing repeated ids
    /// (SPEC §1: an id defined twice anywhere is an error; nothing is overridden).
    private func items<T: Identifiable>(_ section: String, _ context: Context,
                                        _ parse: (DiagnosticCollector, YAMLNode) -> T?) -> [T] where T.ID == String {
        var result: [T] = []
        var seen: [String: SourceLocationInFile] = [:]
        for sectionNode in context.sections[section] ?? [] {
            forEachItem(sectionNode, context) { node, fileCollector in
                guard let item = parse(fileCollector, node) else { return }
                let position = node.child("id")?.position ?? node.position
                if let first = seen[item.id] {
                    duplicate(section, item.id, at: position, in: fileCollector, first: first)
                    return
                }
                seen[item.id] = SourceLocationInFile(file: sectionNode.file, position: position)
                result.append(item)
            }
        }
        return result
    }

    /// The `id`s written in a list section, whether or not their items are valid.
    private func writtenIDs(_ section: String, _ context: Context) -> [String] {
        (context.sections[section] ?? []).flatMap { sectionNode -> [String] in
            guard case .sequence(let nodes) = sectionNode.node.kind else { return [] }
            return nodes.compactMap { $0.child("id")?.scalar }
        }
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    private func forEachItem(_ section: SectionNode, _ context: Context, _ body: (YAMLNode, DiagnosticCollector) -> Void) {
        let fileCollector = context.collector(section.file)
        guard case .sequence(let nodes) = section.node.kind else {
            fileCollector.error(Words.Loading.sectionNotList, at: section.node.position)
            return
        }
        for node in nodes { body(node, fileCollector) }
    }

    private func duplicate(_ section: String, _ id: String, at position: SourcePosition, in collector: DiagnosticCollector,
                           first: SourceLocationInFile) {
        collector.error(Words.Loading.definedTwice(id, section: section, first: first.description), at: position)
    }

    private func sourceReference(_ r: MappingReader, sourceIDs: [String], collector: DiagnosticCollector) -> String? {
        guard let source = r.string("source") else { return nil }
        if !sourceIDs.contains(source) {
            let hint = closestHint(source, among: sourceIDs)
            collector.error(Words.Loading.unknownSource(source, hint: hint), at: r.value("source")!.position)
        }
        return source
    }
}

extension YAMLNode {
    /// The value of `key` in a mapping node.
    func child(_ key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }
}
