/// `score --format json`: the result object of SPEC §4 on one line (JSON Lines).
public struct ScoreJSONWriter: ScoreWriter {
    public init() {}

    public func write(_ view: ScoreView) -> String {
        ResultJSON.value(view.result, language: view.messageLanguage, version: view.stamp.version).serialized() + "\n"
    }
}
