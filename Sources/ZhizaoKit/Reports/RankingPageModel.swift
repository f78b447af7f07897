import Mustache
import ZhizaoCEL

/// What `ranking.html` shows (SPEC §4), ready-formatted for `Reports/ranking.html.mustache`:
/// the summary, counts per tier and city, the histogram of totals, the distribution per
/// city, every list, and the rejects. A list's rows are made one at a time as the page is
/// written (`row(_:)`), so 100,000 of them never exist at once. Every value from an input
/// is escaped by the template; the SVG escapes its own.
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
    private let tierTitles: [String: String]
    private let percentiles: Percentiles

    /// One line of a list, as the page shows it.
    func row(_ row: Ranking.Row) -> Row {
        let entry = row.entry
        return Row(rank: String(row.rank), selected: row.selected == true ? "✓" : "", name: entry.name ?? "", creditCode: entry.creditCode,
                   city: entry.city ?? "", tier: entry.tier.map { tierTitles[$0] ?? $0 } ?? "", total: RankingReport.decimal(entry.total),
                   domains: entry.domains.map { Cell(text: RankingReport.decimal($0)) },
                   percentile: Percentiles.text(percentiles.standing(of: entry).batch[0]), reasons: row.reasons.joined(separator: "; "),
                   rowClass: row.duplicate ? "duplicate" : (row.selected == true ? "selected" : (row.achieved == false ? "missed" : "")))
    }

    init(_ report: RankingReport) {
        let rubric = report.rubric
        let locale = report.language.rawValue
        let zh = report.language == .zh
        func t(_ chinese: String, _ english: String) -> String { zh ? chinese : english }
        func tierTitle(_ id: String?) -> String { id.flatMap { rubric.tier($0) }.map { rubric.text($0.title, locale) } ?? t("未达等级", "None") }
        language = zh ? "zh-CN" : "en"
        title = t("申报排序", "Ranking") + " · " + rubric.text(rubric.title, locale)
        rubricLine = "\(rubric.id) \(rubric.version) · \(rubric.fingerprint)"
        labels = Labels(rank: t("名次", "Rank"), selected: t("入选", "Selected"), enterprise: t("企业", "Enterprise"), creditCode: t("信用代码", "Credit code"),
                        city: t("城市", "City"), tier: t("判定等级", "Tier"), total: t("总分", "Total"), percentile: t("总分百分位", "Total percentile"),
                        reasons: t("原因", "Reasons"), summary: t("概况", "Summary"), tiers: t("各等级数量", "Applicants per tier"),
                        cities: t("各城市", "Per city"), count: t("数量", "Count"), achieved: t("达到申报等级", "Achieve their target"),
                        median: t("总分中位数", "Median total"), distribution: t("分数分布", "Score distribution"), group: t("范围", "Group"),
                        lists: t("排序名单", "Ranked lists"), rejected: t("未能评分", "Rejected"), source: t("来源", "Source"), reason: t("原因", "Reason"),
                        noTier: t("未指定申报等级", "No target tier"), histogram: t("总分分布（每 5 分一档）", "Totals, in steps of 5 points"))
        let summaryData = report.summary
        summary = [Pair(label: t("找到", "Found"), value: String(summaryData.found)), Pair(label: t("评分", "Scored"), value: String(summaryData.scored)),
                   Pair(label: t("拒绝", "Rejected"), value: String(summaryData.rejected)), Pair(label: t("跳过", "Skipped"), value: String(summaryData.skipped))]
        tierCounts = report.tierCounts.map { Pair(label: tierTitle($0.tier), value: String($0.count)) }

        let rows = report.lists.flatMap { list in list.rows.map { (list, $0) } }
        var perCity: [String: (count: Int, achieved: Int, selected: Int)] = [:]
        for (_, row) in rows {
            var counts = perCity[row.entry.city ?? "", default: (0, 0, 0)]
            counts.count += 1
            if row.achieved == true { counts.achieved += 1 }
            if row.selected == true { counts.selected += 1 }
            perCity[row.entry.city ?? ""] = counts
        }
        cities = report.percentiles.cities.map { group in
            let counts = perCity[group.name] ?? (0, 0, 0)
            return CityRow(city: group.name.isEmpty ? t("（未填）", "(none)") : group.name, count: String(counts.count), achieved: String(counts.achieved),
                           selected: String(counts.selected), median: group.distributions[0].quantile(50).map { $0.decimalString(places: 1) } ?? "")
        }
        histogramSVG = ScoreHistogramChart(totals: rows.map(\.1.entry.total), title: labels.histogram).svg()
        let table = report.distributionTable
        measureTitles = table.headings.map { Cell(text: $0) }
        distribution = table.rows.map { DistributionRow(name: $0.name, count: String($0.count), cells: $0.quartiles.map { Cell(text: $0) }) }
        domainTitles = rubric.domains.map { Cell(text: rubric.text($0.title, locale)) }
        let noTier = labels.noTier
        lists = report.lists.map { list in ListSection(title: list.target.map { tierTitle($0) } ?? noTier, count: String(list.rows.count)) }
        tierTitles = Dictionary(uniqueKeysWithValues: rubric.tiers.map { ($0.id, rubric.text($0.title, locale)) })
        percentiles = report.percentiles
        rejects = report.rejects.map { Reject(source: $0.source, reason: $0.reason) }
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
