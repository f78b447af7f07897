import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

// `ranking.xlsx`, the shortlist staff circulate (SPEC §4): read back by other programs
// (openpyxl, LibreOffice), every credit code stays the text it was — an all-digit code too —
// never a number such as 9.137E+17; each list is a sheet named after its tier, with its
// header frozen and filtered; the same batch gives the same bytes.

@Suite("ranking.xlsx")
struct RankingXLSXTests {
    /// Valid all-digit credit codes (the GB 32100 check character is a digit too).
    static let digitCodes = ["913702009686491270", "913702009686491283"]

    /// The batch of `RankCommandTests` plus two applicants whose credit codes are all digits:
    /// one written as a YAML number, one as a string; the first has a name full of markup.
    static func batch() throws -> (folder: URL, files: [String]) {
        let (folder, files) = try RankCommandTests.batch()
        let input = folder.appendingPathComponent("in")
        let qingdao = try String(contentsOf: PackageRoot.url.appendingPathComponent("Examples/shandong/qingdao-appliances.yaml"), encoding: .utf8)
        #expect(qingdao.contains("credit_code: 91370200MA3D1F5X2T\n") && qingdao.contains("name: 青岛示例智能家电有限公司\n"))
        for (code, check) in zip(digitCodes, ["7", "8"]) {
            #expect(CreditCode.checkCharacter(for: String(code.prefix(17))) == code.last && String(code.dropLast().suffix(1)) == check)
        }
        let first = input.appendingPathComponent("digits-a.yaml"), second = input.appendingPathComponent("digits-b.yaml")
        try qingdao.replacingOccurrences(of: "credit_code: 91370200MA3D1F5X2T", with: "credit_code: \(digitCodes[0])")
            .replacingOccurrences(of: "name: 青岛示例智能家电有限公司", with: "name: '<b>数字&\"代码\"</b> 甲'")
            .write(to: first, atomically: true, encoding: .utf8)
        try qingdao.replacingOccurrences(of: "credit_code: 91370200MA3D1F5X2T", with: "credit_code: '\(digitCodes[1])'")
            .replacingOccurrences(of: "name: 青岛示例智能家电有限公司", with: "name: 数字代码乙有限公司")
            .write(to: second, atomically: true, encoding: .utf8)
        return (folder, files + [first.path, second.path])
    }

    /// A workbook as openpyxl reads it (`scripts/read_xlsx.py`).
    struct Book: Decodable {
        struct Sheet: Decodable {
            let name: String
            let freeze: String?
            let filter: String?
            let widths: [Double?]
            /// Per cell: type (`s` text, `n` number, nil empty), value, number format.
            let rows: [[Cell]]

            func column(_ heading: String) -> Int? { rows.first?.firstIndex { $0.text == heading } }
        }
        struct Cell: Decodable {
            let type: String?
            let text: String?
            let number: Double?
            let format: String

            init(from decoder: any Decoder) throws {
                var container = try decoder.unkeyedContainer()
                type = try container.decodeNil() ? nil : try container.decode(String.self)
                if type == "n" {
                    number = try container.decode(Double.self)
                    text = nil
                } else {
                    text = try container.decodeNil() ? nil : try container.decode(String.self)
                    number = nil
                }
                format = try container.decode(String.self)
            }
        }
        let sheets: [Sheet]

