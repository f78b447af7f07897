/// A common slip behind a LibYAML syntax error, found by reading the text around the error:
/// LibYAML reports where it gave up, which for these slips is often a line later than the
/// character that is wrong (`enterprise：` is read as text that runs on into the next line,
/// and the error lands on that line's colon).
enum YAMLSyntaxSlip: Equatable {
    case tabIndentation
    /// `　　name: …`: the ideographic space a Chinese input method types, as indentation.
    case fullWidthSpaceIndentation
    case fullWidthColon(key: String, value: String)
    case missingSpace(key: String, value: String)
    case unclosedQuote(Character)
    case textAfterQuote(Character)

    var message: Phrase {
        switch self {
        case .tabIndentation: Words.Input.Syntax.Slip.tabIndentation
        case .fullWidthSpaceIndentation: Words.Input.Syntax.Slip.fullWidthSpaceIndentation
        case .fullWidthColon(let key, let value): Words.Input.Syntax.Slip.fullWidthColon(key: key, value: value)
        case .missingSpace(let key, let value): Words.Input.Syntax.Slip.missingSpace(key: key, value: value)
        case .unclosedQuote(let quote): Words.Input.Syntax.Slip.unclosedQuote(quote)
        case .textAfterQuote(let quote): Words.Input.Syntax.Slip.textAfterQuote(quote)
        }
    }

    /// The slip and the position of the character that is wrong, or nil when the error is
    /// none of the common ones. `text` is the document LibYAML read (UTF-8, no BOM).
    static func find(problem: String, context: String?, at problemAt: SourcePosition, contextAt: SourcePosition?,
                     in text: UnsafeBufferPointer<UInt8>) -> (slip: YAMLSyntaxSlip, at: SourcePosition)? {
        let lines = String(decoding: text, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars.filter { $0 != "\r" }) }
        func line(_ number: Int) -> [Unicode.Scalar] { number >= 1 && number <= lines.count ? lines[number - 1] : [] }
        func character(at position: SourcePosition) -> Unicode.Scalar? {
            let scalars = line(position.line)
            return position.column >= 1 && position.column <= scalars.count ? scalars[position.column - 1] : nil
        }

        // A tab where an indentation is: point at the tab.
        let tabProblems = ["found a tab character that violates indentation", "found a tab character where an indentation space is expected"]
        if tabProblems.contains(problem) || (problem == "found character that cannot start any token" && character(at: problemAt) == "\t") {
            if character(at: problemAt) == "\t" { return (.tabIndentation, problemAt) }
            let indentation = line(problemAt.line).prefix { $0 == " " || $0 == "\t" }
            let column = indentation.firstIndex(of: "\t").map { $0 + 1 } ?? problemAt.column
            return (.tabIndentation, SourcePosition(line: problemAt.line, column: column))
        }

        // Full-width spaces (U+3000) as indentation: LibYAML reads them as text, and gives up
        // on that line or the next. Point at the first of them, up to three lines back, on a
        // line that looks like a key.
        for number in max(1, problemAt.line - 3)...max(1, problemAt.line) {
            let scalars = line(number)
            let indentation = scalars.prefix { $0 == " " || $0 == "\u{3000}" }
            // Only a line that looks like a key (a Chinese paragraph in a `|` text may well
            // begin with full-width spaces).
            if let first = indentation.firstIndex(of: "\u{3000}"), scalars.contains(":") || scalars.contains("：") {
                return (.fullWidthSpaceIndentation, SourcePosition(line: number, column: first + 1))
            }
        }

        // A quote never closed: LibYAML reads to the end, point at the opening quote.
        if context == "while scanning a quoted scalar",
           problem == "found unexpected end of stream" || problem == "found unexpected document indicator",
           let contextAt, let quote = character(at: contextAt), quote == "\"" || quote == "'" {
            return (.unclosedQuote(Character(quote)), contextAt)
        }

