/// The result object of SPEC §4 on one line: a line of `score --format json` (JSON Lines),
/// and the whole of `report --format json`.
public struct ScoreJSONWriter: ScoreWriter {
    public init() {}

    public func write(_ view: ScoreView) -> String {
        ResultJSON.value(view.result, language: view.messageLanguage, version: view.stamp.version).serialized() + "\n"
    }
}
