import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao rank INPUT… --out DIR`: scores every assessment found, ranks them per target
/// tier, writes the ranking and every reject (SPEC §4, "Ranking").
struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: HelpText.line(Words.Help.Rank.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Rank.about), HelpText.exitStatuses(Words.Help.Rank.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Rank.inputs))
    var inputs: [String]

    @Option(help: ArgumentHelp(Words.Help.Rank.out, valueName: "DIR"))
    var out: String

    @Option(help: ArgumentHelp(Words.Help.Rank.tier, valueName: "ID"))
    var tier: String?

    // Unconditional, so `--quota -1` is refused as a negative quota, not as a missing value.
    @Option(parsing: .unconditional, help: ArgumentHelp(Words.Help.Rank.quota, valueName: "N"))
    var quota: Int?

    @Option(name: .customLong("quota-by"), help: ArgumentHelp(Words.Help.Rank.quotaBy, valueName: "city|industry"),
            transform: Ranking.QuotaField.argument)
    var quotaBy: Ranking.QuotaField?

    @Option(help: ArgumentHelp(Words.Help.Rank.jobs, valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .customLong("allow-incomplete"), help: ArgumentHelp(Words.Help.Rank.allowIncomplete))
    var allowIncomplete = false

    @Flag(help: ArgumentHelp(Words.Help.Rank.reports))
    var reports = false

    // Unconditional, so `--margin -1` is refused as a negative margin, not as a missing value.
    @Option(parsing: .unconditional, help: ArgumentHelp(Words.Help.MarginOption.rankHelp, valueName: "P"))
    var margin: String?

    @OptionGroup var rubricOption: RubricOption
    @OptionGroup var limitOption: LimitOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let quota, quota < 0 { throw ValidationError(oneLine: Words.CommandLine.quotaNegative) }
        if jobs < 1 { throw ValidationError(oneLine: Words.CommandLine.jobsTooFew) }
        if quotaBy != nil && quota == nil { throw ValidationError(oneLine: Words.CommandLine.quotaByNeedsQuota) }
        _ = try MarginArgument.points(margin)
        if margin != nil && !reports { throw ValidationError(oneLine: Words.CommandLine.marginNeedsReports) }
    }

    func run() throws {
        let lang = language.language
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: lang)
        // The output folder, and any earlier run's output folder, are never read as input, even
        // inside an input folder (a second run would otherwise rank its own ranking files).
        let found = InputFinder.expand(inputs, extensions: InputFinder.assessmentExtensions + SpreadsheetInput.extensions + SpreadsheetInput.refusedExtensions, excluding: [out],
                                       outputMarkers: [RankingDocument.json.fileName, RankingDocument.rejected.fileName])
        // An input path that leads nowhere is a usage error (SPEC §4): nothing is written.
        for path in found.missing { Output.standardError("\(path): error: " + Words.InputSearch.missingInput(lang) + "\n") }
        if !found.missing.isEmpty { throw ExitCode(2) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder), !isFolder.boolValue {
            Output.standardError("\(out): error: " + Words.Ranking.outIsAFile(lang) + "\n")
            throw ExitCode(2)
        }
        let terminal = isatty(2) == 1
        let line = ProgressLine(start: Date(), language: lang)
        let show: @Sendable (Int, Int) -> Void = { line.show($0, of: $1) }
        // With --reports each applicant is scored with its plan once, and its result kept for its report.
        let plan = reports ? PlanOptions(margin: try MarginArgument.points(margin)) : nil
        var pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: plan)
        pipeline.limits = try limitOption.limits()
        var scorer = BatchScorer(pipeline: pipeline, jobs: jobs)
        scorer.keepResults = reports
        scorer.targetTier = tier
        let batch = scorer.score(found, progress: terminal ? show : nil)
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
        // A percent answer between 0 and 1 is ranked as typed, and said (SPEC §2 `fraction`).
        for case .ranked(let entry, _) in batch.outcomes {
            for warning in entry.inputWarnings { Output.standardError("\(entry.source): warning: " + warning(lang) + "\n") }
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
            Output.standardError(Words.Ranking.unknownTier(tier, known: rubric.tierList)(lang) + "\n")
            throw ExitCode(2)
        }
        let ranking = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(tier: tier, quota: quota, quotaBy: quotaBy, allowIncomplete: allowIncomplete),
                                    skippedFiles: found.skipped)
        let documentLanguage = language.language(for: rubric)
        let stamp = OutputStamp.current()
        let view = RankingView(ranking, language: documentLanguage, stamp: stamp)
        let writeReports: ((String) throws -> Void)?
        if reports {
            let writer: ApplicantReports
            do {
                writer = try ApplicantReports(language: documentLanguage, stamp: stamp, jobs: jobs)
            } catch {
                Output.standardError(error.message(lang) + "\n")
                throw ExitCode(2)
            }
            writeReports = { folder in
                let failures = try writer.write(batch.results(of: ranking.lists), ranking: ranking, view: view, into: folder)
                if let first = failures.first {
                    for failure in failures { Output.cannotWrite(failure.path, failure.error, language: lang) }
                    throw first.error
                }
            }
        } else {
            writeReports = nil
        }
        do {
            // Everything is written aside first and put in place as one set: a failure leaves DIR as it was.
            try RankingOutput.write(view, to: out, reports: writeReports)
        } catch let error as ReportTemplateError {
            Output.standardError(error.message(lang) + "\n")
            throw ExitCode(2)
        } catch {
            Output.cannotWrite(out, error, language: lang)
            throw ExitCode(2)
        }
        let summary = ranking.summary
        if summary.found == 0 { Output.standardError(Words.Ranking.nothingFound(lang) + "\n") }
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
