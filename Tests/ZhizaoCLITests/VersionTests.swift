import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

/// `zhizao --version` names the version results carry, and the commit when the build named one
/// (scripts/package.sh passes it; scripts/package-test.sh checks that the packaged binary says it).
@Suite("--version")
struct VersionTests {
    @Test("--version prints zhizao, the version results carry and, if the build named it, the commit")
    func versionLine() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let line = result.stdout.trimmingCharacters(in: .newlines)
        let prefix = "zhizao \(ZhizaoVersion.current)"
        // A plain build names no commit; a packaged one adds " (abc1234)" or " (abc1234-dirty)".
        let commit = try Regex(#" \([0-9a-f]{7,40}(-dirty)?\)"#)
        #expect(line == prefix || (line.hasPrefix(prefix) && line.dropFirst(prefix.count).wholeMatch(of: commit) != nil), "\(line)")
    }
}
