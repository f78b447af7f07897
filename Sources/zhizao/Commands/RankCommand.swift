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
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: lang)
        let found = InputFinder.expand(inputs, extensions: InputFinder.assessmentExtensions + SpreadsheetInput.extensions)
        let terminal = isatty(2) == 1
        let line = ProgressLine(start: Date(), language: lang)
        let show: @Sendable (Int, Int) -> Void = { line.show($0, of: $1) }
        // With --reports each applicant is scored with its plan once, and its result kept for its report.
        var scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: reports ? PlanOptions() : nil),
                                 jobs: jobs)
        scorer.keepResults = reports
        let batch = scorer.score(found, progress: terminal ? show : nil)
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }

        let rubric: Rubric
        if let batchRubric = batch.rubric {
            rubric = batchRubric
        } else if case .rubric(let fallback, _) = catalog.resolve(ShippedRubrics.defaultID, origin: "rank") {
            rubric = fallback
        } else {
            throw ExitCode(2)
        }
        if let tier, rubric.tier(tier) == nil {
            Output.standardError(Words.Ranking.unknownTier(tier, known: rubric.tiers.map(\.id))(lang) + "\n")
            throw ExitCode(2)
        }
        let ranking = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(tier: tier, quota: quota, quotaBy: quotaBy),
                                    skippedFiles: found.skipped)
        let documentLanguage = language.language(for: rubric)
        do {
            try RankingDocument.writeAll(RankingView(ranking, language: documentLanguage), to: out)
        } catch let error as ReportTemplateError {
            Output.standardError(error.message(lang) + "\n")
            throw ExitCode(2)
        } catch {
            Output.cannotWrite(out, error, language: lang)
            throw ExitCode(2)
        }
        if reports {
            do {
                let writer = try ApplicantReports(language: documentLanguage, date: ReportDate.current(), jobs: jobs)
                for failure in try writer.write(batch.results(of: ranking.lists), ranking: ranking, to: out) {
                    Output.cannotWrite(failure.path, failure.error, language: lang)
                }
            } catch let error as ReportTemplateError {
                Output.standardError(error.message(lang) + "\n")
                throw ExitCode(2)
            } catch {
                Output.cannotWrite(out + "/reports", error, language: lang)
                throw ExitCode(2)
            }
        }
        let summary = ranking.summary
        Output.standardOutput(Words.Ranking.done(found: summary.found, scored: summary.scored, rejected: summary.rejected,
                                                 skipped: summary.skipped, folder: out)(lang) + "\n")
    }
}

/// The progress line on a terminal: count, rate and time left, redrawn in place.
struct ProgressLine: Sendable {
    let start: Date
    let language: Language

    /// `total`: the inputs found so far (a sheet's rows are counted as they are read).
    func show(_ done: Int, of total: Int) {
        let elapsed = Date().timeIntervalSince(start)
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        FileHandle.standardError.write(Data(("\r" + Words.Ranking.progress(done: done, of: total, rate: rate, left: left)(language)).utf8))
    }
}
