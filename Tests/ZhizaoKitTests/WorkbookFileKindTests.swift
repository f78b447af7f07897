import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

/// A file sent as a workbook that is not one is refused with what it really is and what to
/// ask the applicant for (issue 18, tried as a provincial clerk would): the messages said
/// "not a valid XLSX (ZIP) file" for an old .xls, a password, a cut download and a CSV alike,
/// called a Word document "a workbook with no worksheet", and read a .xls named on the
/// command line as text.
@Suite("What a file that is not a workbook is")
struct WorkbookFileKindTests {
    static let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }

    static var workbookBytes: [UInt8] {
        get throws { [UInt8](try Data(contentsOf: URL(fileURLWithPath: PackageRoot.path("Tests/Fixtures/sheets/applicants.xlsx")))) }
    }

    /// The one problem reading `bytes` as `name` gives, in English.
    static func refusal(_ bytes: [UInt8], named name: String = "sent.xlsx") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let problems = SheetLimitTests.read(path)
        try #require(problems.count == 1, "\(problems)")
        return problems[0].replacingOccurrences(of: path + ":1:1: error: ", with: "")
    }

    @Test("an empty file, an old .xls, a password, a cut download, text, and anything else")
    func notArchives() throws {
        let padding = [UInt8](repeating: 0, count: 600)
        #expect(try Self.refusal([]) == "the file is empty (0 bytes), perhaps a failed upload or download: ask the applicant to send it again")
        #expect(try Self.refusal(Self.compound + padding + Self.utf16("Workbook") + padding).hasPrefix("an Excel 97-2003 (.xls) or WPS spreadsheet"))
        #expect(try Self.refusal(Self.compound + padding + Self.utf16("EncryptionInfo") + Self.utf16("EncryptedPackage") + padding)
            .hasPrefix("the workbook has an opening password and cannot be read"))
        let whole = try Self.workbookBytes
        #expect(try Self.refusal(Array(whole.prefix(whole.count / 2))).hasPrefix("the file is incomplete"))
        #expect(try Self.refusal(Array("enterprise.name,enterprise.credit_code\r\n潍坊,9137\r\n".utf8)).hasPrefix("a text file (CSV or a web page)"))
        #expect(try Self.refusal(Array("<!DOCTYPE html><html><body>申报表</body></html>".utf8)).hasPrefix("a text file (CSV or a web page)"))
        #expect(try Self.refusal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]) == "not a valid XLSX workbook (the file is damaged, or not an Excel file)")
    }

    /// A spreadsheet program can save its file as a workbook; Word and PowerPoint cannot, so
    /// for those the questionnaire itself is asked for.
    @Test("a Word, PowerPoint, OpenDocument or Numbers package is named as such, with what can be done about it", arguments: [
        (["[Content_Types].xml", "_rels/.rels", "word/document.xml"], "a Word document, not an Excel workbook: send the filled-in questionnaire .xlsx"),
        (["[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"], "a PowerPoint presentation, not an Excel workbook: send the filled-in questionnaire .xlsx"),
        (["mimetype", "content.xml", "styles.xml"], "an OpenDocument file (such as .ods), not an Excel workbook: save it as an Excel Workbook (*.xlsx) and send that"),
        (["Index/Document.iwa", "Metadata/Properties.plist"], "a Numbers file, not an Excel workbook: save it as an Excel Workbook (*.xlsx) and send that"),
    ])
    func otherDocuments(_ parts: [String], _ message: String) throws {
        let archive = [UInt8](RawZip.archive(parts.map { ($0, Array("<x/>".utf8)) }))
        #expect(try Self.refusal(archive) == message)
    }

    @Test("a .xls, .et, .ods or .numbers file is refused by its name, never read as text", arguments: ["xls", "XLS", "et", "ods", "numbers", "xlsb"])
    func refusedByName(_ ending: String) throws {
        let message = try Self.refusal(Self.compound + [UInt8](repeating: 0, count: 64), named: "申报.\(ending)")
        #expect(message == "zhizao does not read .\(ending.lowercased()) spreadsheets, only .xlsx and .csv: open it in Excel or WPS and save it as an Excel Workbook (*.xlsx)")
    }

    @Test("a real workbook is still read")
    func realWorkbook() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a.xlsx").path
        try Data(try Self.workbookBytes).write(to: URL(fileURLWithPath: path))
        let read = SheetLimitTests.read(path)
        #expect(!read.isEmpty && read.allSatisfy { $0.hasPrefix("row ") }, "\(read)")
    }
}
