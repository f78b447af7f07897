import Foundation
import Testing
import ZhizaoTestSupport

/// `--limit NAME=VALUE` (issue 18) on `rank`, `import`, `score` and `report`: a sheet refused
/// at a limit is one reject that names the limit and the option; the option raises it; an
/// unknown name is a usage error.
@Suite("zhizao --limit")
struct LimitOptionTests {
    @Test("a workbook past the part limit is a reject naming --limit; raised, the cap no longer stops it")
    func raised() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-limit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("Benchmarks/Hostile/make_fixtures.py"), folder.path, "cells-bomb=200"])
        try #require(made.status == 0, "\(made.stderr)")
        let book = folder.appendingPathComponent("cells-bomb.xlsx").path
        let first = try CommandRunner.run(["rank", book, "--out", folder.appendingPathComponent("a").path, "--lang", "en"])
        #expect(first.stdout.contains("found 1, scored 0, rejected 1"), "\(first.stdout) \(first.stderr)")
        let rejected = try String(contentsOf: folder.appendingPathComponent("a/rejected.csv"), encoding: .utf8)
        #expect(rejected.contains("raise it with --limit sheet-cells=4000000"), "\(rejected)")
        let second = try CommandRunner.run(["rank", book, "--out", folder.appendingPathComponent("b").path, "--lang", "en",
                                            "--limit", "sheet-cells=4000000"])
        let again = try String(contentsOf: folder.appendingPathComponent("b/rejected.csv"), encoding: .utf8)
        #expect(!again.contains("sheet-cells"), "\(again) \(second.stderr)")
    }

    @Test("an unknown limit or a value that is no whole number is a usage error")
    func usage() throws {
        let unknown = try CommandRunner.run(["rank", "a.yaml", "--out", "x", "--limit", "xlsx-mb=1"], environment: ["COLUMNS": "80"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("""
            错误 Error: --limit：没有名为“xlsx-mb”的上限；可用：file-mb yaml-nodes
                        yaml-depth yaml-aliases sheet-mb xlsx-part-mb shared-strings
                        shared-strings-mb sheet-cells / no limit named 'xlsx-mb'; the

            """), "\(unknown.stderr)")
        let notNumber = try CommandRunner.run(["rank", "a.yaml", "--out", "x", "--limit", "sheet-cells=-5"], environment: ["COLUMNS": "80"])
        #expect(notNumber.status == 2)
        #expect(notNumber.stderr.hasPrefix("""
            错误 Error: --limit：“sheet-cells=-5”应写成 名称=正整数，如 xlsx-part-mb=128 /
                        'sheet-cells=-5' must be NAME=a whole number above 0, such as

            """), "\(notNumber.stderr)")
    }

    @Test("import refuses the same workbook naming --limit, which import takes too")
    func importRaised() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-limit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try ProcessRunner.run("/usr/bin/env", ["python3", PackageRoot.path("Benchmarks/Hostile/make_fixtures.py"), folder.path, "cells-bomb=200"])
        try #require(made.status == 0, "\(made.stderr)")
        let book = folder.appendingPathComponent("cells-bomb.xlsx").path
        let first = try CommandRunner.run(["import", book, "-o", folder.appendingPathComponent("a").path, "--lang", "en"])
        #expect(first.stderr.contains("raise it with --limit sheet-cells=4000000"), "\(first.stderr)")
        let second = try CommandRunner.run(["import", book, "-o", folder.appendingPathComponent("b").path, "--lang", "en",
                                            "--limit", "sheet-cells=4000000"])
        #expect(!second.stderr.contains("sheet-cells"), "\(second.stderr)")
    }

    @Test("score and report read the assessment within --limit: a depth of 2 refuses an example at its third level", arguments: ["score", "report"])
    func assessmentLimit(_ command: String) throws {
        let example = PackageRoot.path("Examples/shandong/binzhou-textiles.yaml")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-limit-\(UUID().uuidString).html").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let extra = command == "report" ? ["-o", out] : []
        let refused = try CommandRunner.run([command, example, "--lang", "en", "--limit", "yaml-depth=2"] + extra)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("binzhou-textiles.yaml:47:34: error: nesting too deep (limit 2 levels)"), "\(refused.stderr)")
        let read = try CommandRunner.run([command, example, "--lang", "en", "--limit", "yaml-depth=64"] + extra)
        #expect(read.status == 0, "\(read.stderr)")
    }
}
