/// The order sources are listed in: by file, then by row as a number, so `a.csv:9` comes
/// before `a.csv:10` (a plain string sort would put row 10 first).
public enum SourceOrder {
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let (x, y) = (split(a), split(b))
        if x.base != y.base { return x.base < y.base }
        if x.row != y.row { return (x.row ?? -1) < (y.row ?? -1) }
        return a < b
    }

    /// `file:Sheet1:7` → (`file:Sheet1`, 7); `file.yaml` → (`file.yaml`, nil).
    static func split(_ source: String) -> (base: Substring, row: Int?) {
        guard let colon = source.lastIndex(of: ":"), let row = Int(source[source.index(after: colon)...]) else { return (source[...], nil) }
        return (source[..<colon], row)
    }
}
