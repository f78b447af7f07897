import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao rank INPUT… --out DIR`: scores every assessment found, ranks them per target
/// tier, writes the ranking and every reject (SPEC §4, "Ranking").
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "批量评分并排序 Score a batch of assessments and rank them per target tier.",
        discussion: """
            输入可以是文件、文件夹（递归查找 .yaml .yml .json .csv .xlsx）或表格（每行一家企业）。每个输入都会被评分或列入 rejected.csv。
            Inputs are files, folders (searched for .yaml .yml .json .csv .xlsx) and sheets (one enterprise per row). Every input is either ranked or listed in rejected.csv.
            退出码 Exit status: 0 完成排序（即使有被拒绝的输入） ranked, even with rejects; 2 用法错误 usage error.
            """)

    @Argument(help: "评估文件或文件夹 Assessment files or folders.")
    var inputs: [String]

    @Option(help: ArgumentHelp("输出文件夹 Folder for ranking.csv, ranking.json, ranking.md, rejected.csv.", valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp("所有企业按此等级排序 Rank everyone against this tier (default: each one's applying_for).", valueName: "ID"))
    var tier: String?

    @Option(help: ArgumentHelp("每个名单入选前 N 家达标企业 Select the first N achievers of each list.", valueName: "N"))
    var quota: Int?

    @Option(name: .customLong("quota-by"), help: ArgumentHelp("按城市或行业分配名额 Apply the quota per city or industry.", valueName: "city|industry"))
    var quotaBy: Ranking.QuotaField?

    @Option(help: ArgumentHelp("并行数（默认全部核心） Parallel jobs (default: every core).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "每家企业另写一份 HTML 报告到 DIR/reports/（含改进计划与百分位） Also write one HTML report per applicant into DIR/reports/ (with its plan and percentiles).")
    var reports = false

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let quota, quota < 0 { throw ValidationError("--quota 不能为负数 / must not be negative") }
        if jobs < 1 { throw ValidationError("--jobs 至少为 1 / must be at least 1") }
        if quotaBy != nil && quota == nil { throw ValidationError("--quota-by 需要 --quota / needs --quota") }
    }

    func run() throws {
        let lang = language.language
        let zh = lang == .zh
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: lang)
        let found = InputFinder.expand(inputs, extensions: InputFinder.assessmentExtensions + SpreadsheetInput.extensions)
        let terminal = isatty(2) == 1
        let line = ProgressLine(start: Date(), chinese: zh)
        let show: @Sendable (Int, Int) -> Void = { line.show($0, of: $1) }
        var scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: nil), jobs: jobs, language: lang)
        scorer.keepInputs = reports
        let batch = scorer.score(found.files, progress: terminal ? show : nil)
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        let outcomes = batch.outcomes
        let total = outcomes.count
        let skipped = found.skipped + batch.skippedSheets

        var entries: [RankEntry] = []
        var inputs: [String: BatchScorer.BatchInput] = [:]  // by source, for --reports
        var rejects: [(source: String, reason: String)] = []
        for outcome in outcomes {
            switch outcome {
            case .rejected(let source, let reason):
                rejects.append((source, reason))
            case .ranked(let entry, _, let input):
                entries.append(entry)
                if let input { inputs[entry.source] = input }
            }
        }
        let rubric: Rubric
        if let batchRubric = batch.rubric {
            rubric = batchRubric
        } else if case .rubric(let fallback, _) = catalog.resolve(ShippedRubrics.defaultID, origin: "rank") {
            rubric = fallback
        } else {
            throw ExitCode(2)
        }
        if let tier, rubric.tier(tier) == nil {
            Output.standardError(zh ? "--tier：细则中没有等级 '\(tier)'；可选：\(rubric.tiers.map(\.id).joined(separator: ", "))\n"
                                    : "--tier: no tier '\(tier)' in the rubric; one of: \(rubric.tiers.map(\.id).joined(separator: ", "))\n")
            throw ExitCode(2)
        }
        // In source order, not input order: the same batch in any order gives the same files.
        rejects.sort { SourceOrder.precedes($0.source, $1.source) }
        let lists = Ranking.rank(entries, tiers: rubric.tiers.map(\.id),
                                 options: Ranking.Options(tier: tier, quota: quota, quotaBy: quotaBy))
        let summary = RankingReport.Summary(found: total, scored: entries.count, rejected: rejects.count, skipped: skipped)
        let report = RankingReport(rubric: rubric, lists: lists, rejects: rejects, summary: summary, language: language.language(for: rubric))
        do {
            try report.write(to: out)
        } catch {
            Output.cannotWrite(out, error, language: lang)
            throw ExitCode(2)
        }
        if reports {
            let reportLanguage = language.language(for: rubric)
            let applicants = lists.flatMap { $0.rows.compactMap { row in inputs[row.entry.source].map { (entry: row.entry, input: $0) } } }
            let writer = ApplicantReports(scorer: scorer, language: reportLanguage, date: ReportDate.current())
            do {
                for problem in try writer.write(applicants, report: report, to: out) { Output.standardError(problem + "\n") }
            } catch {
                Output.cannotWrite(out + "/reports", error, language: lang)
                throw ExitCode(2)
            }
        }
        Output.standardOutput(zh
            ? "找到 \(total) 份，评分 \(entries.count) 份，拒绝 \(rejects.count) 份（另跳过 \(skipped) 个非评估文件或工作表）→ \(out)\n"
            : "found \(total), scored \(entries.count), rejected \(rejects.count) (not assessments, skipped: \(skipped)) → \(out)\n")
    }
}

/// The progress line on a terminal: count, rate and time left, redrawn in place.
struct ProgressLine: Sendable {
    let start: Date
    let chinese: Bool

    /// `total`: the inputs found so far (a sheet's rows are counted as they are read).
    func show(_ done: Int, of total: Int) {
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let text = chinese ? String(format: "\r已处理 %d/%d  %.0f 份/秒  剩余约 %.0f 秒 ", done, total, rate, left)
                           : String(format: "\r%d/%d done  %.0f/s  about %.0f s left ", done, total, rate, left)
        FileHandle.standardError.write(Data(text.utf8))
    }
}
