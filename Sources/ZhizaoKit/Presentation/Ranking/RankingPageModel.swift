import Foundation
import Mustache
import ZhizaoCEL

/// What `ranking.html` shows (SPEC §4), the `RankingView` laid out for
/// `Reports/ranking.html.mustache`: how the ranking was made, the places per quota group of
/// each target tier, the counts and the histogram of totals, the distribution, every list,
/// and the rejects; and the words of the controls the page's script shows (find, filter by
/// group and status, shortlist only, sort, the count of rows shown). A list's rows are made
/// one at a time as the page is written (`row(_:)`), so 100,000 of them never exist at once.
/// Every value from an input is escaped by the template (in attributes too); the SVG escapes
/// its own.
struct RankingPageModel {
    struct Pair { let label: String; let value: String }
    struct Cell { let text: String }
    struct Option { let value: String; let label: String }
    /// A quota group of one target list.
    struct GroupRow {
        let group: String
        let quota, applicants, achieved, selected, unused, quotaFull, incomplete, duplicates, rejects: String
        /// Places left: the cell stands out.
        let hasUnused: Bool
    }
    /// The quota groups of one target list.
    struct GroupTable { let title: String; let rows: [GroupRow] }
    struct DistributionRow { let name: String; let count: String; let cells: [Cell] }
    struct Row {
        let rank: String
        /// `selected`, `quota_full`, … or "" (the filter reads it), and in words.
        let status: String
        let statusText: String
        let showStatus: Bool
        let name: String
        /// `reports/<credit code>.html`, or "" without `--reports`.
        let link: String
        let hasLink: Bool
        let creditCode: String
        /// The quota group, or the city without `--quota-by` (the group filter reads it).
        let group: String
        let tier: String
        let total: String
        let domains: [Cell]
        let tiebreaks: [Cell]
        /// ✓ or ✗, and what it means for a screen reader.
        let completeMark: String
        let completeLabel: String
        /// One sentence per line.
        let why: [Cell]
        let rowClass: String
    }
    struct ListSection {
        let title: String
        let count: String
        let number: String
        /// About how tall the table is, in pixels, so that the page scrolls right before the
        /// table is laid out.
        let height: String
    }
    struct Reject { let source: String; let name: String; let creditCode: String; let city: String; let reason: String }
    struct Labels {
        let rank, status, enterprise, creditCode, groupColumn, tier, total, complete, incomplete, why: String
        let run, skippedFiles, sameApplications, summary, tiers, groups, group, quota, applicants, achieved, selected, unused,
            quotaFull, incompleteCount, duplicates, rejects: String
        let count, distribution, distributionGroup, lists, rejected, source, reason, city, histogram: String
        let find, findPlaceholder, all, shortlistOnly, shown, more, sortHint, noRowsShown: String
    }

    let language: String
    let title: String
    let labels: Labels
    let runLines: [Pair]
    let skipped: [Cell]
    let hasSkipped: Bool
    let sameApplications: [Cell]
    let hasSameApplications: Bool
    let summary: [Pair]
    let tierCounts: [Pair]
    let groupTables: [GroupTable]
    let hasGroupTables: Bool
    let histogramSVG: String
    let measureTitles: [Cell]
    let distribution: [DistributionRow]
    let domainTitles: [Cell]
    let tiebreakTitles: [Cell]
    let hasQuota: Bool
    let statusOptions: [Option]
    let groupOptions: [Option]
    let hasGroupOptions: Bool
    let lists: [ListSection]
    let hasRejects: Bool
    let rejects: [Reject]
    private let view: RankingView
    private let reportLinks: [ObjectIdentifier: String]
    private let complete: String
    private let incomplete: String

    /// One line of a list, as the page shows it.
    func row(_ line: Ranking.Row) -> Row {
        let row = view.row(line)
        let link = reportLinks[ObjectIdentifier(line.entry)] ?? ""
        return Row(rank: row.rank, status: row.status, statusText: row.statusText, showStatus: hasQuota, name: row.name ?? "",
                   link: link, hasLink: !link.isEmpty, creditCode: row.creditCode,
                   group: view.run.quotaBy == nil ? Self.city(row.city, view.language) : row.group,
                   tier: row.tierTitle, total: row.total, domains: row.domains.map { Cell(text: $0 ?? "") },
                   tiebreaks: row.tiebreaks.map { Cell(text: $0) }, completeMark: row.complete ? "✓" : "✗",
                   completeLabel: row.complete ? complete : incomplete, why: row.why.map { Cell(text: $0) },
                   rowClass: (row.status.isEmpty ? "" : "st-" + row.status) + (row.complete ? "" : " partial"))
    }

    /// A city as the group filter and column show it.
    private static func city(_ city: String?, _ language: Language) -> String {
        let city = city ?? ""
        return city.isEmpty ? Words.Ranking.noCityShort(language) : city
    }

