/// Where an assessment comes from, as the pipeline reads it: the rubric it names, and the
/// positioned YAML document it holds under that rubric. A file is one (`AssessmentFile`);
/// a row of a spreadsheet is another (declared with the spreadsheets): both give the same
/// document, so both are validated and scored by exactly the same rules.
///
/// The document is asked for once the rubric is known, because what a sheet's columns mean
/// depends on the rubric; a file's document is the same whatever the rubric.
public protocol AssessmentSource: Sendable {
    /// The input's name in results and rejects: a path, `file:7`, `file:Sheet1:7`.
    var name: String { get }
    /// The rubric the input names (a `rubric:` field, a sheet's `rubric` column), if any.
    var rubricReference: String? { get }
    /// The folder a rubric path in the input is relative to; nil or empty for none.
    var folder: String? { get }
    /// The input as a positioned document, read under `rubric`.
    func document(for rubric: Rubric) -> PositionedDocument
    /// Where a problem found in the document is shown (a workbook's cell: `file:Sheet1!C7`).
    func placed(_ diagnostic: Diagnostic) -> Diagnostic
}

extension AssessmentSource {
    public func placed(_ diagnostic: Diagnostic) -> Diagnostic { diagnostic }
}

/// An assessment as a YAML node tree with positions, ready to be read under a rubric.
public struct PositionedDocument: Sendable {
    public let root: YAMLNode
    /// `sha256:` of what the input held (a file's bytes, a row's cells).
    public let fingerprint: String
    /// The file the positions are in, when it is not the input's name (a sheet's file, for
    /// one of its rows).
    public let file: String?
    /// Problems found while building the document (a sheet's header and cells); an error
    /// among them rejects the input, whatever the document says.
    public let problems: [Diagnostic]
    /// Indicators whose percent answer came from a cell formatted as a percentage (a
    /// sheet's `45%`): meant as a percentage, so a small value raises no `fraction` warning.
    public var percentCells: Set<String> = []

    public init(root: YAMLNode, fingerprint: String, file: String? = nil, problems: [Diagnostic] = [], percentCells: Set<String> = []) {
        self.root = root
        self.fingerprint = fingerprint
        self.file = file
        self.problems = problems
        self.percentCells = percentCells
    }
}

/// An assessment file, read and parsed: its document does not depend on the rubric.
struct AssessmentFile: AssessmentSource {
    let name: String
    let folder: String?
    let root: YAMLNode
    let fingerprint: String

    var rubricReference: String? { AssessmentReader.rubricReference(in: root) }

    func document(for rubric: Rubric) -> PositionedDocument { PositionedDocument(root: root, fingerprint: fingerprint) }
}
