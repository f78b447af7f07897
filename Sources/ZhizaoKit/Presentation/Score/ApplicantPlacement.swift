import Mustache

/// Where an applicant stands in a `rank` batch, as its report says it (`rank --reports`,
/// SPEC §4): its list, rank, group, quota and status as label/value lines, and why, in words.
/// Built by the ranking view, which knows the batch; the report only shows it.
public struct ApplicantPlacement: Sendable {
    public struct Line: Sendable {
        public let label: String
        public let value: String

        public init(label: String, value: String) {
            self.label = label
            self.value = value
        }
    }

    public let lines: [Line]
    public let why: [String]

    public init(lines: [Line], why: [String]) {
        self.lines = lines
        self.why = why
    }
}

extension ApplicantPlacement.Line: MustacheParent {
    public func child(named name: String) -> Any? { name == "label" ? label : (name == "value" ? value : nil) }
}
