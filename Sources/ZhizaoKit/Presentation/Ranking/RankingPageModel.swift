import Mustache
import ZhizaoCEL

/// What `ranking.html` shows (SPEC §4), the `RankingView` laid out for
/// `Reports/ranking.html.mustache`: the summary, counts per tier and city, the histogram of
/// totals, the distribution per city, every list, and the rejects. A list's rows are made
/// one at a time as the page is written (`row(_:)`), so 100,000 of them never exist at
/// once. Every value from an input is escaped by the template; the SVG escapes its own.
struct RankingPageModel {
    struct Pair { let label: String; let value: String }
    struct Cell { let text: String }
    struct CityRow { let city: String; let count: String; let achieved: String; let selected: String; let median: String }
    struct DistributionRow { let name: String; let count: String; let cells: [Cell] }
    struct Row {
        let rank: String
        let selected: String
        let name: String
        let creditCode: String
        let city: String
        let tier: String
        let total: String
        let domains: [Cell]
        let percentile: String
        let reasons: String
        let rowClass: String
    }
    struct ListSection { let title: String; let count: String }
    struct Reject { let source: String; let reason: String }
    struct Labels {
        let rank, selected, enterprise, creditCode, city, tier, total, percentile, reasons: String
        let summary, tiers, cities, count, achieved, median, distribution, group, lists, rejected, source, reason, noTier: String
        let histogram: String
    }

    let language: String
    let title: String
    let rubricLine: String
    let labels: Labels
    let summary: [Pair]
    let tierCounts: [Pair]
    let cities: [CityRow]
    let histogramSVG: String
    let measureTitles: [Cell]
    let distribution: [DistributionRow]
    let domainTitles: [Cell]
    let lists: [ListSection]
    let hasRejects: Bool
    let rejects: [Reject]
    private let view: RankingView

    /// One line of a list, as the page shows it.
    func row(_ line: Ranking.Row) -> Row {
        let row = view.row(line)
        return Row(rank: row.rank, selected: row.selected == true ? "✓" : "", name: row.name ?? "", creditCode: row.creditCode,
                   city: row.city ?? "", tier: row.tierTitle, total: row.total, domains: row.domains.map { Cell(text: $0 ?? "") },
                   percentile: view.standing(line).batch[0] ?? "", reasons: row.why.joined(separator: Words.Punctuation.clauseSeparator(view.language)),
                   rowClass: row.duplicate ? "duplicate" : (row.selected == true ? "selected" : (row.achieved == false ? "missed" : "")))
    }

    init(_ view: RankingView) {
        let language = view.language
        self.view = view
        self.language = language.documentTag
        title = Words.Ranking.title(language) + " · " + view.rubricTitle
        rubricLine = view.run.lines.map { $0.label + Words.Punctuation.colon(language) + $0.text }.joined(separator: " · ")
        let words = Words.Ranking.self
        labels = Labels(rank: words.rank(language), selected: words.selected(language), enterprise: words.enterprise(language),
                        creditCode: words.creditCode(language), city: words.city(language), tier: words.tier(language), total: words.total(language),
                        percentile: words.totalPercentile(language), reasons: words.reasons(language), summary: words.summary(language),
                        tiers: words.perTier(language), cities: words.perCity(language), count: words.count(language),
                        achieved: words.achieveTarget(language), median: words.medianTotal(language), distribution: words.distribution(language),
                        group: words.group(language), lists: words.lists(language), rejected: words.rejected(language), source: words.source(language),
                        reason: words.reason(language), noTier: words.noTarget(language), histogram: words.histogram(language))
        summary = [Pair(label: words.found(language), value: String(view.summary.found)),
                   Pair(label: words.scored(language), value: String(view.summary.scored)),
                   Pair(label: words.rejectedCount(language), value: String(view.summary.rejected)),
                   Pair(label: words.skipped(language), value: String(view.summary.skipped))]
        tierCounts = view.tierCounts.map { Pair(label: $0.title, value: $0.count) }
        cities = view.groups.map { CityRow(city: $0.targetTitle + " · " + $0.groupTitle, count: $0.applicants, achieved: $0.achieved,
                                           selected: $0.selected, median: $0.unused) }
        histogramSVG = view.histogram.svg()
        measureTitles = view.quartileHeadings.map { Cell(text: $0) }
        distribution = view.quartileRows.map { DistributionRow(name: $0.name, count: $0.count, cells: $0.quartiles.map { Cell(text: $0) }) }
        domainTitles = view.domainTitles.map { Cell(text: $0) }
        lists = view.lists.map { ListSection(title: $0.title, count: $0.count) }
        rejects = view.rejects.map { Reject(source: $0.source, reason: $0.reason) }
        hasRejects = !rejects.isEmpty
    }
}

// Read by switch, not reflection: a batch of 100,000 rows renders in seconds, not minutes.
extension RankingPageModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "language": return language
        case "title": return title
        case "rubricLine": return rubricLine
        case "labels": return labels
        case "summary": return summary
        case "tierCounts": return tierCounts
        case "cities": return cities
        case "histogramSVG": return histogramSVG
        case "measureTitles": return measureTitles
        case "distribution": return distribution
        case "domainTitles": return domainTitles
        case "lists": return lists
        case "hasRejects": return hasRejects
        case "rejects": return rejects
        default: return nil
        }
    }
}

extension RankingPageModel.Pair: MustacheParent {
    func child(named name: String) -> Any? { name == "label" ? label : (name == "value" ? value : nil) }
}

extension RankingPageModel.Cell: MustacheParent {
    func child(named name: String) -> Any? { name == "text" ? text : nil }
}

extension RankingPageModel.CityRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "city": return city
        case "count": return count
        case "achieved": return achieved
        case "selected": return selected
        case "median": return median
        default: return nil
        }
    }
}

extension RankingPageModel.DistributionRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "count": return count
        case "cells": return cells
        default: return nil
        }
    }
}

extension RankingPageModel.ListSection: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "count": return count
        default: return nil
        }
    }
}

extension RankingPageModel.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return rank
        case "selected": return selected
        case "name": return self.name
        case "creditCode": return creditCode
        case "city": return city
        case "tier": return tier
        case "total": return total
        case "domains": return domains
        case "percentile": return percentile
        case "reasons": return reasons
        case "rowClass": return rowClass
        default: return nil
        }
    }
}

extension RankingPageModel.Reject: MustacheParent {
    func child(named name: String) -> Any? { name == "source" ? source : (name == "reason" ? reason : nil) }
}
