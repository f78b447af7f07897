import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoCEL

/// Runs every upstream CEL conformance case in `CEL_CONFORMANCE_DIR` (default: the
/// project's sibling `shared/cel-conformance`), one test per file, and prints a line per
/// file: `basic: 32 passed, 0 failed`.
@Suite("CEL conformance")
struct ConformanceTests {
    /// Cases allowed to fail, each with the reason. The goal is none.
    static let skipped: [String: String] = [:]

    static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["CEL_CONFORMANCE_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        // The package root's sibling shared/.
        return PackageRoot.url.deletingLastPathComponent().appendingPathComponent("shared/cel-conformance")
    }

    static func files() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test("the conformance folder holds test files")
    func folderIsPresent() {
        #expect(!Self.files().isEmpty, "no *.json conformance files in \(Self.directory.path); set CEL_CONFORMANCE_DIR")
    }

    @Test("every case of the file passes", arguments: files())
    func conformanceFile(_ name: String) throws {
        let cases = try ConformanceCase.load(Self.directory.appendingPathComponent(name))
        #expect(!cases.isEmpty)
        var passed = 0
        var failed = 0
        var skipped = 0
        for testCase in cases {
            if Self.skipped[testCase.id] != nil {
                skipped += 1
                continue
            }
            if let failure = testCase.run() {
                failed += 1
                Issue.record("\(testCase.id): `\(testCase.expression)`: \(failure)")
            } else {
                passed += 1
            }
        }
        let stem = String(name.dropLast(".json".count))
        print("\(stem): \(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : ""))
    }
}
