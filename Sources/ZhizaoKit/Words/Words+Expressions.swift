extension Words {
    /// `zhizao expr`: trying one expression.
    public enum Expressions {
        public static let variableSyntax = Phrase(zh: "变量应写成 名称=JSON，例如 total=63.5", en: "write a variable as name=JSON, e.g. total=63.5")

        public static func invalidVariableName(_ name: String) -> Phrase {
            Phrase(zh: "变量名 '\(name)' 无效（字母、数字、下划线，且不以数字开头）",
                   en: "invalid variable name '\(name)' (letters, digits and _, not starting with a digit)")
        }
    }
}
