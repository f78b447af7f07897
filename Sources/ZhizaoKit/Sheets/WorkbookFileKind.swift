import Foundation

/// What a file given as a workbook really is when it cannot be read as one, so that the
/// refusal tells a clerk what to ask the applicant for: an empty file, an Excel 97–2003 (or
/// WPS) file, a workbook with an opening password, a download cut short, a text file renamed
/// `.xlsx`, or another office document. Only the first bytes and the archive's part names are
/// looked at; nothing here decides whether a workbook is read.
enum WorkbookFileKind: Equatable {
    case empty
    /// An OLE compound file (Excel 97–2003 `.xls`, WPS `.et`), not encrypted.
    case legacyWorkbook
    /// An OLE compound file holding an encrypted OOXML package: a password-protected workbook.
    case encrypted
    /// It begins as a ZIP archive but its end (the central directory) is missing.
    case truncated
    /// Text: a CSV, a web page, XML.
    case text
    /// A ZIP package of another kind of document.
    case document(Document)
    /// None of the above: a damaged file or something else altogether.
    case unknown

    enum Document: Equatable {
        case word, powerPoint, openDocument, numbers
    }

    private static let compoundSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What `bytes`, which are not a ZIP archive, are.
    static func unreadableArchive(_ bytes: [UInt8]) -> WorkbookFileKind {
        if bytes.isEmpty { return .empty }
        if bytes.starts(with: compoundSignature) {
            // An encrypted package keeps its key data in a stream named EncryptionInfo; the
            // directory stores stream names in UTF-16LE.
            let name = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return bytes.firstRange(of: name) != nil ? .encrypted : .legacyWorkbook
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .truncated }
        // Text in any encoding (UTF-8, GB18030) has no control bytes but tab and line breaks.
        if bytes.prefix(4096).allSatisfy({ $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 >= 0x20 }) { return .text }
        return .unknown
    }

    /// The kind of office document a ZIP package with no workbook holds, from its part
    /// names; nil when it looks like none of them (the reader says what is missing).
    static func otherDocument(partNames: [String]) -> WorkbookFileKind? {
        guard !partNames.contains(where: { $0.hasPrefix("xl/") }) else { return nil }
        if partNames.contains("word/document.xml") { return .document(.word) }
        if partNames.contains("ppt/presentation.xml") { return .document(.powerPoint) }
        if partNames.contains("mimetype") && partNames.contains("content.xml") { return .document(.openDocument) }
        if partNames.contains(where: { $0.hasPrefix("Index/") && $0.hasSuffix(".iwa") }) { return .document(.numbers) }
        return nil
    }

    var phrase: Phrase {
        switch self {
        case .empty: return Words.Sheets.emptyFile
        case .legacyWorkbook: return Words.Sheets.legacyWorkbook
        case .encrypted: return Words.Sheets.encryptedWorkbook
        case .truncated: return Words.Sheets.truncatedWorkbook
        case .text: return Words.Sheets.textNotWorkbook
        case .document(let document): return Words.Sheets.otherDocument(document.name, convertible: document == .openDocument || document == .numbers)
        case .unknown: return Words.Sheets.notZip
        }
    }
}

extension WorkbookFileKind.Document {
    var name: Phrase {
        switch self {
        case .word: return Words.Sheets.wordDocument
        case .powerPoint: return Words.Sheets.powerPointDocument
        case .openDocument: return Words.Sheets.openDocument
        case .numbers: return Words.Sheets.numbersDocument
        }
    }
}