    /// `reportLinks`: each ranked applicant's report, `reports/<file>` (`rank --reports`).
    init(_ view: RankingView, reportLinks: [ObjectIdentifier: String] = [:]) {
        let language = view.language
        self.view = view
        self.reportLinks = reportLinks
        self.language = language.documentTag
        title = Words.Ranking.title(language) + " · " + view.rubricTitle
        let (words, why, page) = (Words.Ranking.self, Words.RankingWhy.self, Words.RankingPage.self)
        let grouped = view.run.quotaBy != nil
        labels = Labels(rank: words.rank(language), status: why.status(language), enterprise: words.enterprise(language),
                        creditCode: words.creditCode(language), groupColumn: (grouped ? why.groupName : words.city)(language),
                        tier: words.tier(language), total: words.total(language), complete: page.complete(language),
                        incomplete: page.incomplete(language), why: why.why(language),
                        run: why.run(language), skippedFiles: why.skippedFiles(language), sameApplications: why.sameApplications(language),
                        summary: words.summary(language), tiers: words.perTier(language), groups: why.groups(language),
                        group: why.groupName(language), quota: why.quota(language), applicants: why.applicants(language),
                        achieved: why.achieved(language), selected: why.selectedCount(language), unused: why.unused(language),
                        quotaFull: why.quotaFullCount(language), incompleteCount: why.incompleteCount(language),
                        duplicates: why.duplicates(language), rejects: why.rejects(language),
                        count: words.count(language), distribution: words.distribution(language), distributionGroup: words.group(language),
                        lists: words.lists(language), rejected: words.rejected(language), source: words.source(language),
                        reason: words.reason(language), city: words.city(language), histogram: words.histogram(language),
                        find: page.find(language), findPlaceholder: page.findPlaceholder(language), all: page.all(language),
                        shortlistOnly: page.shortlistOnly(language), shown: page.shown("{shown}", of: "{total}")(language),
                        more: page.more("{count}", rest: "{rest}")(language),
                        sortHint: page.sortHint(language), noRowsShown: page.noRowsShown(language))
        (complete, incomplete) = (page.complete(language), page.incomplete(language))
        runLines = view.run.lines.map { Pair(label: $0.label, value: $0.text) }
        skipped = view.run.skipped.map { Cell(text: $0) }
        hasSkipped = !skipped.isEmpty
        sameApplications = view.run.sameApplications.map { Cell(text: why.sameApplication(kept: $0.kept, repeats: $0.repeats)(language)) }
        hasSameApplications = !sameApplications.isEmpty
        summary = [Pair(label: words.found(language), value: String(view.summary.found)),
                   Pair(label: words.scored(language), value: String(view.summary.scored)),
                   Pair(label: words.rejectedCount(language), value: String(view.summary.rejected)),
                   Pair(label: words.skipped(language), value: String(view.summary.skipped))]
        tierCounts = view.tierCounts.map { Pair(label: $0.title, value: $0.count) }
        var tables: [GroupTable] = []
        for group in view.groups {
            let row = GroupRow(group: group.groupTitle, quota: group.quota, applicants: group.applicants, achieved: group.achieved,
                               selected: group.selected, unused: group.unused, quotaFull: group.quotaFull, incomplete: group.incomplete,
                               duplicates: group.duplicates, rejects: group.rejects, hasUnused: !group.unused.isEmpty && group.unused != "0")
            if let last = tables.last, last.title == group.targetTitle {
                tables[tables.count - 1] = GroupTable(title: last.title, rows: last.rows + [row])
            } else {
                tables.append(GroupTable(title: group.targetTitle, rows: [row]))
            }
        }
        groupTables = tables
        hasGroupTables = !tables.isEmpty
        histogramSVG = view.histogram.svg()
        measureTitles = view.quartileHeadings.map { Cell(text: $0) }
        distribution = view.quartileRows.map { DistributionRow(name: $0.name, count: $0.count, cells: $0.quartiles.map { Cell(text: $0) }) }
        domainTitles = view.domainTitles.map { Cell(text: $0) }
        tiebreakTitles = view.run.tiebreaks.map { Cell(text: Words.RankingWhy.tiebreakColumn($0.title)(language)) }
        hasQuota = view.hasQuota
        statusOptions = [Ranking.Status.selected, .quotaFull, .notAchieved, .duplicate, .incomplete].map { status in
            Option(value: status.rawValue, label: RankingView.statusText(status)(language))
        }
        // The groups in the order the tables give them (the rubric's, for a canonical field),
        // each once, where anyone applied; without --quota-by, the cities.
        var seen: Set<String> = []
        let groups: [String] = grouped
            ? view.groups.filter { $0.applicants != "0" }.map(\.groupTitle)
            : view.cities.map { Self.city($0.name, language) }
        groupOptions = groups.filter { seen.insert($0).inserted }.map { Option(value: $0, label: $0) }
        hasGroupOptions = groupOptions.count > 1
        lists = view.lists.enumerated().map { index, list in
            ListSection(title: list.title, count: list.count, number: String(index + 1), height: String(40 + 50 * list.rows.count))
        }
        rejects = view.rejects.map { Reject(source: $0.source, name: $0.name ?? "", creditCode: $0.creditCode ?? "", city: $0.city ?? "", reason: $0.reason) }
        hasRejects = !rejects.isEmpty
    }

