import Foundation
import ZhizaoTestSupport
import Testing

// `zhizao report` from the command line: formats (named or from -o's ending), -o written
// whole, --template, errors, never HTML or Word on a terminal.

@Suite("zhizao report")
struct ReportCommandTests {
    static let root = PackageRoot.url
    static let example = root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("-o writes the HTML report; SOURCE_DATE_EPOCH fixes its date, so two runs are byte-identical")
    func writesFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.html").path
        let second = folder.appendingPathComponent("b.html").path
        let environment = ["SOURCE_DATE_EPOCH": "1779235200"]  // 2026-05-20
        #expect(try CommandRunner.run(["report", Self.example, "-o", first], environment: environment).status == 0)
        #expect(try CommandRunner.run(["report", Self.example, "-o", second], environment: environment).status == 0)
        let html = try String(contentsOfFile: first, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("2026-05-20"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        // No temporary file left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.html", "b.html"])
    }

    @Test("--format markdown and json print to standard output; --lang en switches the labels")
    func formats() throws {
        let markdown = try CommandRunner.run(["report", "--format", "markdown", "--lang", "en", Self.example])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Smart-factory assessment report: 潍坊示例动力股份有限公司"))
        let json = try CommandRunner.run(["report", "--format", "json", Self.example])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "zhizao.result/1")
        #expect(object?["tier"] as? String == "excellence")
    }

