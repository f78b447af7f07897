import Foundation
import ZhizaoTestSupport
import Testing

// `zhizao report` from the command line: formats, -o written whole, --template, errors.

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
        #expect(pdf.stderr.contains("html") && pdf.stderr.contains("markdown") && pdf.stderr.contains("json"), "the known formats are listed: \(pdf.stderr)")
        // A template with the JSON report is refused, not silently ignored.
        let template = folder.appendingPathComponent("t.mustache")
        try "{{total}}".write(to: template, atomically: true, encoding: .utf8)
        let json = try CommandRunner.run(["report", "--format", "json", "--template", template.path, "--lang", "en", Self.example])
        #expect(json.status == 2)
        #expect(json.stderr.contains("a JSON report takes no template"), "\(json.stderr)")
        #expect(try CommandRunner.run(["score", "--format", "pdf", Self.example]).status == 2)
        #expect(try CommandRunner.run(["score"]).status == 2)
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
