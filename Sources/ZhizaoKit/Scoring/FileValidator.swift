import Foundation

/// `zhizao validate`: what kind of file this is (rubric, rubric part, assessment) and
/// every problem in it. It lives with scoring because an assessment is validated the way
/// it is scored (`AssessmentPipeline`), warnings about its rubric included; loading never
/// depends on it.
public struct FileValidator: Sendable {
    public enum Kind: Sendable {
        case rubric(Rubric)
        case rubricPart
        case assessment(Assessment)
        case invalid
    }

    public struct Report: Sendable {
        public let path: String
        public let kind: Kind
        public let diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public let catalog: RubricCatalog
    public let rubricOverride: Rubric?

    public init(catalog: RubricCatalog, rubricOverride: Rubric? = nil) {
        self.catalog = catalog
        self.rubricOverride = rubricOverride
    }

    public func validate(_ path: String) -> Report {
        let bytes: [UInt8]
        let document: YAMLNode
        do {
            bytes = try FileReader.read(path, maxBytes: catalog.loader.yamlLimits.maxBytes)
            document = try YAMLReader.readDocument(bytes, limits: catalog.loader.yamlLimits, syntax: InputSyntax(path: path))
        } catch {
            return Report(path: path, kind: .invalid, diagnostics: [error.diagnostic(file: path)])
        }
        switch document.child("format")?.scalar {
        case RubricLoader.rubricFormat?:
            let result = catalog.load(path: path)
            return Report(path: path, kind: result.rubric.map { .rubric($0) } ?? .invalid, diagnostics: result.diagnostics)
        case RubricLoader.partFormat?:
            return Report(path: path, kind: .rubricPart,
                          diagnostics: [Diagnostic(.note, file: path, position: document.position, Words.Loading.rubricPartNote)])
        default:
            let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: rubricOverride, planOptions: nil)
            switch pipeline.process(bytes: bytes, source: path, folder: (path as NSString).deletingLastPathComponent) {
            case .scored(let result):
                let notes = result.warnings.filter { $0.kind == .rubric }.map {
                    Diagnostic(.warning, file: path, position: document.position, $0.message)
                }
                return Report(path: path, kind: .assessment(result.assessment), diagnostics: notes)
            case .rejected(let diagnostics):
                return Report(path: path, kind: .invalid, diagnostics: diagnostics)
            }
        }
    }
}
