import Foundation

/// Everything `rank --out DIR` writes, put in place as one set (SPEC §4): the documents and,
/// with `--reports`, the applicants' reports are first written into a staging folder inside
/// DIR; only when every file is written are they moved into place, and `DIR/reports` is
/// replaced whole (reports from an earlier run never remain beside the new ones; without
/// `--reports` an earlier run's folder is removed, as it no longer matches the ranking). A
/// failure leaves DIR as it was.
public enum RankingOutput {
    /// The folder of applicant reports inside DIR.
    public static let reportsFolder = "reports"

    /// `reports`: writes the applicants' reports into the folder it is given (the staging
    /// copy of `DIR/reports`); nil without `--reports`.
    public static func write(_ view: RankingView, to folder: String, reports: ((_ folder: String) throws -> Void)? = nil) throws {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let base = URL(fileURLWithPath: folder)
        let staging = base.appendingPathComponent(".zhizao-staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: staging) }

        try RankingDocument.writeAll(view, to: staging.path, reportLinks: reports != nil)
        if let reports {
            let stagedReports = staging.appendingPathComponent(reportsFolder)
            try manager.createDirectory(at: stagedReports, withIntermediateDirectories: true)
            try reports(stagedReports.path)
        }

        // Everything is written: move it into place. Each document replaces its old copy in
        // one rename; the old reports folder is moved aside, then the new one moved in.
        for document in RankingDocument.allCases {
            let target = base.appendingPathComponent(document.fileName)
            if rename(staging.appendingPathComponent(document.fileName).path, target.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        let oldReports = base.appendingPathComponent(reportsFolder)
        let discarded = staging.appendingPathComponent("discarded-reports")
        if manager.fileExists(atPath: oldReports.path) { try manager.moveItem(at: oldReports, to: discarded) }
        if reports != nil { try manager.moveItem(at: staging.appendingPathComponent(reportsFolder), to: oldReports) }
    }
}
