/// Text for the XML parts of Office Open XML files (the XLSX workbooks, the DOCX report):
/// `Markup.html`'s escapes, plus line breaks and tabs as references (an attribute would turn
/// them into spaces); characters XML 1.0 cannot hold at all (control characters other than
/// tab and line feed, U+FFFE, U+FFFF) are dropped, so no input makes a part invalid.
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        append(text, to: &result)
        return result
    }

    /// `escape(text)`, appended to `result` in one pass.
    static func append(_ text: String, to result: inout String) {
        // Most text needs nothing: a control character, one of `&<>"'` or U+FFFE/U+FFFF
        // (EF BF BE/BF in UTF-8) sends it the long way.
        var plain = true
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                plain = false
            case 0xBE where previous == (0xEF, 0xBF), 0xBF where previous == (0xEF, 0xBF):
                plain = false
            default:
                break
            }
            if !plain { break }
            previous = (previous.1, byte)
        }
        if plain {
            result += text
            return
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": scalars.append(contentsOf: "&amp;".unicodeScalars)
            case "<": scalars.append(contentsOf: "&lt;".unicodeScalars)
            case ">": scalars.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": scalars.append(contentsOf: "&quot;".unicodeScalars)
            case "'": scalars.append(contentsOf: "&#39;".unicodeScalars)
            case "\n": scalars.append(contentsOf: "&#10;".unicodeScalars)
            case "\t": scalars.append(contentsOf: "&#9;".unicodeScalars)
            default:
                // Characters XML 1.0 cannot hold at all are dropped.
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { scalars.append(scalar) }
            }
        }
        result += String(scalars)
    }
}
