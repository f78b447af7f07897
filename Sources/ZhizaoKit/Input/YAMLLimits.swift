/// Bounds on what the reader accepts, so that a hostile file costs a bounded amount of
/// time and memory.
public struct YAMLLimits: Sendable, Equatable {
    /// Input size in bytes, checked before anything else is done.
    public var maxBytes = 10 * 1024 * 1024
    /// Nodes in the tree, counting every node an alias stands for at its full size, so an
    /// "alias bomb" is stopped however the aliases are nested.
    public var maxNodes = 200_000
    /// Nesting of sequences and mappings, including nesting reached through aliases, so
    /// code that walks the tree recursively is safe.
    public var maxDepth = 100
    /// Number of alias uses (`*name`).
    public var maxAliases = 1_000
    /// A CSV file, or an XLSX part once inflated. A sheet holds many assessments (SPEC §2:
    /// "a sheet may be large"), so its cap is far above one file's; each row is still one
    /// assessment with every rule of a file.
    public var maxSheetBytes = 512 * 1024 * 1024

    public init() {}
}
