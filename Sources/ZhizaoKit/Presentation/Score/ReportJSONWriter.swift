/// `report --format json`: the machine-readable report, the result object of SPEC §4.
public struct ReportJSONWriter: ScoreWriter {
    public init() {}

    public func write(_ view: ScoreView) -> String {
        ResultJSON.value(view.result, language: view.messageLanguage, version: view.stamp.version).serialized() + "\n"
    }
}
