/// Renders values as text: as CEL literals (what `zhizao expr` prints, and what error
/// messages quote) and as CEL's `string()` conversion does.
public enum CELValueFormatter {
    /// The value written as a CEL literal, e.g. `"潍坊"`, `3u`, `[1, 2.5]`, `{"a": true}`.
    public static func literal(_ value: CELValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .uint(let u): return "\(u)u"
        case .double(let d): return doubleLiteral(d)
        case .string(let s): return quoted(s)
        case .list(let elements): return "[" + elements.map(literal).joined(separator: ", ") + "]"
        case .map(let map):
            let entries = map.entries.map { key, value in "\(literal(key.value)): \(literal(value))" }
            return "{" + entries.joined(separator: ", ") + "}"
        }
    }

    /// A double in its shortest round-trip form, always recognisable as a double (`1.0`).
    static func doubleLiteral(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        return String(d)  // Swift prints the shortest form that reads back exactly: 1.0, 0.1, 1e-05
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `string(double)`: CEL implementations print doubles like Go's `%g` with the shortest
    /// precision — plain decimals for exponents from -4 to 5, else `1e+06` notation.
    public static func goStyle(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Inf" : "+Inf" }
        if d == 0 { return d.sign == .minus ? "-0" : "0" }
        let (negative, digits, pointPosition) = shortestDigits(d)
        let sign = negative ? "-" : ""
        let exponent = pointPosition - 1
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let magnitude = String(abs(exponent)).leftPadded(to: 2)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + magnitude
        }
        if pointPosition <= 0 {
            return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
        }
        if pointPosition >= digits.count {
            return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
        }
        let split = digits.index(digits.startIndex, offsetBy: pointPosition)
        return sign + digits[..<split] + "." + digits[split...]
    }

    /// The shortest decimal digits that round-trip `d` (no leading or trailing zeros), and
    /// where the decimal point goes: value = 0.DIGITS × 10^pointPosition.
    private static func shortestDigits(_ d: Double) -> (negative: Bool, digits: String, pointPosition: Int) {
        var text = String(d.magnitude)  // e.g. "0.0045", "1.2345e+20", "123456.0"
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let integerPart = text[..<point]
        let fractionPart = point < text.endIndex ? text[text.index(after: point)...] : ""
        var digits = String(integerPart + fractionPart)
        var pointPosition = integerPart.count + exponent
        while digits.hasPrefix("0") && digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
        return (d.sign == .minus, digits, pointPosition)
    }
}
