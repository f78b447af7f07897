import Foundation

/// Finds the rubric for an assessment (SPEC §4): `--rubric` (a path or a shipped id) wins;
/// else the assessment's `rubric:` field (id, id@version, or a path relative to the
/// assessment's folder); else the default shipped rubric. Loaded rubrics are cached, so a
/// batch loads each once.
public final class RubricCatalog: @unchecked Sendable {
    public enum Resolution {
        case rubric(Rubric, warnings: [Phrase])
        case failed([Diagnostic])
    }

    private let lock = NSLock()
    private var cache: [String: RubricLoadResult] = [:]
    private var shippedByID: [String: String]?
    public let loader: RubricLoader

    public init(loader: RubricLoader = RubricLoader()) {
        self.loader = loader
    }

    /// A rubric file on disk, or a shipped one (`Rubrics/…` path from `ShippedRubrics.paths`).
    public func load(path: String, shipped: Bool = false) -> RubricLoadResult {
        let key = (shipped ? "shipped:" : "disk:") + path
        lock.lock()
        if let cached = cache[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        var fileLoader = loader
        if shipped { fileLoader = RubricLoader(files: ShippedRubrics.files) }
        fileLoader.yamlLimits = loader.yamlLimits
        fileLoader.expressionLimits = loader.expressionLimits
        let result = fileLoader.load(path)
        lock.lock()
        defer { lock.unlock() }
        // Two threads may have loaded it at once: every caller gets the first one stored, so a
        // batch holds one rubric object (and one scorer) per rubric.
        if let stored = cache[key] { return stored }
        cache[key] = result
        return result
    }

    /// Shipped rubric ids → their paths.
    public func shippedIDs() -> [String: String] {
        lock.lock()
        if let known = shippedByID {
            lock.unlock()
            return known
        }
        lock.unlock()
        var ids: [String: String] = [:]
        for path in ShippedRubrics.paths {
            if let rubric = load(path: path, shipped: true).rubric { ids[rubric.id] = path }
        }
        lock.lock()
        shippedByID = ids
        lock.unlock()
        return ids
    }

    static func looksLikePath(_ reference: String) -> Bool {
        reference.contains("/") || [".yaml", ".yml", ".json"].contains { reference.lowercased().hasSuffix($0) }
    }

    /// Resolves a rubric reference: a path, `id` or `id@version`.
    public func resolve(_ reference: String, relativeTo folder: String? = nil, origin: String) -> Resolution {
        if Self.looksLikePath(reference) {
            let result = load(path: folder.map { RubricPath.resolve(reference, inFolder: $0) } ?? reference)
            guard let rubric = result.rubric else { return .failed(result.diagnostics) }
            return .rubric(rubric, warnings: [])
        }
        // Empty parts kept: `rubric: ''` or `@1.0` is an unknown id "", never an empty list.
        let parts = reference.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let id = parts[0]
        let ids = shippedIDs()
        guard let path = ids[id] else {
            let hint = closestHint(id, among: Array(ids.keys))
            let known = ids.keys.sorted().joined(separator: ", ")
            return .failed([Diagnostic(.error, file: origin, position: SourcePosition(line: 1, column: 1),
                                       Words.Loading.noShippedRubric(id, hint: hint, known: known))])
        }
        let result = load(path: path, shipped: true)
        guard let rubric = result.rubric else { return .failed(result.diagnostics) }
        var warnings: [Phrase] = []
        if parts.count == 2, parts[1] != rubric.version {
            warnings.append(Words.Loading.versionMismatch(asked: parts[1], used: rubric.version))
        }
        return .rubric(rubric, warnings: warnings)
    }
}
