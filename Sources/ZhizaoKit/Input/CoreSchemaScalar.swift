/// The meaning of a plain (unquoted) YAML scalar under the YAML 1.2 core schema, which
/// SPEC §2 prescribes: only `true`/`false` (and their capitalised forms) are booleans —
/// `yes`, `no`, `on` and `off` stay strings — and dates stay strings.
enum CoreSchemaScalar: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// An integer beyond int64 (kept exact for uint use or a precise error).
    case bigInteger(String)
    case double(Double)
    case string(String)

    init(plain text: String) {
        switch text {
        case "", "~", "null", "Null", "NULL": self = .null; return
        case "true", "True", "TRUE": self = .bool(true); return
        case "false", "False", "FALSE": self = .bool(false); return
        case ".nan", ".NaN", ".NAN": self = .double(.nan); return
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": self = .double(.infinity); return
        case "-.inf", "-.Inf", "-.INF": self = .double(-.infinity); return
        default: break
        }
        let scalars = Array(text.unicodeScalars)
        if let value = CoreSchemaScalar.integer(scalars) {
            self = value
        } else if CoreSchemaScalar.isFloat(scalars), let d = Double(text) {
            self = .double(d)
        } else {
            self = .string(text)
        }
    }

    /// `[-+]?[0-9]+ | 0o[0-7]+ | 0x[0-9a-fA-F]+`
    private static func integer(_ s: [Unicode.Scalar]) -> CoreSchemaScalar? {
        let text = String(String.UnicodeScalarView(s))
        if s.count > 2, s[0] == "0", s[1] == "o" || s[1] == "x" {
            let digits = String(text.dropFirst(2))
            let radix = s[1] == "o" ? 8 : 16
            guard digits.unicodeScalars.allSatisfy({ radix == 8 ? ("0"..."7").contains($0) : $0.properties.isASCIIHexDigit }) else { return nil }
            if let value = Int64(digits, radix: radix) { return .int(value) }
            return .bigInteger(text)
        }
        var index = 0
        if let first = s.first, first == "-" || first == "+" { index = 1 }
        guard index < s.count, s[index...].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        let unsigned = s[0] == "+" ? String(text.dropFirst()) : text
        if let value = Int64(unsigned) { return .int(value) }
        return .bigInteger(unsigned)
    }

    /// `[-+]?[0-9]+`: an integer written in decimal (what `!!float` accepts besides floats).
    static func isDecimal(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isFloat(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        func digits() -> Int {
            let start = i
            while i < s.count, ("0"..."9").contains(s[i]) { i += 1 }
            return i - start
        }
        if i < s.count, s[i] == "-" || s[i] == "+" { i += 1 }
        if i < s.count, s[i] == "." {
            i += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if i < s.count, s[i] == "." {
                i += 1
                _ = digits()
            }
        }
        if i < s.count, s[i] == "e" || s[i] == "E" {
            i += 1
            if i < s.count, s[i] == "-" || s[i] == "+" { i += 1 }
            guard digits() > 0 else { return false }
        }
        return i == s.count
    }
}
