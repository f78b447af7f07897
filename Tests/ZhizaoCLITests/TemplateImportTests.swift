import Foundation
import ZhizaoTestSupport
import Testing
import ZIPFoundation
import ZhizaoKit

// Issue 7: consultants send a questionnaire as a spreadsheet and get it back into zhizao
// without retyping. template → filled by a script → import → score gives the tier the same
// answers give in a YAML file; the xlsx opens in LibreOffice and keeps its drop-downs; a bad
// cell is reported at its cell and its row is not written.

@Suite("zhizao template and import")
struct TemplateImportTests {
    static let root = RankCommandTests.root
    static let examples = ["weifang-diesel-engine.yaml", "linyi-fasteners.yaml", "zibo-chemicals.yaml"]

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func example(_ name: String) -> String { root.appendingPathComponent("Examples/shandong/\(name)").path }

    /// Total and tier as `score --format json` gives them.
    static func verdict(_ path: String) throws -> (total: String, tier: String?) {
        let result = try CommandRunner.run(["score", path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(path): \(result.stderr)")
        return ("\(object["total"]!)", object["tier"] as? String)
    }

    /// An example's answers as a questionnaire row, the way a consultant fills one in: choices
    /// by their Chinese label, yes/no as 是/否, multi answers joined with `;`, an N/A reason
    /// in the `.na` column.
    static func row(for file: String, header: [String]) throws -> [String] {
        let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
        guard case .scored(let result) = pipeline.process(path: file) else { throw CocoaError(.fileReadCorruptFile) }
        let (assessment, rubric) = (result.assessment, result.rubric)
        func label(_ id: String, _ choices: [Choice]) -> String { choices.first { $0.id == id }.map { rubric.text($0.label, "zh") } ?? id }
        return header.map { id -> String in
            let e = assessment.enterprise
            switch id {
            case "enterprise.name": return e.name ?? ""
            case "enterprise.credit_code": return e.creditCode?.value ?? ""
            case "enterprise.city": return e.city ?? ""
            case "enterprise.industry": return e.industry ?? ""
            case "applying_for": return assessment.applyingFor.flatMap { rubric.tier($0) }.map { rubric.text($0.title, "zh") } ?? ""
            case "submitted": return assessment.submitted ?? ""
            default: break
            }
            if id.hasPrefix("profile.") {
                let fact = rubric.profile.first { "profile." + $0.id == id }!
                switch assessment.profile[fact.id] {
                case .bool(let b)?: return b ? "是" : "否"
                case .string(let s)?: return fact.kind == .choice ? label(s, fact.choices) : s
                case .int(let i)?: return String(i)
                case .number(let n)?: return n.description
                case nil: return ""
                }
            }
            if id.hasSuffix(".na") { return assessment.answers[String(id.dropLast(3))]?.notApplicable ?? "" }
            if id.hasSuffix(".evidence") { return assessment.answers[String(id.dropLast(9))]?.evidence.joined(separator: ";") ?? "" }
            if id.hasSuffix(".note") { return assessment.answers[String(id.dropLast(5))]?.note ?? "" }
            guard let indicator = rubric.indicator(id), let value = assessment.answers[id]?.value else { return "" }
            switch value {
            case .choice(let choice): return label(choice, indicator.choices)
            case .multi(let ids): return ids.joined(separator: ";")
            case .bool(let b): return b ? "是" : "否"
            case .number(let n): return n.description
            }
        }
    }

    /// The ids of a CSV template's first row (after its byte-order mark).
    static func header(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return (text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text).split(separator: "\r\n")[0].split(separator: ",").map(String.init)
    }

    static func csvLine(_ cells: [String]) -> String {
        cells.map { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }.joined(separator: ",") + "\r\n"
    }

    @Test("template yaml: every fact and indicator with its question; blank it validates, filled with an example's answers it scores as the example")
    func yamlTemplate() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("blank.yaml").path
        #expect(try CommandRunner.run(["template", "-o", path]).status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("  rd_factory_planning: null") && text.contains("  cmmm_level: null"))
        #expect(text.contains("# 问：关键生产设备中已联网并自动采集运行数据的比例是多少（%）？"))
        #expect(text.contains("none=未开展 | pilot=试点"))
        let blank = try CommandRunner.run(["validate", path])
        #expect(blank.status == 0, "\(blank.stderr)")

        // Filled in as a script would: each `key: null` replaced by the example's line.
        let example = try String(contentsOfFile: Self.example("weifang-diesel-engine.yaml"), encoding: .utf8)
        var values: [String: String] = [:]
        for line in example.split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("   ") && line.contains(": ") {
            let parts = line.dropFirst(2).split(separator: ":", maxSplits: 1)
            values[String(parts[0])] = String(parts[1]).components(separatedBy: "  #")[0]
        }
        var filled = text
        for (key, value) in values { filled = filled.replacingOccurrences(of: "  \(key): null", with: "  \(key):\(value)") }
        for key in ["applying_for", "submitted"] {
            let line = example.split(separator: "\n").first { $0.hasPrefix(key + ":") }!
            filled = filled.replacingOccurrences(of: "\n\(key): null", with: "\n\(line)")
        }
        let filledPath = folder.appendingPathComponent("filled.yaml").path
        try filled.write(toFile: filledPath, atomically: true, encoding: .utf8)
        #expect(try Self.verdict(filledPath) == Self.verdict(Self.example("weifang-diesel-engine.yaml")))
    }

    @Test("template csv → rows filled with labels and 是/否 → import → each file scores as its example")
    func csvRoundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("questionnaire.csv").path
        let written = try CommandRunner.run(["template", "--format", "csv", "-o", path])
        #expect(written.status == 0)
        // A CSV has no room for the 填写说明: the consultant is told the essentials and where the rest is.
        #expect(written.stderr == Words.Template.csvHasNoInstructions.zh + "\n")
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let header = try Self.header(path)
        #expect(text.split(separator: "\r\n")[1].hasPrefix("企业名称,统一社会信用代码,所在城市"))
        for name in Self.examples { text += Self.csvLine(try Self.row(for: Self.example(name), header: header)) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let out = folder.appendingPathComponent("imported").path
        let result = try CommandRunner.run(["import", path, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4 && lines[3].hasPrefix("读取 3 行，写出 3 份，拒绝 0 行"), "one line per row, then the count: \(result.stdout)")
        #expect(lines[0].hasPrefix("questionnaire.csv:3 ") && lines[0].contains(" → ") && lines[0].hasSuffix(".yaml"), "the line names the enterprise and its file")
        for name in Self.examples {
            let code = try #require(try String(contentsOfFile: Self.example(name), encoding: .utf8).split(separator: "\n")
                .first { $0.contains("credit_code:") }?.split(separator: ":")[1].trimmingCharacters(in: .whitespaces))
            let imported = out + "/\(code).yaml"
            #expect(try Self.verdict(imported) == Self.verdict(Self.example(name)), "\(name)")
        }
    }

    /// The template's first sheet with `rows` appended as inline-string cells, as a script
    /// filling the workbook would write them.
    static func fill(_ template: URL, rows: [[String]], into target: URL) throws {
        let source = try Archive(url: template, accessMode: .read)
        let filled = try Archive(url: target, accessMode: .create)
        for entry in source {
            var data = Data()
            _ = try source.extract(entry) { data.append($0) }
            if entry.path == "xl/worksheets/sheet1.xml" {
                var xml = String(decoding: data, as: UTF8.self)
                var added = ""
                for (offset, cells) in rows.enumerated() {
                    let number = 3 + offset
                    added += "<row r=\"\(number)\">" + cells.enumerated().compactMap { column, text in
                        text.isEmpty ? nil : "<c r=\"\(CellReference.columnName(column + 1))\(number)\" t=\"inlineStr\"><is><t>\(text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;"))</t></is></c>"
                    }.joined() + "</row>"
                }
                xml = xml.replacingOccurrences(of: "</sheetData>", with: added + "</sheetData>")
                data = Data(xml.utf8)
            }
            let bytes = data
            try filled.addEntry(with: entry.path, type: .file, uncompressedSize: Int64(bytes.count), compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }

    /// LibreOffice, headless, with a profile of its own (two at once must not share one).
    static func soffice(_ arguments: [String], in folder: URL) throws -> CommandResult {
        let profile = folder.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "-env:UserInstallation=file://" + profile.path, "--headless"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "")
    }

