/// One node of a YAML document as written: scalars keep their text and style (typing is
/// left to `CoreSchemaScalar`), mappings keep their pairs in document order.
///
/// A class, so that every use of an alias shares the anchored node instead of copying it.
public final class YAMLNode: Sendable {
    public enum ScalarStyle: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public let kind: Kind
    /// Where the node starts (its anchor or tag, if it has one).
    public let position: SourcePosition
    /// The explicit tag, resolved to its full form (`!!str` is `tag:yaml.org,2002:str`);
    /// nil when none was written. The reader refuses any tag outside the core schema and any
    /// core tag its node does not fit; `coreValue` honours the rest.
    public let tag: String?

    init(_ kind: Kind, _ position: SourcePosition, tag: String? = nil) {
        self.kind = kind
        self.position = position
        self.tag = tag
    }
}

/// A key and its value in a mapping. Keys are always scalars (the reader refuses others).
public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode
}
