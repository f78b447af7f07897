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
    /// An array whose elements are made one at a time as it is written: a ranking of
    /// 100,000 rows streams to its file without ever existing whole.
    case generated(count: Int, element: @Sendable (Int) -> JSONValue)

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

    /// Compact, one line, streamed into `out` (a file, say).
    public func write<Out: TextOutputStream>(to out: inout Out) {
        switch self {
        case .null: out.write("null")
        case .bool(let b): out.write(b ? "true" : "false")
        case .number(let n): out.write(n)
        case .raw(let text): out.write(text)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            out.write("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.write(",") }
                item.write(to: &out)
            }
            out.write("]")
        case .generated(let count, let element):
            out.write("[")
            for i in 0..<count {
                if i > 0 { out.write(",") }
                element(i).write(to: &out)
            }
            out.write("]")
        case .object(let pairs):
            out.write("{")
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out.write(",") }
                JSONValue.escape(key, into: &out)
                out.write(":")
                value.write(to: &out)
            }
            out.write("}")
        }
    }

    /// A JSON string literal; most strings need no escape and are written as they are.
    static func escape<Out: TextOutputStream>(_ s: String, into out: inout Out) {
        // Bytes that may need an escape: controls, `"`, `\`, and 0xE2 (which starts U+2028/9).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            out.write("\"")
            out.write(s)
            out.write("\"")
            return
        }
        var text = ""
        escapeScalars(s, into: &text)
        out.write(text)
    }

    private static func escapeScalars(_ s: String, into out: inout String) {
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
