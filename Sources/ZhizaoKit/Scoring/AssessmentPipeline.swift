import Foundation

/// One assessment file from bytes to result: read, find its rubric, validate, score.
/// Every way it can fail ends in diagnostics; nothing is half-scored.
public struct AssessmentPipeline: Sendable {
    public enum Outcome: Sendable {
        case scored(ScoreResult)
        case rejected([Diagnostic])
    }

    public let catalog: RubricCatalog
    /// `--rubric`: wins over the assessment's own `rubric:` field.
    public let rubricOverride: Rubric?
    public let planOptions: PlanOptions?
    public var limits = YAMLLimits()
    /// One scorer per rubric: its constants are built once, not per file.
    private let scorers = ScorerCache()

    public init(catalog: RubricCatalog, rubricOverride: Rubric? = nil, planOptions: PlanOptions? = PlanOptions()) {
        self.catalog = catalog
        self.rubricOverride = rubricOverride
        self.planOptions = planOptions
    }

    public func process(path: String) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, maxBytes: limits.maxBytes)
        } catch {
            return .rejected([error.diagnostic(file: path)])
        }
        return process(bytes: bytes, source: path, folder: (path as NSString).deletingLastPathComponent)
    }

    public func process(bytes: [UInt8], source: String, folder: String?) -> Outcome {
        let document: YAMLNode
        do {
            document = try YAMLReader.readDocument(bytes, limits: limits)
        } catch {
            return .rejected([error.diagnostic(file: source)])
        }
        let named = AssessmentReader.rubricReference(in: document)
        var warnings: [ResultWarning] = []
        let rubric: Rubric
        if let rubricOverride {
            rubric = rubricOverride
            if let named, !names(named, rubricOverride) {
                warnings.append(ResultWarning(kind: .rubric, id: rubricOverride.id, message: LocalizedMessage(
                    zh: "评估文件指定的细则是 \(named)，按 --rubric 使用 \(rubricOverride.reference)",
                    en: "the assessment names \(named); scored with \(rubricOverride.reference) as --rubric asks")))
            }
        } else {
            switch catalog.resolve(named ?? ShippedRubrics.defaultID, relativeTo: folder.flatMap { $0.isEmpty ? nil : $0 }, origin: source) {
            case .rubric(let resolved, let resolutionWarnings):
                rubric = resolved
                warnings += resolutionWarnings
            case .failed(let diagnostics):
                return .rejected(diagnostics)
            }
        }
        let reader = AssessmentReader(rubric: rubric)
        switch reader.read(document, source: source, fingerprint: AssessmentReader.fingerprint(bytes)) {
        case .failure(let rejection):
            return .rejected(rejection.diagnostics)
        case .success(let assessment):
            var result = scorers.scorer(for: rubric).score(assessment, plan: planOptions)
            result.warnings = warnings + result.warnings
            return .scored(result)
        }
    }

    /// Whether a `rubric:` field names this rubric (id, id@version, or a path to it).
    private func names(_ reference: String, _ rubric: Rubric) -> Bool {
        if RubricCatalog.looksLikePath(reference) { return rubric.files.first.map { $0.hasSuffix(reference) || reference.hasSuffix($0) } ?? false }
        return reference == rubric.id || reference == rubric.reference
    }
}

/// Scorers by rubric, shared by the threads of a batch.
final class ScorerCache: @unchecked Sendable {
    private let lock = NSLock()
    private var scorers: [ObjectIdentifier: Scorer] = [:]

    func scorer(for rubric: Rubric) -> Scorer {
        lock.lock()
        defer { lock.unlock() }
        if let scorer = scorers[ObjectIdentifier(rubric)] { return scorer }
        let scorer = Scorer(rubric: rubric)
        scorers[ObjectIdentifier(rubric)] = scorer
        return scorer
    }
}
