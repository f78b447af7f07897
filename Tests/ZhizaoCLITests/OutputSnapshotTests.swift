import Foundation
import Testing
import ZIPFoundation
import ZhizaoTestSupport

// Golden files of every output zhizao writes, on the shipped examples: a change to any of
// them is a reviewed diff of a file in __Snapshots__/OutputSnapshotTests/, never a
// surprise. The commands run as a user runs them, from the package root with relative
// paths; the report date is fixed through SOURCE_DATE_EPOCH (2026-05-27).

@Suite("output snapshots")
struct OutputSnapshotTests {
    static let root = PackageRoot.url
    static let environment = ["SOURCE_DATE_EPOCH": "1779840000"]

    /// The shipped Shandong examples, as relative paths in name order.
    static let examples: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: PackageRoot.path("Examples/shandong"))) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "Examples/shandong/" + $0 }
    }()

    static let nextYear = "Tests/Fixtures/snapshots/linyi-fasteners-next-year.yaml"

    /// Runs zhizao from the package root; the snapshot holds what it printed on both streams
    /// and its exit status, so a changed message or status shows too.
    static func transcript(_ arguments: [String], input: String? = nil, in folder: URL? = nil) throws -> String {
        let result = try CommandRunner.run(arguments, environment: environment, input: input, in: folder ?? root)
        var text = result.stdout
        if !result.stderr.isEmpty { text += "--- stderr\n" + result.stderr }
        return text + "--- exit \(result.status)\n"
    }

    static func scratch(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-snapshot-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("score: text in Chinese and English, --explain, JSON Lines", arguments: [
        ("score-zh.txt", ["score"]),
        ("score-en.txt", ["score", "--lang", "en"]),
        ("score-json.jsonl", ["score", "--format", "json"]),
    ])
    func score(name: String, arguments: [String]) throws {
        #expect(Self.examples.count == 12)
        expectSnapshot(try Self.transcript(arguments + Self.examples), named: name)
    }

    @Test("score --explain on one example, both languages")
    func explain() throws {
        let file = "Examples/shandong/weifang-diesel-engine.yaml"
        expectSnapshot(try Self.transcript(["score", "--explain", file]), named: "score-explain-zh.txt")
        expectSnapshot(try Self.transcript(["score", "--explain", "--lang", "en", file]), named: "score-explain-en.txt")
    }

    @Test("report: HTML and Markdown of every example", arguments: ["html", "markdown"])
    func report(format: String) throws {
        let ending = format == "html" ? "html" : "md"
        for example in Self.examples {
            let name = URL(fileURLWithPath: example).deletingPathExtension().lastPathComponent
            let result = try CommandRunner.run(["report", example, "--format", format], environment: Self.environment, in: Self.root)
            #expect(result.status == 0, "\(result.stderr)")
            expectSnapshot(result.stdout, named: "report-\(name).\(ending)")
        }
    }

    @Test("report JSON: the result object of score --format json, one per file")
    func reportJSON() throws {
        let example = "Examples/shandong/weifang-diesel-engine.yaml"
        let report = try CommandRunner.run(["report", example, "--format", "json"], environment: Self.environment, in: Self.root)
        #expect(report.status == 0, "\(report.stderr)")
        expectSnapshot(report.stdout, named: "report-weifang-diesel-engine.json")
        let score = try CommandRunner.run(["score", example, "--format", "json"], environment: Self.environment, in: Self.root)
        #expect(report.stdout == score.stdout, "the same object as the score's JSON line")
    }

    @Test("report in English", arguments: ["html", "markdown"])
    func reportEnglish(format: String) throws {
        let result = try CommandRunner.run(["report", "Examples/shandong/weifang-diesel-engine.yaml", "--format", format, "--lang", "en"],
                                           environment: Self.environment, in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        expectSnapshot(result.stdout, named: "report-weifang-diesel-engine-en." + (format == "html" ? "html" : "md"))
    }

    @Test("report docx: the parts of one example's Word document; its document and styles as XML")
    func reportDocx() throws {
        let folder = try Self.scratch("docx")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("report.docx").path
        let result = try CommandRunner.run(["report", "Examples/shandong/weifang-diesel-engine.yaml", "-o", file], environment: Self.environment, in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        let entries = archive.map { $0 }
        expectSnapshot(entries.map(\.path).joined(separator: "\n") + "\n", named: "report-weifang-diesel-engine.docx-parts.txt")
        for entry in entries where ["word/document.xml", "word/styles.xml"].contains(entry.path) {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            expectSnapshot(data, named: "report-weifang-diesel-engine.docx-" + entry.path.replacingOccurrences(of: "/", with: "_"))
        }
    }

    @Test("rank: the six documents and the summary line, for the examples and a spreadsheet; the workbook by its XML parts")
    func rank() throws {
        let folder = try Self.scratch("rank")
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["rank", "Examples/shandong", "Tests/Fixtures/sheets/applicants.xlsx", "--out", out,
                                            "--quota", "2", "--quota-by", "city"], environment: Self.environment, in: Self.root)
        #expect(result.status == 0, "\(result.stderr)")
        expectSnapshot(result.stdout.replacingOccurrences(of: out, with: "OUT"), named: "rank-stdout.txt")
        for file in ["ranking.csv", "ranking.json", "ranking.md", "ranking.html", "rejected.csv"] {
            expectSnapshot(try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent(file)), named: "rank-" + file)
        }
        let archive = try Archive(url: URL(fileURLWithPath: out).appendingPathComponent("ranking.xlsx"), accessMode: .read)
        let entries = archive.map { $0 }.sorted { $0.path < $1.path }
        expectSnapshot(entries.map(\.path).joined(separator: "\n") + "\n", named: "rank-ranking.xlsx-parts.txt")
        for entry in entries where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            expectSnapshot(data, named: "rank-ranking.xlsx-" + entry.path.replacingOccurrences(of: "/", with: "_"))
        }
    }

    @Test("diff: text, Markdown and JSON of last year's example against this year's", arguments: [
        ("diff.txt", ["--format", "text"]),
        ("diff-en.txt", ["--format", "text", "--lang", "en"]),
        ("diff.md", ["--format", "markdown"]),
        ("diff.json", ["--format", "json"]),
    ])
    func diff(name: String, arguments: [String]) throws {
        expectSnapshot(try Self.transcript(["diff", "Examples/shandong/linyi-fasteners.yaml", Self.nextYear] + arguments), named: name)
    }

    @Test("rubric-doc: both shipped rubrics, HTML and Markdown", arguments: ["shandong-smart-factory", "miit-smart-factory"])
    func rubricDoc(rubric: String) throws {
        for (format, ending) in [("html", "html"), ("markdown", "md")] {
            let result = try CommandRunner.run(["rubric-doc", rubric, "--format", format], environment: Self.environment, in: Self.root)
            #expect(result.status == 0, "\(result.stderr)")
            expectSnapshot(result.stdout, named: "rubric-doc-\(rubric).\(ending)")
        }
    }

    @Test("template: YAML, CSV, and the XLSX by its XML parts")
    func template() throws {
        expectSnapshot(try Self.transcript(["template", "--format", "yaml"]), named: "template.yaml")
        expectSnapshot(try Self.transcript(["template", "--format", "csv"]), named: "template.csv")
        let folder = try Self.scratch("template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CommandRunner.run(["template", "--format", "xlsx", "-o", "questionnaire.xlsx"], environment: Self.environment, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        expectSnapshot(result.stdout + result.stderr, named: "template-xlsx-stdout.txt")
        let archive = try Archive(url: folder.appendingPathComponent("questionnaire.xlsx"), accessMode: .read)
        let entries = archive.map { $0 }.sorted { $0.path < $1.path }
        expectSnapshot(entries.map(\.path).joined(separator: "\n") + "\n", named: "template-xlsx-parts.txt")
        for entry in entries where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            expectSnapshot(data, named: "template-xlsx-" + entry.path.replacingOccurrences(of: "/", with: "_"))
        }
    }

    @Test("check: the transcript of a scripted session (help, an invalid entry, back, N/A, full-width digits, a fraction confirmed, skip and review, to the end)")
    func check() throws {
        let folder = try Self.scratch("check")
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try CheckCommandTests.lines(for: PackageRoot.path("Examples/shandong/weifang-diesel-engine.yaml"))
        // On the first indicator: ask for help, type something invalid; after the second,
        // go back once and keep the answer with Enter.
        let firstIndicator = lines.firstIndex { $0.count == 1 && Int($0[0]) != nil && $0 != lines[0] } ?? 6
        lines[firstIndicator] = ["?", "xyz"] + lines[firstIndicator]
        lines[firstIndicator + 1] += ["b", ""]
        // Issue 17: a full-width choice number, a percent typed as a fraction and
        // confirmed, and the last question skipped, then answered from the review screen.
        let fullWidth = try #require(lines.firstIndex { $0 == ["3"] && lines.firstIndex(of: $0)! > firstIndicator + 1 })
        lines[fullWidth] = ["３"]
        let percent = try #require(lines.firstIndex { $0.first?.hasSuffix("%") == true })
        let value = try #require(Double(lines[percent][0].dropLast()))
        lines[percent] = [String(value / 100), "y", ""]
        lines[lines.count - 1] = ["s", ""] + lines[lines.count - 1]
        let input = lines.flatMap { $0 }.joined(separator: "\n") + "\n"
        let transcript = try Self.transcript(["check", "-o", "answers.yaml"], input: input, in: folder)
        expectSnapshot(transcript, named: "check-transcript.txt")
        expectSnapshot(try Data(contentsOf: folder.appendingPathComponent("answers.yaml")), named: "check-answers.yaml")
    }

    @Test("help: the top-level usage and every subcommand's --help")
    func help() throws {
        var text = try Self.transcript(["--help"])
        for command in ["score", "validate", "rubrics", "report", "rubric-doc", "rank", "expr", "check", "template", "import", "diff"] {
            text += "\n=== zhizao \(command) --help\n" + (try Self.transcript([command, "--help"]))
        }
        expectSnapshot(text, named: "help.txt")
    }
}
