/// Bounds on what the readers accept, so that a hostile file costs a bounded amount of
/// time and memory. Each has a name (`InputLimit`) by which `--limit NAME=VALUE` sets it.
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
    /// A CSV or XLSX file. A sheet holds many assessments (SPEC §2: "a sheet may be large"),
    /// so its cap is far above one file's; each row is still one assessment with every rule
    /// of a file.
    public var maxSheetBytes = 512 * 1024 * 1024
    /// One part of an XLSX file once inflated (a sheet, the shared strings, …). Parts are
    /// inflated as a stream and refused as soon as they pass it, so a zip bomb costs this much
    /// at most. 10,000 applicants of 60 answers take about 25 MB.
    public var maxPartBytes = 64 * 1024 * 1024
    /// Entries in an XLSX file's shared-strings table.
    public var maxSharedStrings = 1_000_000
    /// Text in an XLSX file's shared-strings table, in UTF-8 bytes; and again the text a
    /// sheet's cells take from it, each use counted, so that one long string in every cell
    /// cannot multiply the work.
    public var maxSharedStringBytes = 64 * 1024 * 1024
    /// Cells a sheet holds, counting the empty ones before a row's last cell (a single cell
    /// in column XFD stands for 16,384).
    public var maxSheetCells = 2_000_000

    public init() {}
}
