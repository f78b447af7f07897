import Foundation

/// The date a report shows. `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
/// convention) fixes it, so the same input renders byte-identical reports in tests and
/// archives; otherwise it is today, in the machine's time zone.
public enum ReportDate {
    public static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        var calendar = Calendar(identifier: .gregorian)
        let date: Date
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            date = Date(timeIntervalSince1970: epoch)
            calendar.timeZone = TimeZone(identifier: "UTC")!
        } else {
            date = Date()
            calendar.timeZone = .current
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }
}
