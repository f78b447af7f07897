import Foundation
import ZhizaoTestSupport
import Testing

// Issue 4, "done when": `zhizao validate Rubrics/*` is clean, and lists the provisional
// conditions (and those resting on secondary sources) at their lines.

@Suite("zhizao validate on the shipped rubrics")
struct RubricValidationTests {
    static let root = PackageRoot.url

    /// What the shell makes of `Rubrics/*`: every entry, folders included.
    static func rubricsGlob() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Rubrics").path)
            .filter { !$0.hasPrefix(".") }.sorted().map { root.appendingPathComponent("Rubrics/" + $0).path }
    }

    @Test("validate Rubrics/* exits 0 with no error or warning, and validates every rubric and part")
    func clean() throws {
        let result = try CommandRunner.run(["validate", "--lang", "en"] + Self.rubricsGlob())
        #expect(result.status == 0, "\(result.stderr)")
        let lines = (result.stdout + result.stderr).split(separator: "\n")
        #expect(!lines.contains { $0.contains(": error:") || $0.contains(": warning:") }, "\(lines)")
        for id in ["shandong-smart-factory", "miit-smart-factory", "sample-smart-factory"] {
            #expect(lines.contains { $0.contains(": valid rubric \(id) 2026.1") }, "\(id)")
        }
        for part in ["sources", "profile", "indicators", "metrics"] {
            #expect(lines.contains { $0.hasSuffix("Rubrics/parts/\(part).yaml: rubric part") }, "\(part)")
        }
    }

    @Test("validate lists every provisional condition of the Shandong rubric at its line, and the secondary-source ones")
    func provisionalListed() throws {
        let file = Self.root.appendingPathComponent("Rubrics/shandong-smart-factory.yaml").path
        let result = try CommandRunner.run(["validate", "--lang", "en", file])
        #expect(result.status == 0)
        let notes = result.stderr.split(separator: "\n").filter { $0.contains(": note: ") }
        let provisional = notes.filter { $0.contains("provisional") }
        // Two 晨星 gates and twelve tier thresholds.
        #expect(provisional.count == 14, "\(provisional)")
        #expect(result.stdout.contains("14 provisional"))
        for id in ["morning_star.total_60", "morning_star.scenarios_10", "excellence.total_75", "pilot.total_88", "no_major_accident"] {
            #expect(provisional.contains { $0.contains(id) }, "\(id)")
        }
        // Each note points into the rubric file, at the expression.
        for note in provisional {
            #expect(note.range(of: #"shandong-smart-factory\.yaml:\d+:\d+: note: "#, options: .regularExpression) != nil, "\(note)")
        }
        let secondary = notes.filter { $0.contains("secondary source ai-share-2025") }
        #expect(secondary.count == 2, "the two AI-share floors")
    }
}
