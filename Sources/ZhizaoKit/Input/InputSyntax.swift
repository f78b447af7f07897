/// How an input file is written: a `.json` file is strict JSON (SPEC §2), anything else YAML.
public enum InputSyntax: Sendable, Equatable {
    case yaml
    case json

    /// From the file name's ending (any case).
    public init(path: String) {
        self = path.lowercased().hasSuffix(".json") ? .json : .yaml
    }
}
