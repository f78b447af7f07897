import Foundation

/// One assessment from bytes to result: read, find its rubric, validate, score. A file is
/// read here; any other input (a sheet's row) comes as an `AssessmentSource`, which gives
/// the same positioned document. Every way it can fail ends in diagnostics; nothing is
/// half-scored.
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

    /// The same pipeline, scoring with the improvement plan (for reports).
    public func withPlan(_ options: PlanOptions = PlanOptions()) -> AssessmentPipeline {
        var copy = AssessmentPipeline(catalog: catalog, rubricOverride: rubricOverride, planOptions: options)
        copy.limits = limits
        return copy
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
            document = try YAMLReader.readDocument(bytes, limits: limits, syntax: InputSyntax(path: source))
        } catch {
            return .rejected([error.diagnostic(file: source)])
        }
        return process(AssessmentFile(name: source, folder: folder, root: document, fingerprint: AssessmentReader.fingerprint(bytes)))
    }

    /// Any input (a file, a sheet's row): its rubric found, its document validated and scored.
    public func process(_ source: some AssessmentSource) -> Outcome {
        switch read(source) {
        case .rejected(let diagnostics): return .rejected(diagnostics)
        case .read(let assessment, let rubric, let warnings): return .scored(score(assessment, rubric: rubric, warnings: warnings))
        }
    }

    /// An input validated but not scored (`zhizao import` writes it as a file).
    public enum Reading: Sendable {
        case read(Assessment, Rubric, warnings: [ResultWarning])
        case rejected([Diagnostic])
    }

    /// An input read with the rubric it names (or `--rubric`, or the default) and validated
    /// as `process(_:)` does, without scoring it.
    public func read(_ source: some AssessmentSource) -> Reading {
        let rubric: Rubric
        let warnings: [ResultWarning]
        switch self.rubric(named: source.rubricReference, folder: source.folder, source: source.name) {
        case .success(let resolved): (rubric, warnings) = resolved
        case .failure(let rejection): return .rejected(rejection.diagnostics)
        }
        let document = source.document(for: rubric)
        let reading = validate(document.root, rubric: rubric, warnings: warnings, source: source.name, fingerprint: document.fingerprint,
                               reportingAs: document.file, problems: document.problems, percentCells: document.percentCells)
        guard case .rejected(let diagnostics) = reading else { return reading }
        return .rejected(diagnostics.map(source.placed))
    }

    private func rubric(named: String?, folder: String?, source: String) -> Result<(Rubric, [ResultWarning]), AssessmentReader.Rejection> {
        if let rubricOverride {
            var warnings: [ResultWarning] = []
            if let named, !names(named, rubricOverride) {
                warnings.append(ResultWarning(kind: .rubric, id: rubricOverride.id, message: Words.Pipeline.rubricOverridden(
                    named: named, using: rubricOverride.reference)))
            }
            return .success((rubricOverride, warnings))
        }
        switch catalog.resolve(named ?? ShippedRubrics.defaultID, relativeTo: folder.flatMap { $0.isEmpty ? nil : $0 }, origin: source) {
        case .rubric(let resolved, let warnings):
            return .success((resolved, warnings.map { ResultWarning(kind: .rubric, id: resolved.id, message: $0) }))
        case .failed(let diagnostics): return .failure(AssessmentReader.Rejection(diagnostics: diagnostics))
        }
    }

    /// Validates a document; `problems` found before (a sheet's cells) reject it too.
    private func validate(_ document: YAMLNode, rubric: Rubric, warnings: [ResultWarning], source: String, fingerprint: String,
                          reportingAs file: String? = nil, problems: [Diagnostic] = [], percentCells: Set<String> = []) -> Reading {
        let reader = AssessmentReader(rubric: rubric)
        switch reader.read(document, source: source, fingerprint: fingerprint, reportingAs: file) {
        case .failure(let rejection):
            return .rejected(Self.merged(problems, rejection.diagnostics))
        case .success(let assessment):
            if problems.contains(where: { $0.severity == .error }) { return .rejected(problems) }
            return .read(assessment, rubric, warnings: warnings + Self.fractions(assessment, rubric: rubric, except: percentCells))
        }
    }

    /// A `fraction` warning for each percent answer between 0 and 1 (exclusive) that did not
    /// come from a cell formatted as a percentage (SPEC §2): it is taken literally, but
    /// `0.45` was most likely meant as 45 %.
    static func fractions(_ assessment: Assessment, rubric: Rubric, except percentCells: Set<String>) -> [ResultWarning] {
        assessment.answers.compactMap { id, answer -> ResultWarning? in
            guard let indicator = rubric.indicator(id), indicator.kind == .percent, !percentCells.contains(id),
                  case .number(let value) = answer.value, TypedValue.looksLikeFraction(value) else { return nil }
            let shown = value.description
            let hundredfold = (value * ExactNumber.hundred).description
            return ResultWarning(kind: .fraction, id: id, message: Words.TypedValues.fraction(shown, hundredfold: hundredfold))
        }
    }

    private func score(_ assessment: Assessment, rubric: Rubric, warnings: [ResultWarning]) -> ScoreResult {
        var result = scorers.scorer(for: rubric).score(assessment, plan: planOptions)
        result.warnings = warnings + result.warnings
        return result
    }

    /// Errors first, then by position.
    private static func merged(_ a: [Diagnostic], _ b: [Diagnostic]) -> [Diagnostic] {
        (a + b).enumerated().sorted { x, y in
            if x.element.position != y.element.position { return x.element.position < y.element.position }
            return x.offset < y.offset
        }.map(\.element)
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
