import Foundation
import ZhizaoCEL

/// `rank --reports`: one HTML report per ranked applicant in `DIR/reports/`, with its
/// improvement plan and its standing in the batch (percentile ranks).
///
/// Names are safe by construction: `<credit code>.html`, and a credit code has passed the
/// GB 32100-2015 check, so it is 18 characters of `0-9A-Z` — nothing an input says can name
/// a path. Two applicants with one code (a duplicate) get `-2`, `-3`… in source order.
public struct ApplicantReports: Sendable {
    public let scorer: BatchScorer
    public let language: Language
    public let date: String

    public init(scorer: BatchScorer, language: Language, date: String) {
        self.scorer = scorer
        self.language = language
        self.date = date
    }

    /// The file name of each applicant (aligned with `entries`).
    public static func fileNames(_ entries: [RankEntry]) -> [String] {
        let order = entries.indices.sorted { a, b in
            entries[a].creditCode != entries[b].creditCode ? entries[a].creditCode < entries[b].creditCode
                : SourceOrder.precedes(entries[a].source, entries[b].source)
        }
        var names = Array(repeating: "", count: entries.count)
        var seen: [String: Int] = [:]
        for index in order {
            let code = String(entries[index].creditCode.unicodeScalars.filter { ("0"..."9").contains($0) || ("A"..."Z").contains($0) }.map(Character.init))
            let count = seen[code, default: 0] + 1
            seen[code] = count
            names[index] = (code.isEmpty ? "applicant" : code) + (count > 1 ? "-\(count)" : "") + ".html"
        }
        return names
    }

    /// Scores each applicant again with its plan and writes its report; returns the problems
    /// (an input that changed since it was ranked, a file that cannot be written).
    public func write(_ applicants: [(entry: RankEntry, input: BatchScorer.BatchInput)], report: RankingReport, to folder: String) throws -> [String] {
        let reports = URL(fileURLWithPath: folder).appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let names = Self.fileNames(applicants.map(\.entry))
        let reporter = try! HTMLReporter()  // the built-in template, tested
        let pipeline = scorer.pipeline.withPlan()
        let problems = scorer.parallel(applicants.count) { index -> String? in
            let (entry, input) = applicants[index]
            let outcome: AssessmentPipeline.Outcome
            switch input {
            case .file(let path): outcome = pipeline.process(path: path)
            case .row(let context, let row): outcome = pipeline.process(SheetRowSource(row: row, in: context))
            }
            guard case .scored(let result) = outcome else { return "\(entry.source): " + Phrase(zh: "再次读取时无法评分（文件在排序后被改动？）", en: "could not be scored again (changed since it was ranked?)").text(language) }
            let model = ReportModel(result, language: language, date: date, standing: report.percentiles.standing(of: entry))
            do {
                try Data(reporter.render(model).utf8).write(to: reports.appendingPathComponent(names[index]), options: .atomic)
                return nil
            } catch {
                return "\(names[index]): \(error.localizedDescription)"
            }
        }
        return problems.compactMap { $0 }
    }
}
