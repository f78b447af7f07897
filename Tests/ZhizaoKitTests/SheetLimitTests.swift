import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

/// Issue 18: every sheet reader is bounded. A hostile workbook (a zip bomb, a shared-strings
/// bomb, a cell in column XFD on every row) or a CSV line of commas is refused with a message
/// that names the limit and the option that raises it, never expanded. The fixtures are
/// built by `Benchmarks/Hostile/make_fixtures.py` at small sizes, the same shapes the
/// benchmark measures at full size.
@Suite("Sheet limits")
struct SheetLimitTests {
    /// Builds the named fixtures (`name=size`) in a fresh folder; returns the folder and their paths.
    static func fixtures(_ specs: [String]) throws -> (URL, [String]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-hostile-\(UUID().uuidString)")
        let result = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("Benchmarks/Hostile/make_fixtures.py"), folder.path] + specs)
        try #require(result.status == 0, "\(result.stderr)")
        return (folder, result.stdout.split(separator: "\n").map(String.init))
    }

    /// What reading the file gives: each item's source and its rendered problems.
    static func read(_ path: String, limits: YAMLLimits = YAMLLimits()) -> [String] {
        var problems: [String] = []
        SpreadsheetInput.read(path, limits: limits, titles: .none) { item in
            switch item {
            case .rejected(_, let diagnostics), .rejectedRow(_, _, let diagnostics): problems += diagnostics.map { $0.rendered(.en) }
            case .row(let context, let row): problems.append("row \(context.place.source(row.number))")
            case .skippedSheet: break
            }
        }
        return problems
    }

    static func small(_ change: (inout YAMLLimits) -> Void) -> YAMLLimits {
        var limits = YAMLLimits()
        change(&limits)
        return limits
    }

    @Test("a zip bomb is refused as soon as its part passes the cap, which --limit raises")
    func zipBomb() throws {
        let (folder, paths) = try Self.fixtures(["zip-bomb=80"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):Sheet1!A1: error: part xl/worksheets/sheet1.xml inflates past the 64 MB limit (xlsx-part-mb); if the file is trusted and needs more, raise it with --limit xlsx-part-mb=128"])
        // Raised, the part is inflated whole and handed to the XML parser (which refuses 80 MB
        // of blanks in one text node for its own reasons).
        let raised = Self.read(paths[0], limits: Self.small { $0.maxPartBytes = 128 << 20 })
        #expect(raised.count == 1 && raised.allSatisfy { !$0.contains("xlsx-part-mb") }, "\(raised)")
    }

    @Test("a part that lies about its size in the archive is stopped by the inflated stream itself")
    func lyingBomb() throws {
        let (folder, paths) = try Self.fixtures(["lying-bomb=80"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):Sheet1!A1: error: part xl/worksheets/sheet1.xml inflates past the 64 MB limit (xlsx-part-mb); if the file is trusted and needs more, raise it with --limit xlsx-part-mb=128"])
    }

    @Test("a sheet whose deflate stream never ends is one damaged part, read no further than its own bytes")
    func stalledDeflate() throws {
        let (folder, paths) = try Self.fixtures(["stalled-deflate"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):Sheet1!A1: error: the file is damaged: its part xl/worksheets/sheet1.xml cannot be inflated; download it again or ask the applicant to send it again"])
    }

    @Test("a sheet part past 10 MB (a few thousand applicants) is read whole, every row")
    func largeSheetPart() throws {
        // 2,000 rows of 6 KB: 12 MB in one part, which Foundation used to hand libxml2 in
        // one chunk, refused past 10 MB as "NSXMLParserErrorDomain error 1".
        let filler = String(repeating: "智", count: 2_000)
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>enterprise.name</t></is></c></row>"
        for row in 2...2_001 {
            sheet += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"inlineStr\"><is><t>\(filler)\(row)</t></is></c></row>"
        }
        sheet += "</sheetData></worksheet>"
        #expect(sheet.utf8.count > 12_000_000)
        let data = FuzzRegressionTests.singleSheetWorkbook(sheet: Array(sheet.utf8))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-\(UUID().uuidString).xlsx").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let read = Self.read(path)
        #expect(read.count == 2_000, "\(read.prefix(2))")
        #expect(read.first == "row \(path):申报:2" && read.last == "row \(path):申报:2001", "\(read.prefix(2))")
    }

    @Test("the shared strings are capped in count and in bytes")
    func sharedStrings() throws {
        let (folder, paths) = try Self.fixtures(["strings-count=1100000", "strings-bomb=2"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):1:1: error: the shared-strings table has more than 1000000 entries, the limit (shared-strings); if the file is trusted and needs more, raise it with --limit shared-strings=2000000"])
        #expect(Self.read(paths[1], limits: Self.small { $0.maxSharedStringBytes = 1 << 20 }) == ["\(paths[1]):1:1: error: the shared strings hold more than 1 MB of text, the limit (shared-strings-mb); if the file is trusted and needs more, raise it with --limit shared-strings-mb=2"])
        let words = Words.Sheets.sharedStringsTooLong(megabytes: 1, raise: "--limit shared-strings-mb=2")
        #expect(words.zh == "共享字符串的文字超过 1 MB 上限（shared-strings-mb）；若文件可信、确需更大，请用 --limit shared-strings-mb=2 放宽")
    }

    @Test("one long shared string used by every cell counts once per use")
    func sharedStringReuse() throws {
        let (folder, paths) = try Self.fixtures(["strings-reuse=80"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):Sheet1!A1: error: by row 66 the cells use more than 64 MB of shared-string text (each use counted), the limit (shared-strings-mb); if the file is trusted and needs more, raise it with --limit shared-strings-mb=128"])
    }

    @Test("cells are capped, counting the empty ones before a row's last cell")
    func cells() throws {
        let (folder, paths) = try Self.fixtures(["cells-bomb=200"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):Sheet1!A1: error: by row 124 the sheet holds more than 2000000 cells, the limit (counting the empty cells before a row's last one; sheet-cells); if the file is trusted and needs more, raise it with --limit sheet-cells=4000000"])
    }

    @Test("a CSV line of commas costs one refused row")
    func wideCSV() throws {
        let (folder, paths) = try Self.fixtures(["wide-csv=1"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(Self.read(paths[0]) == ["\(paths[0]):2:16385: error: row 2 has a cell in column 16385, past Excel's 16,384 columns; the row is not scored, the rows after it are read"])
    }

    @Test("every limit has a name --limit sets, in MB for sizes")
    func names() {
        var limits = YAMLLimits()
        InputLimit.xlsxPartMB.set(128, in: &limits)
        InputLimit.sharedStrings.set(5, in: &limits)
        #expect(limits.maxPartBytes == 128 << 20 && limits.maxSharedStrings == 5)
        #expect(InputLimit.allCases.map(\.rawValue) == ["file-mb", "yaml-nodes", "yaml-depth", "yaml-aliases", "sheet-mb", "xlsx-part-mb", "shared-strings", "shared-strings-mb", "sheet-cells"])
        #expect(InputLimit.sheetCells.raised(from: YAMLLimits()) == "--limit sheet-cells=4000000")
    }
}
