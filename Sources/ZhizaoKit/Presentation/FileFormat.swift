/// A format a file's ending names: `-o 报告.docx` is a Word report, `-o 问卷.xlsx` a workbook.
/// `report` and `template` take the format from `-o` when `--format` is not given, and refuse
/// the two when they disagree.
public protocol FileFormat: FormatRegistry {
    /// The endings that name this format, the usual one first, lower case, without the dot.
    var fileExtensions: [String] { get }
}

extension FileFormat {
    /// The usual ending (`docx`), for messages that suggest a file name.
    public var fileExtension: String { fileExtensions[0] }

    /// The format a file's ending names (`报告.md` → markdown, in any letter case); nil for
    /// another ending or none.
    public static func named(byExtensionOf path: String) -> Self? {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ending = name[name.index(after: dot)...].lowercased()
        return allCases.first { $0.fileExtensions.contains(ending) }
    }

    /// `.html .htm .md .markdown .json .docx`, for messages.
    public static var knownExtensions: [String] { allCases.flatMap { $0.fileExtensions.map { "." + $0 } } }
}
