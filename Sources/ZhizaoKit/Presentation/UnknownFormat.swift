/// A format id no writer has: `--format pdf` for a report. Every registry of writers
/// (`ReportFormat`, `DiffFormat`, …) throws it instead of falling back to another format.
public struct UnknownFormat: Error, Sendable, Equatable {
    public let requested: String
    public let supported: [String]

    public init(requested: String, supported: [String]) {
        self.requested = requested
        self.supported = supported
    }

    public var message: Phrase { Words.Formats.unknown(requested, supported: supported) }
}

/// A closed set of output formats, each named by the id `--format` takes.
public protocol FormatRegistry: RawRepresentable<String>, CaseIterable, Sendable {}

extension FormatRegistry {
    /// The format `id` names; an unknown id is an error that lists the known ones.
    public static func named(_ id: String) throws(UnknownFormat) -> Self {
        guard let format = Self(rawValue: id) else {
            throw UnknownFormat(requested: id, supported: allCases.map(\.rawValue))
        }
        return format
    }

    /// `html | markdown | json`, for help texts.
    public static var listed: String { allCases.map(\.rawValue).joined(separator: " | ") }
}