        // A quote right before where LibYAML gave up: if it closes one opened on an earlier
        // line, that one was never closed where it should have been; if it closes one opened
        // on this line, text follows the closing quote.
        let afterQuoteProblems = ["did not find expected key", "did not find expected '-' indicator",
                                  "did not find expected node content", "did not find expected ',' or ']'",
                                  "did not find expected ',' or '}'"]
        if afterQuoteProblems.contains(problem) {
            let scalars = line(problemAt.line)
            let before = scalars.prefix(max(0, problemAt.column - 1))
            if let last = before.lastIndex(where: { $0 != " " }), before[last] == "\"" || before[last] == "'" {
                let quote = before[last]
                if before.filter({ $0 == quote }).count % 2 == 1 {
                    var number = problemAt.line - 1
                    while number >= 1 {
                        let earlier = line(number)
                        if earlier.filter({ $0 == quote }).count % 2 == 1, let opening = earlier.lastIndex(of: quote) {
                            return (.unclosedQuote(Character(quote)), SourcePosition(line: number, column: opening + 1))
                        }
                        number -= 1
                    }
                } else {
                    return (.textAfterQuote(Character(quote)), problemAt)
                }
            }
        }

        // `key：value` or `key:value` is text, not a key: it runs on until a real colon makes
        // LibYAML give up. Look at the lines that text spans, first line first.
        var candidates: [Int] = []
        if context == "while scanning a simple key", let contextAt {
            candidates = Array(contextAt.line...max(contextAt.line, problemAt.line))
        } else if problem == "mapping values are not allowed in this context" || problem == "could not find expected ':'" {
            var number = problemAt.line - 1
            while number >= 1, continuesText(line(number)) {
                candidates.insert(number, at: 0)
                number -= 1
            }
            candidates.append(problemAt.line)
        }
        for number in candidates {
            if let (slip, column) = keySlip(in: line(number)) { return (slip, SourcePosition(line: number, column: column)) }
        }
        return nil
    }

    /// Whether a line can be the continuation of plain text begun above it: not blank, not a
    /// comment, not a list item, and without a colon that starts a value.
    private static func continuesText(_ line: [Unicode.Scalar]) -> Bool {
        let content = line.drop { $0 == " " || $0 == "\t" }
        guard let first = content.first, first != "#", first != "-" else { return false }
        let scalars = Array(content)
        for (index, scalar) in scalars.enumerated() where scalar == ":" {
            if index + 1 == scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\t" { return false }
        }
        return true
    }

    /// `key：value` (a full-width colon) or `key:value` (no space) at the start of a line,
    /// with the 1-based column of the colon.
    private static func keySlip(in line: [Unicode.Scalar]) -> (YAMLSyntaxSlip, Int)? {
        var start = 0
        while start < line.count, line[start] == " " || (line[start] == "-" && start + 1 < line.count && line[start + 1] == " ") {
            start += 1
        }
        guard let colon = line[start...].firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
        let key = String(String.UnicodeScalarView(line[start..<colon])).trimmingSuffixSpaces
        guard !key.isEmpty, let first = key.unicodeScalars.first, !"#\"'[{&*!|>%@`".unicodeScalars.contains(first) else { return nil }
        let rest = line[(colon + 1)...]
        var value = String(String.UnicodeScalarView(rest.drop { $0 == " " })).trimmingSuffixSpaces
        if value.unicodeScalars.count > 40 { value = String(String.UnicodeScalarView(value.unicodeScalars.prefix(40))) + "…" }
        if line[colon] == "：" { return (.fullWidthColon(key: key, value: value), colon + 1) }
        // `key:value`: a one-word key, and not a URL (`http://`) nor a time (`12:30`).
        guard let next = rest.first, next != " ", next != "\t", next != "/", next != ":", !key.contains(" "),
              !(key.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } && ("0"..."9").contains(next))
        else { return nil }
        return (.missingSpace(key: key, value: value), colon + 1)
    }
}

private extension String {
    var trimmingSuffixSpaces: String {
        var text = self
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return text
    }
}
