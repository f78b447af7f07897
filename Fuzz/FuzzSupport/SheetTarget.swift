import ZhizaoKit

/// A spreadsheet's bytes ranked as `zhizao rank FILE` ranks it: found, read row by row,
/// each row scored (no plan, as without `--reports`), ranked, and the ranking, JSON and
/// rejects documents written to memory.
public struct SheetTarget: Sendable {
    let file: ScratchFile
    let scorer = BatchScorer(pipeline: AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil), jobs: 1)
    let stamp = OutputStamp(date: "2026-01-01")

    /// `name`: the scratch file's name; its extension picks the reader (`.csv`, `.xlsx`).
    public init(fileName name: String) {
        file = ScratchFile(named: name)
    }

    public func run(_ bytes: [UInt8]) {
        file.write(bytes)
        let found = InputFinder.expand([file.path], extensions: SpreadsheetInput.extensions)
        let batch = scorer.score(found)
        guard let rubric = batch.rubric else { return }
        let ranking = RankingResult(batch: batch, rubric: rubric, options: Ranking.Options(), skippedFiles: found.skipped)
        let view = RankingView(ranking, language: .zh, stamp: stamp)
        var text = ""
        for document in [RankingDocument.csv, .json, .rejected] {
            // These three writers need no template, so they cannot fail.
            guard let writer = try? document.writer() else { continue }
            text.removeAll(keepingCapacity: true)
            writer.write(view, to: &text)
        }
    }
}