    @Test("--template uses a province's own template; a broken one is an error with its position")
    func templates() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("letterhead.mustache")
        try "<h1>山东省工业和信息化厅</h1><p>{{enterpriseName}}: {{tierTitle}} {{total}}</p>\n".write(to: good, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["report", "--template", good.path, Self.example])
        #expect(result.status == 0)
        #expect(result.stdout == "<h1>山东省工业和信息化厅</h1><p>潍坊示例动力股份有限公司: 卓越级智能工厂 77.1</p>\n")
        let bad = folder.appendingPathComponent("broken.mustache")
        try "<p>\n{{#tiers}}never closed\n".write(to: bad, atomically: true, encoding: .utf8)
        let broken = try CommandRunner.run(["report", "--template", bad.path, "--lang", "en", Self.example])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("\(bad.path): error: "), "\(broken.stderr)")
        #expect(broken.stderr.contains("invalid report template"))
    }

    @Test("an invalid assessment or format exits 2 and writes nothing")
    func invalid() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("broken.yaml")
        try "format: zhizao.assessment/1\nanswers: [\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.html").path
        let result = try CommandRunner.run(["report", input.path, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("\(input.path):"))
        #expect(!FileManager.default.fileExists(atPath: output))
        // A usage error exits 2 (SPEC §4), in every command.
        let pdf = try CommandRunner.run(["report", "--format", "pdf", Self.example])
        #expect(pdf.status == 2)
        #expect(pdf.stderr.contains("html") && pdf.stderr.contains("markdown") && pdf.stderr.contains("json") && pdf.stderr.contains("docx"),
                "the known formats are listed: \(pdf.stderr)")
        // A template with the JSON report is refused, not silently ignored.
        let template = folder.appendingPathComponent("t.mustache")
        try "{{total}}".write(to: template, atomically: true, encoding: .utf8)
        let json = try CommandRunner.run(["report", "--format", "json", "--template", template.path, "--lang", "en", Self.example])
        #expect(json.status == 2)
        #expect(json.stderr.contains("a JSON report takes no template"), "\(json.stderr)")
        #expect(try CommandRunner.run(["score", "--format", "pdf", Self.example]).status == 2)
        #expect(try CommandRunner.run(["score"]).status == 2)
    }

    @Test("without --format, -o's ending picks the format: .html .htm .md .markdown .json .docx, in any letter case")
    func formatFromExtension() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, (Data) -> Bool)] = [
            ("报告.html", { String(decoding: $0, as: UTF8.self).hasPrefix("<!DOCTYPE html>") }),
            ("report.HTM", { String(decoding: $0, as: UTF8.self).hasPrefix("<!DOCTYPE html>") }),
            ("报告.md", { String(decoding: $0, as: UTF8.self).hasPrefix("# 智能工厂评价报告") }),
            ("report.markdown", { String(decoding: $0, as: UTF8.self).hasPrefix("# 智能工厂评价报告") }),
            ("result.json", { String(decoding: $0, as: UTF8.self).hasPrefix("{\"format\":\"zhizao.result/1\"") }),
            ("报告.docx", { $0.prefix(2) == Data("PK".utf8) }),
            // An ending that names no format is fine when --format says which.
            ("notes.txt", { String(decoding: $0, as: UTF8.self).hasPrefix("# 智能工厂评价报告") }),
        ]
        for (name, check) in cases {
            let path = folder.appendingPathComponent(name).path
            let arguments = ["report", Self.example, "-o", path] + (name == "notes.txt" ? ["--format", "markdown"] : [])
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(check(try Data(contentsOf: URL(fileURLWithPath: path))), "\(name) holds its format")
        }
    }

    @Test("an -o ending that names no format, or --format contradicting it, is refused in both languages, writing nothing")
    func formatRefusals() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let unknown = try CommandRunner.run(["report", Self.example, "-o", folder.appendingPathComponent("报告.pdf").path],
                                            environment: ["COLUMNS": "1000"])  // one line, unwrapped
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("无法从扩展名判断报告格式") && unknown.stderr.contains("names no report format"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains(".html .htm .md .markdown .json .docx"), "the known endings are listed: \(unknown.stderr)")
        let none = try CommandRunner.run(["report", Self.example, "-o", folder.appendingPathComponent("报告").path])
        #expect(none.status == 2)
        #expect(none.stderr.contains("names no report format"), "\(none.stderr)")

        let contradicting = try CommandRunner.run(["report", Self.example, "-o", folder.appendingPathComponent("报告.md").path, "--format", "html"],
                                                   environment: ["COLUMNS": "1000"])  // one line, unwrapped
        #expect(contradicting.status == 2)
        #expect(contradicting.stderr.contains("--format html 与 -o") && contradicting.stderr.contains("该扩展名表示 markdown 格式"), "\(contradicting.stderr)")
        #expect(contradicting.stderr.contains("--format html contradicts -o") && contradicting.stderr.contains("whose ending means markdown"),
                "\(contradicting.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty, "nothing written")

        // A Word document takes no template, as JSON takes none.
        let template = folder.appendingPathComponent("t.mustache")
        try "{{total}}".write(to: template, atomically: true, encoding: .utf8)
        let docx = try CommandRunner.run(["report", Self.example, "-o", folder.appendingPathComponent("r.docx").path, "--template", template.path, "--lang", "en"])
        #expect(docx.status == 2)
        #expect(docx.stderr.contains("a Word report takes no template"), "\(docx.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.docx").path))
    }

    /// zhizao with its standard output on a pseudo-terminal (`script` gives it one); what it
    /// printed on both streams, as the terminal shows it, and its exit status.
    static func onTerminal(_ arguments: [String]) throws -> CommandResult {
        let quoted = ([CommandRunner.executable.path] + arguments).map { "'" + $0 + "'" }.joined(separator: " ")
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("/usr/bin/script (util-linux) is needed to give zhizao a terminal")
            return CommandResult(status: -1, stdout: "", stderr: "")
        }
        return try ProcessRunner.run("/usr/bin/script", ["-q", "-e", "-c", quoted, "/dev/null"])
    }

    @Test("without -o, HTML and Word never go to a terminal: refused, saying where to write; Markdown and JSON do; a pipe takes any")
    func notToTerminal() throws {
        let html = try Self.onTerminal(["report", Self.example])
        #expect(html.status == 2)
        #expect(html.stdout.contains("不把 HTML 报告输出到终端") && html.stdout.contains("-o 报告.html"), "\(html.stdout)")
        #expect(html.stdout.contains("HTML reports are not printed to a terminal") && html.stdout.contains("-o report.html"), "\(html.stdout)")
        #expect(!html.stdout.contains("<!DOCTYPE"))
        let docx = try Self.onTerminal(["report", Self.example, "--format", "docx"])
        #expect(docx.status == 2)
        #expect(docx.stdout.contains("-o 报告.docx") && docx.stdout.contains("-o report.docx"), "\(docx.stdout)")
        #expect(!docx.stdout.contains("PK"))
        let markdown = try Self.onTerminal(["report", Self.example, "--format", "markdown"])
        #expect(markdown.status == 0, "\(markdown.stdout)")
        #expect(markdown.stdout.hasPrefix("# 智能工厂评价报告"))
        let json = try Self.onTerminal(["report", Self.example, "--format", "json"])
        #expect(json.status == 0, "\(json.stdout)")
        // Not on a terminal (the tests' pipes): HTML as before.
        let piped = try CommandRunner.run(["report", Self.example])
        #expect(piped.status == 0)
        #expect(piped.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test("rubric-doc renders a shipped rubric or a file as a handbook; an unknown one exits 2 with a suggestion")
    func rubricDoc() throws {
        let markdown = try CommandRunner.run(["rubric-doc", "shandong-smart-factory", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# 评价细则手册：山东省智能工厂梯度评价细则"))
        let file = Self.root.appendingPathComponent("Rubrics/miit-smart-factory.yaml").path
        let html = try CommandRunner.run(["rubric-doc", file, "--lang", "en"])
        #expect(html.status == 0)
        #expect(html.stdout.contains("<h1>National smart-factory tier rubric</h1>"))
        let unknown = try CommandRunner.run(["rubric-doc", "shandong-smart-factroy", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'shandong-smart-factory'"))
    }
}
