import Foundation
import ZhizaoCEL

/// A JSON value whose objects keep their key order, so output is byte-identical run to run.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// Written as given: numbers are formatted by whoever knows their precision.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// Already-serialized JSON, written as is: lets a large document be built a part at a
    /// time instead of as one tree (a ranking of 100,000 rows).
    case raw(String)

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }

    public static func double(_ d: Double) -> JSONValue {
        guard d.isFinite else { return .null }
        if d == d.rounded(), abs(d) < 1e15 { return .number(String(format: "%.1f", d)) }
        return .number("\(d)")
    }

    public static func decimal(_ value: ExactNumber, places: Int) -> JSONValue { .number(value.decimalString(places: places)) }

    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// Compact, one line (for JSON Lines).
    public func serialized() -> String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n
        case .raw(let text): out += text
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                item.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSONValue.escape(key, into: &out)
                out += ":"
                value.write(to: &out)
            }
            out += "}"
        }
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // U+2028/2029 are valid JSON but break JavaScript embedding; escape them too.
            case "\u{2028}", "\u{2029}": out += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A CEL value as JSON (maps become objects with their keys as text).
    public init(_ value: CELValue) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(String(i))
        case .uint(let u): self = .number(String(u))
        case .double(let d): self = d.isFinite ? .number("\(d)") : .string(CELValueFormatter.literal(value))
        case .string(let s): self = .string(s)
        case .list(let items): self = .array(items.map(JSONValue.init))
        case .map(let map):
            self = .object(map.entries.map { key, value in
                if case .string(let s) = key { return (s, JSONValue(value)) }
                return (CELValueFormatter.literal(key.value), JSONValue(value))
            })
        }
    }
}
