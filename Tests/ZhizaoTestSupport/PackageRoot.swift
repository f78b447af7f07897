import Foundation

/// The folder holding Package.swift, found from this file's place in the tree, so tests
/// read the shipped rubrics, examples and fixtures wherever the clone is.
public enum PackageRoot {
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ZhizaoTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// A path below the package root.
    public static func path(_ relative: String) -> String {
        url.appendingPathComponent(relative).path
    }
}
