import Crypto
import OrderedCollections
import ZhizaoCEL

/// What loading a rubric produced: the rubric when it has no errors, and every diagnostic
/// (errors, warnings about rubric smells, notes listing provisional thresholds).
public struct RubricLoadResult: Sendable {
    public let rubric: Rubric?
    public let diagnostics: [Diagnostic]
}

/// Reads a rubric file (and the parts it includes), checks everything SPEC §1 requires,
/// compiles every expression, and reports all problems at `file:line:col`.
public struct RubricLoader: Sendable {
    public var yamlLimits = YAMLLimits()
    public var expressionLimits = CELLimits()
    public let files: any RubricFileSource

    public init(files: any RubricFileSource = DiskFileSource()) {
        self.files = files
    }

    public static let rubricFormat = "zhizao.rubric/1"
    public static let partFormat = "zhizao.rubric-part/1"

    /// The sections a part may contribute, in the order entries are merged.
    static let sharedSections = ["sources", "profile", "scales", "domains", "indicators", "metrics", "checks", "gates"]

    /// One file's contribution to a section: where its entries are.
    struct SectionNode {
        let file: String
        let node: YAMLNode
    }

    final class Context {
        var collectors: OrderedDictionary<String, DiagnosticCollector> = [:]
        var fileBytes: [(String, [UInt8])] = []
        var fileLines: [String: [Substring]] = [:]
        var sections: [String: [SectionNode]] = [:]

        func collector(_ file: String) -> DiagnosticCollector {
            if let existing = collectors[file] { return existing }
            let created = DiagnosticCollector(file: file)
            collectors[file] = created
            return created
        }

        var diagnostics: [Diagnostic] { collectors.values.flatMap(\.sorted) }
        var hasErrors: Bool { collectors.values.contains { $0.hasErrors } }
    }

    public func load(_ path: String) -> RubricLoadResult {
        let context = Context()
        guard let root = readFile(path, context: context, includeChain: [], includedAt: nil) else {
            return RubricLoadResult(rubric: nil, diagnostics: context.diagnostics)
        }
        let rubric = assemble(root: root, path: path, context: context)
        let diagnostics = context.diagnostics
        return RubricLoadResult(rubric: context.hasErrors ? nil : rubric, diagnostics: diagnostics)
    }

    /// Reads one file (rubric or part) and, depth first, the parts it includes; records the
    /// sections it contributes. Returns the root mapping.
    private func readFile(_ path: String, context: Context, includeChain: [String],
                          includedAt: (collector: DiagnosticCollector, position: SourcePosition, name: String)?) -> MappingReader? {
        let collector = context.collector(path)
        let bytes: [UInt8]
        do {
            bytes = try files.read(path)
        } catch {
            // A part that cannot be read is reported where it is included.
            if let includedAt {
                includedAt.collector.error(Words.Loading.cannotInclude(includedAt.name, reason: error.message), at: includedAt.position)
            } else {
                collector.error(error.message, at: SourcePosition(line: error.line, column: error.column))
            }
            return nil
        }
        let node: YAMLNode
        do {
            node = try YAMLReader.readDocument(bytes, limits: yamlLimits, syntax: InputSyntax(path: path))
        } catch {
            collector.error(error.message, at: SourcePosition(line: error.line, column: error.column))
            return nil
        }
        context.fileBytes.append((path, bytes))
        context.fileLines[path] = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)

        let isRoot = includeChain.isEmpty
        let what = isRoot ? Words.Loading.Item.rubric : Words.Loading.Item.rubricPart
        guard let m = MappingReader(node, what: what, collector: collector) else { return nil }
        let expectedFormat = isRoot ? Self.rubricFormat : Self.partFormat
        if let format = m.string("format", required: true), format != expectedFormat {
            collector.error(Words.Loading.wrongFormat(expected: expectedFormat, found: format), at: m.value("format")!.position)
            return nil
        }
        m.rejectUnknownKeys(isRoot
            ? ["format", "id", "version", "title", "description", "locales", "include", "sources", "profile", "scales",
               "domains", "indicators", "metrics", "checks", "gates", "tiers", "ranking", "enterprise_fields"]
            : ["format", "title", "description", "include"] + Self.sharedSections)

        // Included entries come first, in include order (SPEC §1).
        for (include, position) in m.strings("include") ?? [] {
            let target = RubricPath.join(path, include)
            if target == path || includeChain.contains(target) {
                let cycle = (includeChain + [path, target]).joined(separator: " → ")
                collector.error(Words.Loading.includeCycle(cycle), at: position)
                continue
            }
            if context.fileBytes.contains(where: { $0.0 == target }) {
                collector.error(Words.Loading.alreadyIncluded(include), at: position)
                continue
            }
            _ = readFile(target, context: context, includeChain: includeChain + [path],
                         includedAt: (collector, position, include))
        }
        for section in Self.sharedSections {
            if let value = m.value(section) {
                context.sections[section, default: []].append(SectionNode(file: path, node: value))
            }
        }
        return m
    }
}