    @Test("template xlsx opens in LibreOffice with its two header rows and keeps every drop-down; filled, re-saved by LibreOffice and imported, it scores as the examples")
    func xlsxRoundTrip() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("questionnaire.xlsx")
        #expect(try CommandRunner.run(["template", "--format", "xlsx", "-o", template.path]).status == 0)
        let csvTemplate = folder.appendingPathComponent("reference.csv").path
        #expect(try CommandRunner.run(["template", "--format", "csv", "-o", csvTemplate]).status == 0)
        let header = try Self.header(csvTemplate)

        // LibreOffice reads it: the CSV it writes has the ids and the Chinese titles.
        let converted = try Self.soffice(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", "lo", template.path], in: folder)
        #expect(converted.status == 0, "LibreOffice (soffice) is needed: ./scripts/test.sh installs it. \(converted.stdout)")
        // (LibreOffice quotes every text cell; the quotes are not part of the text.)
        let lines = try String(contentsOfFile: folder.appendingPathComponent("lo/questionnaire.csv").path, encoding: .utf8)
            .replacingOccurrences(of: "\"", with: "").split(whereSeparator: \.isNewline)
        #expect(lines.first.map(String.init) == header.joined(separator: ","))
        #expect(lines.dropFirst().first?.hasPrefix("企业名称,统一社会信用代码,所在城市") == true)

        // Filled by a script, then opened and saved again by LibreOffice, as a consultant's
        // client would: the drop-downs survive and the rows still import.
        let filled = folder.appendingPathComponent("filled.xlsx")
        try Self.fill(template, rows: try Self.examples.map { try Self.row(for: Self.example($0), header: header) }, into: filled)
        let resaved = try Self.soffice(["--convert-to", "xlsx", "--outdir", "resaved", filled.path], in: folder)
        #expect(resaved.status == 0, "\(resaved.stdout)")
        let resavedPath = folder.appendingPathComponent("resaved/filled.xlsx")
        func validations(_ url: URL) throws -> (lists: Int, numbers: Int) {
            let archive = try Archive(url: url, accessMode: .read)
            var data = Data()
            _ = try archive.extract(try #require(archive["xl/worksheets/sheet1.xml"])) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            let elements = xml.components(separatedBy: "<dataValidation ").dropFirst()
            return (elements.filter { $0.contains("type=\"list\"") }.count,
                    elements.filter { $0.contains("type=\"decimal\"") || $0.contains("type=\"whole\"") }.count)
        }
        let ours = try validations(template), theirs = try validations(resavedPath)
        #expect(ours.lists > 40 && ours.numbers > 5, "a drop-down on every choice cell, bounds on number cells")
        #expect(theirs == ours)

        for input in [filled, resavedPath] {
            let out = folder.appendingPathComponent("imported-\(input.deletingPathExtension().lastPathComponent)-\(UUID().uuidString)").path
            let result = try CommandRunner.run(["import", input.path, "-o", out])
            #expect(result.status == 0, "\(result.stderr)")
            let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            #expect(files.count == 3)
            for name in Self.examples {
                let code = try Self.row(for: Self.example(name), header: header)[1]
                #expect(try Self.verdict(out + "/\(code).yaml") == Self.verdict(Self.example(name)), "\(input.lastPathComponent) \(name)")
            }
        }
    }

    @Test("a bad cell is reported at its cell with what was expected; its row is not written, the others are; a repeated credit code gets -2")
    func badCells() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let template = folder.appendingPathComponent("questionnaire.xlsx")
        let csvTemplate = folder.appendingPathComponent("reference.csv").path
        #expect(try CommandRunner.run(["template", "--format", "xlsx", "-o", template.path]).status == 0)
        #expect(try CommandRunner.run(["template", "--format", "csv", "-o", csvTemplate]).status == 0)
        let header = try Self.header(csvTemplate)
        let good = try Self.row(for: Self.example("weifang-diesel-engine.yaml"), header: header)
        var bad = good
        let planning = header.firstIndex(of: "rd_factory_planning")!
        bad[planning] = "很好"
        let filled = folder.appendingPathComponent("filled.xlsx")
        try Self.fill(template, rows: [good, bad, good], into: filled)

        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["import", filled.path, "-o", out])
        #expect(result.status == 2)
        let cell = "评估!\(CellReference.columnName(planning + 1))4"
        #expect(result.stderr.contains("filled.xlsx:\(cell): error:"), "\(result.stderr)")
        #expect(result.stderr.contains("「很好」不是「工厂数字化规划设计」的选项；可选：未开展、试点、数字化、集成协同、智能化"), "the message names the field by title and lists the choices by label")
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix("读取 3 行，写出 2 份，拒绝 1 行") == true, "\(result.stdout)")
        #expect(result.stdout.contains("filled.xlsx:评估:4 \(good[0])：未写出（1 处问题，见上）"), "\(result.stdout)")
        #expect(result.stderr.contains("filled.xlsx:评估!B5: warning: \(good[0])：统一社会信用代码 \(good[1]) 与 评估!B3 相同，本行另存为 \(good[1])-2.yaml"),
                "a repeated credit code is warned: \(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [good[1] + "-2.yaml", good[1] + ".yaml"])
        let second = try String(contentsOfFile: out + "/\(good[1])-2.yaml", encoding: .utf8)
        #expect(second.hasPrefix("# 由 zhizao import 从 filled.xlsx:评估:5 生成"))
    }

    @Test("the same rubric gives byte-identical templates, run after run, in every format", arguments: ["yaml", "csv", "xlsx"])
    func deterministic(_ format: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (a, b) = (folder.appendingPathComponent("a.\(format)").path, folder.appendingPathComponent("b.\(format)").path)
        #expect(try CommandRunner.run(["template", "--format", format, "-o", a]).status == 0)
        #expect(try CommandRunner.run(["template", "--format", format, "-o", b], environment: ["TZ": "Asia/Shanghai"]).status == 0)
        let (x, y) = (try Data(contentsOf: URL(fileURLWithPath: a)), try Data(contentsOf: URL(fileURLWithPath: b)))
        #expect(!x.isEmpty && x == y)
    }

    @Test("importing again leaves files that say the same (a comment aside), never replaces a hand-edited one without --force, and says so")
    func reimport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("questionnaire.csv").path
        #expect(try CommandRunner.run(["template", "--format", "csv", "-o", path]).status == 0)
        let header = try Self.header(path)
        let row = try Self.row(for: Self.example("linyi-fasteners.yaml"), header: header)
        try (String(contentsOfFile: path, encoding: .utf8) + Self.csvLine(row)).write(toFile: path, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out").path
        let file = out + "/\(row[1]).yaml"
        #expect(try CommandRunner.run(["import", path, "-o", out]).status == 0)
        #expect(try CommandRunner.run(["import", path, "-o", out]).status == 0, "the same content again is harmless")

        // A comment changes nothing the file says: the file is left, with its comment, and
        // the row reported unchanged.
        let commented = try String(contentsOfFile: file, encoding: .utf8) + "# 顾问补充：已核对佐证材料\n"
        try commented.write(toFile: file, atomically: true, encoding: .utf8)
        let unchanged = try CommandRunner.run(["import", path, "-o", out])
        #expect(unchanged.status == 0 && unchanged.stdout.contains("（内容未变，文件未改动）"), "\(unchanged.stdout)")
        #expect(unchanged.stdout.contains("读取 1 行，写出 0 份，1 份内容未变，拒绝 0 行"), "\(unchanged.stdout)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == commented, "the comment is kept")

        let edited = commented.replacingOccurrences(of: "name: 临沂示例紧固件制造有限公司", with: "name: 临沂示例紧固件制造股份有限公司")
        #expect(edited != commented)
        try edited.write(toFile: file, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["import", path, "-o", out])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("questionnaire.csv:3:1: error:") && refused.stderr.contains("--force"), "\(refused.stderr)")
        #expect(refused.stderr.contains("已存在，本行的企业名称与它不同，未覆盖（确认用本行替换请加 --force）"), "what differs is named: \(refused.stderr)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == edited, "the hand edit is kept")
        #expect(try CommandRunner.run(["import", path, "-o", out, "--force"]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) != edited)
    }

    @Test("a file that cannot be written is said in the user's language, with the reason, and exits 2")
    func unwritable() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-missing-\(UUID().uuidString)/questionnaire")
        let zh = try CommandRunner.run(["template", "--format", "xlsx", "-o", missing.path + ".xlsx"])
        #expect(zh.status == 2 && zh.stderr == "\(missing.path).xlsx: error: 无法写入：文件夹不存在\n")
        let en = try CommandRunner.run(["template", "-o", missing.path + ".yaml", "--lang", "en"])
        #expect(en.status == 2 && en.stderr == "\(missing.path).yaml: error: cannot write: the folder does not exist\n")
        let check = try CommandRunner.run(["check", "-o", missing.path + ".yaml"])
        #expect(check.status == 2 && check.stderr == "\(missing.path).yaml: error: 无法写入：文件夹不存在\n")
        #expect(!check.stdout.contains("[企业信息"), "said before any question")
    }

    @Test("a sheet with no data rows is one refusal of the file: no row counted as read or refused")
    func headerOnly() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("blank.csv").path
        #expect(try CommandRunner.run(["template", "-o", path]).status == 0)
        let result = try CommandRunner.run(["import", path, "-o", folder.appendingPathComponent("out").path])
        #expect(result.status == 2)
        #expect(result.stdout == "未读到任何数据行（原因见上），未写出任何文件\n", "\(result.stdout)")
        #expect(result.stderr.contains("blank.csv"), "the file's problem is said: \(result.stderr)")
    }

    @Test("-o's ending picks the format (问卷.xlsx is a workbook, not YAML text); a contradicting --format or an unknown ending is refused")
    func formatFromEnding() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("问卷.xlsx").path
        #expect(try CommandRunner.run(["template", "-o", workbook]).status == 0)
        let bytes = try #require(FileManager.default.contents(atPath: workbook))
        #expect(Array(bytes.prefix(2)) == Array("PK".utf8))  // a zip archive
        let csv = folder.appendingPathComponent("问卷.CSV").path
        #expect(try CommandRunner.run(["template", "-o", csv]).status == 0)
        let start = Array("\u{FEFF}enterprise.name,".utf8)
        #expect(Array(try #require(FileManager.default.contents(atPath: csv)).prefix(start.count)) == start)
        let contradicting = try CommandRunner.run(["template", "--format", "yaml", "-o", workbook, "--lang", "zh"])
        #expect(contradicting.status == 2)
        func words(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }  // unwrapped
        #expect(words(contradicting.stderr).contains("--format yaml 与 -o \(workbook) 不一致：该扩展名表示 xlsx 格式"), "\(contradicting.stderr)")
        let unknown = try CommandRunner.run(["template", "-o", folder.appendingPathComponent("问卷.txt").path, "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(words(unknown.stderr).contains("the file's ending names no questionnaire format; use one of .yaml .yml .csv .xlsx"), "\(unknown.stderr)")
    }

    @Test("--format is one of yaml, csv and xlsx: another is refused with the three named; xlsx needs -o")
    func formats() throws {
        let unknown = try CommandRunner.run(["template", "--format", "pdf"], environment: ["COLUMNS": "200"])
        #expect(unknown.status == 2 && unknown.stdout.isEmpty)
        let said = unknown.stderr  // unwrapped: COLUMNS=200
        #expect(said.hasPrefix("错误 Error: --format <FORMAT>：没有“pdf”这种输出格式；可用：yaml | csv | xlsx / "
            + "--format <FORMAT>: no output format 'pdf'; choose one of: yaml | csv | xlsx\n"), "\(unknown.stderr)")
        let workbook = try CommandRunner.run(["template", "--format", "xlsx"])
        #expect(workbook.status == 2 && workbook.stdout.isEmpty)
        #expect(workbook.stderr.hasPrefix("错误 Error: --format xlsx 需要 -o FILE / needs -o FILE\n"), "\(workbook.stderr)")
        let csv = try CommandRunner.run(["template", "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout.contains("enterprise.name,enterprise.credit_code,"))
    }

    @Test("import refuses a file that is not a spreadsheet before reading it, in both languages on one line, and exits 2")
    func notASpreadsheet() throws {
        let result = try CommandRunner.run(["import", "answers.txt", "-o", "out"])
        #expect(result.status == 2 && result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("错误 Error: answers.txt：需要 .csv 或 .xlsx 文件 / needs a .csv or .xlsx file\n"), "\(result.stderr)")
    }

    @Test("the English YAML template uses English punctuation after applying_for and submitted")
    func englishYAML() throws {
        let result = try CommandRunner.run(["template", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\napplying_for: null  # Tier applied for: morning_star=Morning Star factory | "), "\(result.stdout.prefix(1200))")
        #expect(result.stdout.contains("\nsubmitted: null  # Date: YYYY-MM-DD\n"))
        #expect(!result.stdout.contains("："))
    }
}

