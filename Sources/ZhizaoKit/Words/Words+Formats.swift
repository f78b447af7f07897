extension Words {
    /// Output formats.
    public enum Formats {
        public static func unknown(_ requested: String, supported: [String]) -> Phrase {
            let list = supported.joined(separator: " | ")
            return Phrase(zh: "没有“\(requested)”这种输出格式；可用：\(list)",
                          en: "no output format '\(requested)'; choose one of: \(list)")
        }
    }
}
