import Foundation
import Testing
import ZhizaoTestSupport

/// SPEC §2: text that reaches a terminal never carries control or escape characters from an
/// input; they are shown escaped (`\u001b`). Files keep the text, each escaped for its format.
@Suite("Escape characters from an input never reach the terminal")
struct TerminalEscapeTests {
    /// A name that would clear the screen, hide itself right to left, and act as a formula,
    /// markup and Markdown: every writer has something to escape in it.
    static let hostileName = "=1+1 <b>粗</b> *x*|y \u{1B}[2J\u{1B}]0;title\u{07}\u{202E}abc\u{9B}31m"
    static let shownName = "=1+1 <b>粗</b> *x*|y \\u001b[2J\\u001b]0;title\\u0007\\u202eabc\\u009b31m"

    /// The Weifang sample with the hostile name (written as YAML escapes), in a fresh folder.
    static func hostileAssessment() throws -> (folder: URL, path: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-escape-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = try String(contentsOf: PackageRoot.url.appendingPathComponent("Examples/sample/weifang-engine.yaml"), encoding: .utf8)
        let yamlName = "\"=1+1 <b>粗</b> *x*|y \\e[2J\\e]0;title\\a\\u202Eabc\\x9B31m\""
        let text = sample.replacingOccurrences(of: "name: 潍坊示例动力机械有限公司", with: "name: " + yamlName)
        #expect(text != sample)
        let path = folder.appendingPathComponent("hostile.yaml").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (folder, path)
    }

    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test("score --format text and --explain show the name escaped, on one line")
    func scoreText() throws {
        let (folder, path) = try Self.hostileAssessment()
        defer { try? FileManager.default.removeItem(at: folder) }
        for extra in [[], ["--explain"]] {
            let result = try CommandRunner.run(["score", path, "--format", "text", "--lang", "en"] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!Self.hasControl(result.stdout), "\(result.stdout)")
            #expect(result.stdout.hasPrefix(Self.shownName + "（"), "\(result.stdout.prefix(200))")
        }
    }

    @Test("an error message that quotes an input value shows it escaped")
    func errorMessage() throws {
        let (folder, path) = try Self.hostileAssessment()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "prod_mes: full", with: "prod_mes: \"fu\\e[2Jll\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        for command in ["score", "validate"] {
            let result = try CommandRunner.run([command, path, "--lang", "en"])
            #expect(result.status != 0)
            #expect(!Self.hasControl(result.stderr), "\(result.stderr)")
            #expect(result.stderr.contains("fu\\u001b[2Jll"), "\(result.stderr)")
        }
    }

    @Test("the reports and the ranking keep the name, each escaped for its format")
    func documents() throws {
        let (folder, path) = try Self.hostileAssessment()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("r.html").path
        let markdown = folder.appendingPathComponent("r.md").path
        for output in [html, markdown] {
            let result = try CommandRunner.run(["report", path, "-o", output, "--lang", "en"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        // HTML: markup escaped; a browser shows the control characters as nothing.
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("=1+1 &lt;b&gt;粗&lt;/b&gt; *x*|y \u{1B}[2J"))
        #expect(!page.contains("<b>粗</b>"))
        // Markdown: what Markdown would read is backslash-escaped, control characters are
        // written as \u001b (a Markdown file is often read in a terminal).
        let md = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(md.hasPrefix("# Smart-factory assessment report: \\=1+1 \\<b>粗\\</b> \\*x\\*\\|y \\u001b\\[2J\\u001b\\]0;title\\u0007\\u202eabc\\u009b31m\n"), "\(md.prefix(300))")
        #expect(!Self.hasControl(md))

        let out = folder.appendingPathComponent("out").path
        let ranked = try CommandRunner.run(["rank", path, "--out", out, "--lang", "en"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        #expect(!Self.hasControl(ranked.stdout + ranked.stderr))
        // CSV: a formula is neutralised with a leading '; the text is kept as data.
        let csv = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out + "/ranking.csv")), as: UTF8.self)
        #expect(csv.contains("'=1+1 <b>粗</b> *x*|y \u{1B}[2J"), "\(csv.prefix(400))")
        // XLSX: XML cannot hold C0 control characters, so they are dropped; markup is text.
        let book = try RankingXLSXTests.Book.read(out + "/ranking.xlsx")
        let texts = book.sheets.flatMap(\.rows).flatMap { $0 }.compactMap(\.text)
        #expect(texts.contains("=1+1 <b>粗</b> *x*|y [2J]0;title\u{202E}abc\u{9B}31m"), "\(texts.prefix(30))")
    }
}
