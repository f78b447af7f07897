/// The sets behind `\p{Name}`: `Any`, Unicode general categories (one- and two-letter, as in
/// RE2) and the scripts in `RegexScriptTables`.
enum RegexUnicodeClasses {
    /// Looks up a class name as written after `\p`, case-sensitively like RE2.
    static func set(named name: String) -> RegexCharSet? {
        if name == "Any" { return .all }
        // Scripts first: they need no table scan, and the names never clash with categories.
        if let bounds = RegexScriptTables.bounds(named: name) { return RegexCharSet(flatBounds: bounds) }
        return categories[name]
    }

    /// Every supported category name mapped to its set; built on first use by one pass over the
    /// assigned planes, because Swift only answers "which category is this scalar".
    private static let categories: [String: RegexCharSet] = buildCategories()

    private static func buildCategories() -> [String: RegexCharSet] {
        var ranges: [String: [ClosedRange<UInt32>]] = [:]
        // Surrogates never occur in a Swift string, but RE2 accepts \p{Cs}, so keep the name.
        ranges["Cs"] = [0xD800...0xDFFF]
        var runStart: UInt32 = 0
        var runName: String?
        func closeRun(before value: UInt32) {
            if let name = runName, value > runStart {
                ranges[name, default: []].append(runStart...(value - 1))
            }
            runName = nil
        }
        // Planes 4–13 hold no assigned scalars, so scanning them would only find "Cn".
        for plane in [0x0...0x3FFFF, 0xE0000...0x10FFFF] as [ClosedRange<UInt32>] {
            for value in plane {
                let name = Unicode.Scalar(value).flatMap { code(for: $0.properties.generalCategory) }
                if name != runName {
                    closeRun(before: value)
                    runName = name
                    runStart = value
                }
            }
            closeRun(before: plane.upperBound + 1)
        }
        var result: [String: RegexCharSet] = [:]
        var groups: [String: [ClosedRange<UInt32>]] = [:]
        for (name, list) in ranges {
            result[name] = RegexCharSet(ranges: list)
            groups[String(name.prefix(1)), default: []].append(contentsOf: list)
        }
        for (name, list) in groups {
            result[name] = RegexCharSet(ranges: list)
        }
        return result
    }

    /// The two-letter code; nil for unassigned scalars, which RE2 has no class for.
    private static func code(for category: Unicode.GeneralCategory) -> String? {
        switch category {
        case .uppercaseLetter: "Lu"
        case .lowercaseLetter: "Ll"
        case .titlecaseLetter: "Lt"
        case .modifierLetter: "Lm"
        case .otherLetter: "Lo"
        case .nonspacingMark: "Mn"
        case .spacingMark: "Mc"
        case .enclosingMark: "Me"
        case .decimalNumber: "Nd"
        case .letterNumber: "Nl"
        case .otherNumber: "No"
        case .connectorPunctuation: "Pc"
        case .dashPunctuation: "Pd"
        case .openPunctuation: "Ps"
        case .closePunctuation: "Pe"
        case .initialPunctuation: "Pi"
        case .finalPunctuation: "Pf"
        case .otherPunctuation: "Po"
        case .mathSymbol: "Sm"
        case .currencySymbol: "Sc"
        case .modifierSymbol: "Sk"
        case .otherSymbol: "So"
        case .spaceSeparator: "Zs"
        case .lineSeparator: "Zl"
        case .paragraphSeparator: "Zp"
        case .control: "Cc"
        case .format: "Cf"
        case .surrogate: "Cs"
        case .privateUse: "Co"
        case .unassigned: nil
        @unknown default: nil
        }
    }
}
