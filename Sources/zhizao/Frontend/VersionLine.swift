import ZhizaoBuildInfo
import ZhizaoKit

/// What `zhizao --version` prints: the version, and the commit the binary was built from when
/// the build named one — `zhizao 0.1.0 (abc1234)` from scripts/package.sh, `zhizao 0.1.0` from
/// a plain `swift build`.
enum VersionLine {
    static var text: String {
        let commit = String(cString: zhizao_build_commit())
        return commit.isEmpty ? "zhizao \(ZhizaoVersion.current)" : "zhizao \(ZhizaoVersion.current) (\(commit))"
    }
}
