import Foundation

/// The files `rank --out DIR` writes (SPEC §4), each by its own writer from one
/// `RankingView`.
public enum RankingDocument: String, CaseIterable, Sendable {
    // The page first: it takes longest, and the documents are written side by side.
    case html = "ranking.html"
    case xlsx = "ranking.xlsx"
    case json = "ranking.json"
    case csv = "ranking.csv"
    case markdown = "ranking.md"
    case rejected = "rejected.csv"

    /// The file's name in DIR.
    public var fileName: String { rawValue }

    /// The writer of a text document; nil for the workbook, a binary file
    /// (`RankingXLSXWriter`).
    public func writer(reportLinks: Bool = false) throws(ReportTemplateError) -> (any RankingWriter)? {
        switch self {
        case .html: return try RankingHTMLWriter(reportLinks: reportLinks)
        case .xlsx: return nil
        case .json: return RankingJSONWriter()
        case .csv: return RankingCSVWriter()
        case .markdown: return RankingMarkdownWriter()
        case .rejected: return RejectedCSVWriter()
        }
    }

    /// Writes every document into `folder`, each streamed to a temporary name and then
    /// renamed, so an interrupted run leaves the previous files, never half-written ones.
    /// The documents are written side by side; each holds only its write buffer, whatever the
    /// batch's size. `reportLinks`: `ranking.html` links each applicant to its report in
    /// `reports/` (`rank --reports`, `ApplicantReports`). Throws the first error (a template,
    /// a file that cannot be written).
    public static func writeAll(_ view: RankingView, to folder: String, reportLinks: Bool = false) throws {
        let writers = try allCases.map { document throws(ReportTemplateError) in (document, try document.writer(reportLinks: reportLinks)) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let folderURL = URL(fileURLWithPath: folder)
        let errors = Slots<(any Error)?>(count: writers.count)
        DispatchQueue.concurrentPerform(iterations: writers.count) { index in
            let (document, writer) = writers[index]
            let path = folderURL.appendingPathComponent(document.fileName).path
            do {
                if let writer {
                    try AtomicTextFile.write(path) { writer.write(view, to: &$0) }
                } else {
                    try RankingXLSXWriter().write(view, to: path)
                }
                errors.set(index, nil)
            } catch {
                errors.set(index, error)
            }
        }
        if let error = errors.values().compactMap({ $0 }).first { throw error }
    }
}