    /// Each ranked applicant's report beside the page, `reports/<file>.html`, named as
    /// `ApplicantReports` names them.
    static func reportLinks(_ view: RankingView) -> [ObjectIdentifier: String] {
        let entries = view.lists.flatMap { $0.rows.map(\.entry) }
        let names = ApplicantReports.fileNames(entries)
        return Dictionary(uniqueKeysWithValues: zip(entries, names).map { (ObjectIdentifier($0), "reports/" + $1) })
    }
}

// Read by switch, not reflection: a batch of 100,000 rows renders in seconds, not minutes.
extension RankingPageModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "language": return language
        case "title": return title
        case "labels": return labels
        case "runLines": return runLines
        case "skipped": return skipped
        case "hasSkipped": return hasSkipped
        case "sameApplications": return sameApplications
        case "hasSameApplications": return hasSameApplications
        case "summary": return summary
        case "tierCounts": return tierCounts
        case "groupTables": return groupTables
        case "hasGroupTables": return hasGroupTables
        case "histogramSVG": return histogramSVG
        case "measureTitles": return measureTitles
        case "distribution": return distribution
        case "domainTitles": return domainTitles
        case "tiebreakTitles": return tiebreakTitles
        case "hasQuota": return hasQuota
        case "statusOptions": return statusOptions
        case "groupOptions": return groupOptions
        case "hasGroupOptions": return hasGroupOptions
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

extension RankingPageModel.Option: MustacheParent {
    func child(named name: String) -> Any? { name == "value" ? value : (name == "label" ? label : nil) }
}

extension RankingPageModel.GroupRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "group": return group
        case "quota": return quota
        case "applicants": return applicants
        case "achieved": return achieved
        case "selected": return selected
        case "unused": return unused
        case "quotaFull": return quotaFull
        case "incomplete": return incomplete
        case "duplicates": return duplicates
        case "rejects": return rejects
        case "hasUnused": return hasUnused
        default: return nil
        }
    }
}

extension RankingPageModel.GroupTable: MustacheParent {
    func child(named name: String) -> Any? { name == "title" ? title : (name == "rows" ? rows : nil) }
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
        case "number": return number
        case "height": return height
        default: return nil
        }
    }
}

extension RankingPageModel.Labels: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return rank
        case "status": return status
        case "enterprise": return enterprise
        case "creditCode": return creditCode
        case "groupColumn": return groupColumn
        case "tier": return tier
        case "total": return total
        case "complete": return complete
        case "incomplete": return incomplete
        case "why": return why
        case "run": return run
        case "skippedFiles": return skippedFiles
        case "sameApplications": return sameApplications
        case "summary": return summary
        case "tiers": return tiers
        case "groups": return groups
        case "group": return group
        case "quota": return quota
        case "applicants": return applicants
        case "achieved": return achieved
        case "selected": return selected
        case "unused": return unused
        case "quotaFull": return quotaFull
        case "incompleteCount": return incompleteCount
        case "duplicates": return duplicates
        case "rejects": return rejects
        case "count": return count
        case "distribution": return distribution
        case "distributionGroup": return distributionGroup
        case "lists": return lists
        case "rejected": return rejected
        case "source": return source
        case "reason": return reason
        case "city": return city
        case "histogram": return histogram
        case "find": return find
        case "findPlaceholder": return findPlaceholder
        case "all": return all
        case "shortlistOnly": return shortlistOnly
        case "shown": return shown
        case "more": return more
        case "sortHint": return sortHint
        case "noRowsShown": return noRowsShown
        default: return nil
        }
    }
}

extension RankingPageModel.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rank": return rank
        case "status": return status
        case "statusText": return statusText
        case "showStatus": return showStatus
        case "name": return self.name
        case "link": return link
        case "hasLink": return hasLink
        case "creditCode": return creditCode
        case "group": return group
        case "tier": return tier
        case "total": return total
        case "domains": return domains
        case "tiebreaks": return tiebreaks
        case "completeMark": return completeMark
        case "completeLabel": return completeLabel
        case "why": return why
        case "rowClass": return rowClass
        default: return nil
        }
    }
}

extension RankingPageModel.Reject: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "source": return source
        case "name": return self.name
        case "creditCode": return creditCode
        case "city": return city
        case "reason": return reason
        default: return nil
        }
    }
}
