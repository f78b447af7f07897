/// The names of the input limits (`YAMLLimits`), as `--limit NAME=VALUE` sets them and as
/// a refusal names the one it hit. Sizes are in MB.
public enum InputLimit: String, CaseIterable, Sendable {
    case fileMB = "file-mb"
    case yamlNodes = "yaml-nodes"
    case yamlDepth = "yaml-depth"
    case yamlAliases = "yaml-aliases"
    case sheetMB = "sheet-mb"
    case xlsxPartMB = "xlsx-part-mb"
    case sharedStrings = "shared-strings"
    case sharedStringsMB = "shared-strings-mb"
    case sheetCells = "sheet-cells"

    private static let megabyte = 1024 * 1024

    /// Every limit's name, space-separated, for help and for a misspelt name.
    public static let names = allCases.map(\.rawValue).joined(separator: " ")

    /// The limit's value in `limits`, in its unit (MB for sizes).
    public func value(in limits: YAMLLimits) -> Int {
        switch self {
        case .fileMB: return limits.maxBytes / Self.megabyte
        case .yamlNodes: return limits.maxNodes
        case .yamlDepth: return limits.maxDepth
        case .yamlAliases: return limits.maxAliases
        case .sheetMB: return limits.maxSheetBytes / Self.megabyte
        case .xlsxPartMB: return limits.maxPartBytes / Self.megabyte
        case .sharedStrings: return limits.maxSharedStrings
        case .sharedStringsMB: return limits.maxSharedStringBytes / Self.megabyte
        case .sheetCells: return limits.maxSheetCells
        }
    }

    /// Sets the limit to `value` (in its unit), capped at 2^30 (a size at 2^30 MB): far past
    /// any machine, and far enough below `Int.max` that the readers' `limit + 1` and
    /// `limit + limit / 8192` never overflow.
    public func set(_ value: Int, in limits: inout YAMLLimits) {
        let value = min(value, 1 << 30)
        let size = value * Self.megabyte
        switch self {
        case .fileMB: limits.maxBytes = size
        case .yamlNodes: limits.maxNodes = value
        case .yamlDepth: limits.maxDepth = value
        case .yamlAliases: limits.maxAliases = value
        case .sheetMB: limits.maxSheetBytes = size
        case .xlsxPartMB: limits.maxPartBytes = size
        case .sharedStrings: limits.maxSharedStrings = value
        case .sharedStringsMB: limits.maxSharedStringBytes = size
        case .sheetCells: limits.maxSheetCells = value
        }
    }

    /// `--limit xlsx-part-mb=128`: the option that doubles the limit, for a message.
    public func raised(from limits: YAMLLimits) -> String {
        let current = value(in: limits)
        return "--limit \(rawValue)=\(current > Int.max / 2 ? current : current * 2)"
    }
}
