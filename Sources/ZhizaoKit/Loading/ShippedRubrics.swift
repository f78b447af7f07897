import Foundation

/// The rubrics built into the binary from `Rubrics/` (top-level `*.yaml` files; files in
/// subfolders are parts they include).
public enum ShippedRubrics {
    /// The rubric used when neither `--rubric` nor the assessment names one.
    public static let defaultID = "shandong-smart-factory"

    /// Paths such as `Rubrics/sample-smart-factory.yaml`, sorted.
    public static var paths: [String] {
        EmbeddedFiles.contents.keys.filter { path in
            path.hasPrefix("Rubrics/") && path.hasSuffix(".yaml") && path.dropFirst("Rubrics/".count).contains("/") == false
        }.sorted()
    }

    public static let files = EmbeddedFileSource()

    /// Loads every shipped rubric (they are few and small).
    public static func loadAll() -> [(path: String, result: RubricLoadResult)] {
        paths.map { ($0, RubricLoader(files: files).load($0)) }
    }
}

/// Reads the files built into the binary.
public struct EmbeddedFileSource: RubricFileSource {
    public func read(_ path: String) throws(InputError) -> [UInt8] {
        guard let encoded = EmbeddedFiles.contents[path], let data = Data(base64Encoded: encoded) else {
            throw InputError(line: 1, column: 1, Words.Loading.noBuiltInFile(path))
        }
        return [UInt8](data)
    }
}
