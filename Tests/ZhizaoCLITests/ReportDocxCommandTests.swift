import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

// Issue 16: `zhizao report --format docx` as a consultant uses it: the file LibreOffice opens
// and prints, read back as text; the same input gives the same bytes.

@Suite("zhizao report --format docx")
struct ReportDocxCommandTests {
    static let root = PackageRoot.url
    static let environment = ["SOURCE_DATE_EPOCH": "1779840000"]  // 2026-05-27

    /// pdftotext's path, or nil.
    static func pdftotext() -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { $0 + "/pdftotext" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test("two examples (Chinese, English) through LibreOffice to PDF: name, verdict and every section heading, in order")
    func libreOfficeRoundTrip() throws {
        let folder = try ReportCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(example: String, language: Language, expected: [String])] = [
            ("weifang-diesel-engine", .zh, ["潍坊示例动力股份有限公司", "评价结论", "判定等级：卓越级智能工厂", "申报等级：领航级智能工厂（未达到）",
                                            "距离领航级智能工厂还差", "应用人工智能技术的场景占比 24.1%，要求不低于 60%",
                                            "总分与五个环节", "升级到领航级智能工厂的路线图", "申报条件与等级规则", "各项指标的回答", "提醒",
                                            "附录（供审核人员）"]),
            ("dongying-tyres", .en, ["Smart-factory assessment report", "Verdict", "Tier achieved: No tier achieved", "Total and the five domains",
                                     "Roadmap to", "Eligibility conditions and tier rules", "Answers, indicator by indicator", "Warnings",
                                     "Appendix for auditors"]),
        ]
        var files: [String] = []
        for item in cases {
            let file = folder.appendingPathComponent(item.example + ".docx").path
            let result = try CommandRunner.run(["report", "Examples/shandong/\(item.example).yaml", "-o", file, "--lang", item.language.rawValue],
                                               environment: Self.environment, in: Self.root)
            #expect(result.status == 0, "\(result.stderr)")
            files.append(file)
        }
        // One LibreOffice run converts both (it takes seconds to start).
        let converted = try TemplateImportTests.soffice(["--convert-to", "pdf", "--outdir", "pdf"] + files, in: folder)
        for item in cases {
            let pdf = folder.appendingPathComponent("pdf/\(item.example).pdf").path
            guard FileManager.default.fileExists(atPath: pdf) else {
                Issue.record("""
                    LibreOffice did not convert \(item.example).docx to PDF: soffice with Writer is needed \
                    (./scripts/test.sh installs libreoffice-writer-nogui). It said: \(converted.stdout)
                    """)
                continue
            }
            guard let pdftotext = Self.pdftotext() else {
                Issue.record("pdftotext is needed to read the PDF back (poppler-utils; ./scripts/test.sh installs it)")
                return
            }
            let read = try ProcessRunner.run(pdftotext, ["-enc", "UTF-8", pdf, "-"])
            #expect(read.status == 0, "\(read.stderr)")
            // Lines as printed, spaces between words kept; the page header and numbers too.
            let text = read.stdout
            var position = text.startIndex
            for expected in item.expected {
                guard let found = text.range(of: expected, range: position..<text.endIndex) else {
                    Issue.record("\(item.example): “\(expected)” missing or out of order in the PDF's text:\n\(text.prefix(3000))")
                    break
                }
                position = found.upperBound
            }
        }
    }

    @Test("two runs give byte-identical files; to a pipe, the same bytes")
    func deterministic() throws {
        let folder = try ReportCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = "Examples/shandong/weifang-diesel-engine.yaml"
        var outputs: [Data] = []
        for name in ["a.docx", "b.docx"] {
            let result = try CommandRunner.run(["report", example, "-o", folder.appendingPathComponent(name).path], environment: Self.environment, in: Self.root)
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: folder.appendingPathComponent(name)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]), "a ZIP archive")
        // Without -o, to a pipe (never a terminal): the same document on standard output.
        let piped = folder.appendingPathComponent("piped.docx").path
        let shell = try ProcessRunner.run("/bin/sh", ["-c", "SOURCE_DATE_EPOCH=1779840000 '\(CommandRunner.executable.path)' report \(example) --format docx > '\(piped)'"],
                                          in: Self.root)
        #expect(shell.status == 0, "\(shell.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: piped)) == outputs[0])
        // No temporary file left beside them.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["a.docx", "b.docx", "piped.docx"])
    }
}
