/// What `zhizao score --format` chooses from.
public enum ScoreFormat: String, FormatRegistry {
    case text
    /// JSON Lines: one result object (SPEC §4) per line.
    case json

    public func writer(explain: Bool) -> any ScoreWriter {
        switch self {
        case .text: return ScoreTextWriter(explain: explain)
        case .json: return ScoreJSONWriter()
        }
    }
}
