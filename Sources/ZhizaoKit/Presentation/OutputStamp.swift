/// The values an output shows that are not in its input: the date and the tool's version.
/// The caller decides them (the command line: today or `SOURCE_DATE_EPOCH`, and the built
/// version), so tests inject fixed ones and the same input gives the same bytes.
public struct OutputStamp: Sendable, Equatable {
    public let date: String
    public let version: String

    public init(date: String, version: String = ZhizaoVersion.current) {
        self.date = date
        self.version = version
    }

    /// Today's date (or `SOURCE_DATE_EPOCH`'s) and this build's version.
    public static func current() -> OutputStamp { OutputStamp(date: ReportDate.current()) }
}
