import Foundation
import ZhizaoCEL

/// `rank --reports`: one HTML report per ranked applicant in `DIR/reports/`, with its
/// improvement plan, its standing in the batch (percentile ranks) and its place in the
/// ranking (list, rank, group, quota, status, why), rendered from the result the batch
/// already computed (nothing is read or scored again).
///
/// Names are safe by construction: `<credit code>.html`, and a credit code has passed the
/// GB 32100-2015 check, so it is 18 characters of `0-9A-Z` — nothing an input says can name
/// a path. Two applicants with one code (a duplicate) get `-2`, `-3`… in source order.
public struct ApplicantReports: Sendable {
    /// A report that could not be written.
    public struct Failure: Error, Sendable {
        public let path: String
        public let error: any Error
    }

    public let language: Language
    /// The date and version every report shows.
    public let stamp: OutputStamp
    public let jobs: Int
    private let reporter: ReportHTMLWriter

    /// With the report template built into the binary.
    public init(language: Language, stamp: OutputStamp, jobs: Int) throws(ReportTemplateError) {
        self.language = language
        self.stamp = stamp
        self.jobs = max(1, jobs)
        reporter = try ReportHTMLWriter()
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

    /// Writes each applicant's report into `folder` (its result scored with the plan, its
    /// standing, rank, status and why from `ranking` and its view); returns the reports that
    /// could not be written. Throws when the folder cannot be made.
    public func write(_ applicants: [(target: String?, row: Ranking.Row, result: ScoreResult)], ranking: RankingResult, view: RankingView,
                      into folder: String) throws -> [Failure] {
        let reports = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let names = Self.fileNames(applicants.map(\.row.entry))
        let (reporter, language, stamp) = (self.reporter, self.language, self.stamp)
        let failures = ParallelWork.map(applicants.count, jobs: jobs) { index -> Failure? in
            let (target, row, result) = applicants[index]
            let model = ScoreView(result, language: language, stamp: stamp, standing: ranking.standing(of: row.entry),
                                  placement: view.placement(row, target: target))
            let path = reports.appendingPathComponent(names[index])
            do {
                try Data(reporter.write(model).utf8).write(to: path, options: .atomic)
                return nil
            } catch {
                return Failure(path: path.path, error: error)
            }
        }
        return failures.compactMap { $0 }
    }
}