        static func read(_ path: String) throws -> Book {
            let result = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("scripts/read_xlsx.py"), path])
            #expect(result.status == 0, "openpyxl is needed (scripts/test.sh installs it): \(result.stderr)")
            return try JSONDecoder().decode(Book.self, from: Data(result.stdout.utf8))
        }
    }

    /// The rows of a CSV written by zhizao (a byte order mark first).
    static func csv(_ path: String) throws -> [[String]] {
        csv(text: String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self))
    }

    /// The rows of CSV text (RFC 4180).
    static func csv(text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false, afterQuote = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; afterQuote = true } else { field.append(character) }
                continue
            }
            switch character {
            case "\"": if afterQuote { field.append("\"") }; quoted = true
            case ",": row.append(field); field = ""
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
            afterQuote = false
        }
        return rows
    }

    @Test("openpyxl reads every list as a sheet named after its tier, header frozen and filtered; every credit code (all-digit ones too) a text cell equal to ranking.csv's; numbers as numbers; every text formatted as text")
    func readBack() throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank"] + files + ["--out", out, "--quota", "1", "--quota-by", "city"])
        #expect(result.status == 0, "\(result.stderr)")
        let book = try Book.read(out + "/ranking.xlsx")
        let csv = try Self.csv(out + "/ranking.csv")
        let header = try #require(csv.first)
        let (target, code, name, rank, total) = try (#require(header.firstIndex(of: "target")), #require(header.firstIndex(of: "credit_code")),
                                                     #require(header.firstIndex(of: "name")), #require(header.firstIndex(of: "rank")),
                                                     #require(header.firstIndex(of: "total")))
        var lists: [(target: String, rows: [[String]])] = []
        for row in csv.dropFirst() {
            if lists.last?.target == row[target] { lists[lists.count - 1].rows.append(row) } else { lists.append((row[target], [row])) }
        }
        let titles = ["morning_star": "晨星工厂", "excellence": "卓越级智能工厂", "pilot": "领航级智能工厂", "": "未指定申报等级"]
        #expect(book.sheets.map(\.name) == lists.map { titles[$0.target] ?? "?" } + ["各组名额", "排序依据", "未能评分"])
        #expect(Set(lists.flatMap { $0.rows.map { $0[code] } }).isSuperset(of: Self.digitCodes))

        for (list, sheet) in zip(lists, book.sheets) {
            #expect(sheet.freeze == "A2", "\(sheet.name): header row frozen")
            let columns = sheet.rows[0].count
            #expect(sheet.filter == "A1:\(CellReference.columnName(columns))\(list.rows.count + 1)", "\(sheet.name): autofilter on the header")
            #expect(sheet.rows.count == list.rows.count + 1)
            #expect(sheet.rows[0].allSatisfy { $0.type == "s" }, "headings are text")
            let codeColumn = try #require(sheet.column("信用代码")), nameColumn = try #require(sheet.column("企业"))
            let rankColumn = try #require(sheet.column("名次")), totalColumn = try #require(sheet.column("总分"))
            for (cells, row) in zip(sheet.rows.dropFirst(), list.rows) {
                let cell = cells[codeColumn]
                #expect(cell.type == "s" && cell.text == row[code] && cell.format == "@", "\(sheet.name): \(row[code]) read as \(cell)")
                // The CSV guards a formula-like name with a leading '; a text cell needs no guard.
                let csvName = row[name].hasPrefix("'=") ? String(row[name].dropFirst()) : row[name]
                #expect(cells[nameColumn].type == "s" && cells[nameColumn].text == csvName)
                #expect(cells[rankColumn].type == "n" && cells[rankColumn].number == Double(row[rank]))
                #expect(cells[totalColumn].type == "n" && cells[totalColumn].number == Double(row[total]) && cells[totalColumn].format == "0.0")
                for cell in cells where cell.type == "s" { #expect(cell.format == "@", "\(sheet.name): every text cell is formatted as text") }
            }
            let nameWidth = try #require(sheet.widths[nameColumn])
            #expect(nameWidth >= 16 && nameWidth <= 50, "the name column fits a Chinese name: \(nameWidth)")
            #expect(sheet.widths.allSatisfy { ($0 ?? 0) >= 5 }, "no column too narrow to read: \(sheet.widths)")
        }
        let markup = try #require(book.sheets.flatMap(\.rows).flatMap { $0 }.first { $0.text?.contains("数字&") == true })
        #expect(markup.text == "<b>数字&\"代码\"</b> 甲", "markup is kept as text")

        let groups = book.sheets[lists.count], run = book.sheets[lists.count + 1], rejects = book.sheets[lists.count + 2]
        #expect(groups.rows[0].compactMap(\.text) == ["等级名单", "分组", "名额", "申报数", "达标", "入选", "空余名额", "名额已满", "未完整作答", "信用代码重复", "未能评分"])
        #expect(groups.rows.count > 1 && groups.rows.dropFirst().allSatisfy { $0[2].type == "n" && $0[6].type == "n" }, "quota and unused places are numbers")
        #expect(groups.freeze == "A2" && groups.filter == "A1:K\(groups.rows.count)")
        #expect(run.rows.dropFirst().map { $0[0].text } .contains("排序规则"))
        let rejected = try Self.csv(out + "/rejected.csv")
        #expect(rejects.rows.dropFirst().map { $0[0].text } == rejected.dropFirst().map { Optional($0[0]) }, "every reject, by its source")
    }

    @Test("LibreOffice keeps every credit code as text: re-saved as xlsx and read by openpyxl, and as CSV, no code became a number")
    func libreOffice() throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        #expect(try CommandRunner.run(["rank"] + files + ["--out", out.path, "--quota", "1"]).status == 0)
        let codes = try Self.csv(out.path + "/ranking.csv").dropFirst().map { $0[3] }
        #expect(codes.count > 10)

        let resaved = try TemplateImportTests.soffice(["--convert-to", "xlsx", "--outdir", "resaved", out.appendingPathComponent("ranking.xlsx").path], in: folder)
        #expect(resaved.status == 0, "LibreOffice (soffice) is needed: ./scripts/test.sh installs it. \(resaved.stdout)")
        let book = try Book.read(folder.appendingPathComponent("resaved/ranking.xlsx").path)
        var read: [String] = []
        for sheet in book.sheets.prefix(4) {
            guard let column = sheet.column("信用代码") else { continue }
            for cells in sheet.rows.dropFirst() {
                #expect(cells[column].type == "s", "\(sheet.name): \(cells[column])")
                read.append(cells[column].text ?? "")
            }
        }
        #expect(read == codes)

        // Every sheet as CSV (LibreOffice 7.2+: sheet -1 writes one file per sheet).
        let converted = try TemplateImportTests.soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
                                                         "--outdir", "csv", out.appendingPathComponent("ranking.xlsx").path], in: folder)
        #expect(converted.status == 0, "\(converted.stdout)")
        var exported: [String] = []
        for title in ["晨星工厂", "卓越级智能工厂", "领航级智能工厂", "未指定申报等级"] {
            let path = folder.appendingPathComponent("csv/ranking-\(title).csv").path
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let rows = Self.csv(text: try String(contentsOfFile: path, encoding: .utf8))
            let column = try #require(rows.first?.firstIndex(of: "信用代码"))
            exported += rows.dropFirst().map { $0[column] }
        }
        #expect(exported == codes, "as LibreOffice shows them")
        #expect(!exported.contains { $0.contains("E+") || $0.contains("e+") })
    }

    @Test("the same batch gives the same workbook and page, byte for byte, for any input order and --jobs")
    func deterministic() throws {
        let (folder, files) = try Self.batch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a").path, second = folder.appendingPathComponent("b").path
        #expect(try CommandRunner.run(["rank"] + files + ["--out", first, "--jobs", "1", "--quota", "2", "--quota-by", "city"]).status == 0)
        #expect(try CommandRunner.run(["rank"] + files.reversed() + ["--out", second, "--jobs", "8", "--quota", "2", "--quota-by", "city"]).status == 0)
        for name in ["ranking.xlsx", "ranking.html"] {
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(first)/\(name)")) == Data(contentsOf: URL(fileURLWithPath: "\(second)/\(name)")), "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: first).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no temporary file is left beside the outputs: \(leftovers)")
    }
}
