import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small SAX readers for the workbook's parts. Each takes what it needs and nothing more;
/// element names are read without their namespace prefix (`x:row` is `row`), since some
/// writers prefix every element.
class XLSXPartParser: NSObject, XMLParserDelegate {
    private(set) var failure: String?
    /// Set by a parser when the part passes a limit: parsing stops at once, and this is the
    /// message the part is refused with.
    var refusal: Phrase?

    /// Parses `data`; false (with `failure` set) when it is not well-formed XML.
    func parse(_ data: Data) -> Bool {
        // Foundation's XMLParser on Linux traps on a name that is not UTF-8 (found by
        // fuzzing: an attribute `I\u{EF}d=`); a part without a UTF-16 byte-order mark must be
        // UTF-8 text (XML 1.0 §4.3.3), so anything else is refused before it is parsed.
        if !data.starts(with: [0xFE, 0xFF]) && !data.starts(with: [0xFF, 0xFE]), let offset = data.withUnsafeBytes({ SheetTextDecoder.firstInvalidUTF8($0.bindMemory(to: UInt8.self)) }) {
            failure = "invalid UTF-8 at byte \(offset + 1)"
            return false
        }
        // Fed as a stream, in chunks: given the data whole, Foundation pushes it to libxml2 in
        // one chunk, and libxml2 refuses a chunk past 10 MB ("Huge input lookup", reported as
        // NSXMLParserErrorDomain error 1), so a sheet of 4,000 applicants could not be read.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        if parser.parse() { return true }
        let line = parser.lineNumber
        failure = (parser.parserError?.localizedDescription ?? "XML") + " (line \(line))"
        return false
    }

    // The delegate methods live here and call these: on Linux, XMLParserDelegate's methods
    // are not dynamically dispatched, so a subclass's own implementation would never be
    // called through the base class's conformance.
    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func characters(_ string: String) {}

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        guard refusal == nil else { return }
        start(name, attributes)
        if refusal != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard refusal == nil else { return }
        end(name)
        if refusal != nil { parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard refusal == nil else { return }
        characters(string)
        if refusal != nil { parser.abortParsing() }
    }

    static func attribute(_ attributes: [String: String], _ name: String) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { $0.key.hasSuffix(":" + name) }?.value
    }
}

/// `_rels/*.rels`: relationship id → (type, target).
final class XLSXRelationshipsParser: XLSXPartParser {
    struct Relationship { let id: String; let type: String; let target: String }
    private(set) var relationships: [Relationship] = []

    override func start(_ name: String, _ attributes: [String: String]) {
        guard name == "Relationship", let id = Self.attribute(attributes, "Id"), let target = Self.attribute(attributes, "Target") else { return }
        relationships.append(Relationship(id: id, type: Self.attribute(attributes, "Type") ?? "", target: target))
    }
}

/// `xl/workbook.xml`: the sheets in tab order, and which date system the workbook uses.
final class XLSXWorkbookParser: XLSXPartParser {
    struct SheetEntry { let name: String; let relationship: String }
    private(set) var sheets: [SheetEntry] = []
    private(set) var uses1904 = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "sheet":
            if let sheetName = Self.attribute(attributes, "name"), let id = Self.attribute(attributes, "id") {
                sheets.append(SheetEntry(name: sheetName, relationship: id))
            }
        case "workbookPr":
            let value = Self.attribute(attributes, "date1904")
            uses1904 = value == "1" || value == "true"
        default: break
        }
    }
}

/// `xl/sharedStrings.xml`: the strings that `t="s"` cells index; rich-text runs are joined,
/// phonetic guides (`rPh`) left out. Refused past `maxSharedStrings` entries or
/// `maxSharedStringBytes` of text.
final class XLSXSharedStringsParser: XLSXPartParser {
    private(set) var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0
    private var bytes = 0
    private let limits: YAMLLimits

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "si": current = ""
        case "t": inText = phonetic == 0
        case "rPh": phonetic += 1
        default: break
        }
    }

    override func end(_ name: String) {
        switch name {
        case "si":
            guard strings.count < limits.maxSharedStrings else {
                refusal = Words.Sheets.tooManySharedStrings(limit: limits.maxSharedStrings, raise: InputLimit.sharedStrings.raised(from: limits))
                return
            }
            strings.append(current)
        case "t": inText = false
        case "rPh": phonetic -= 1
        default: break
        }
    }

    override func characters(_ string: String) {
        guard inText else { return }
        bytes += string.utf8.count
        guard bytes <= limits.maxSharedStringBytes else {
            refusal = Words.Sheets.sharedStringsTooLong(megabytes: InputLimit.sharedStringsMB.value(in: limits),
                                                        raise: InputLimit.sharedStringsMB.raised(from: limits))
            return
        }
        current += string
    }
}

/// `xl/styles.xml`: custom number formats and the number format of each cell style.
final class XLSXStylesParser: XLSXPartParser {
    private(set) var formats = XLSXNumberFormats()
    private var inCellStyles = false

    override func start(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = Self.attribute(attributes, "numFmtId").flatMap(Int.init), let code = Self.attribute(attributes, "formatCode") {
                formats.custom[id] = code
            }
        case "cellXfs": inCellStyles = true
        case "xf" where inCellStyles:
            formats.cellStyles.append(Self.attribute(attributes, "numFmtId").flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellStyles = false }
    }
}
