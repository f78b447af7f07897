import ZhizaoCEL

/// `zhizao check` without the terminal: which question is on screen, what a typed line does
/// to it, and what the screen says. The command reads lines, hands them here, prints what
/// comes back and saves the draft whenever it changed, so the whole walk can be tested as
/// lines in and text out.
///
/// A line is an answer, or one of: `?` guidance and evidence, `b` back, `s` skip, `n` not
/// applicable (then the reason, where the rubric allows it), `q` save and quit. Enter keeps
/// the current answer (or skips an optional text). Anything else is explained and asked again.
public final class CheckSession {
    public let questions: [CheckQuestion]
    public private(set) var draft: CheckDraft
    /// The question on screen; `questions.count` once the last was answered.
    public private(set) var position: Int
    /// After `n`: the next line is the reason.
    public private(set) var awaitingReason = false
    let language: Language
    /// Text columns for wrapping (80-column terminals, with the 2-column indent).
    static let width = 76

    public enum Event: Equatable {
        /// The draft or the position changed: save, then show the question at `position` (or finish).
        case moved
        /// Print this and ask the same question again.
        case say(String)
        /// The entry was refused: print why and ask again.
        case invalid(String)
        /// Ask for the reason the question does not apply.
        case askReason
        case quit
    }

    public init(questions: [CheckQuestion], draft: CheckDraft, language: Language, startingAt next: String? = nil) {
        self.questions = questions
        self.draft = draft
        self.language = language
        if let next, let index = questions.firstIndex(where: { $0.field.id == next }) {
            position = index
        } else {
            // A file without a place: its first question without an answer.
            position = questions.firstIndex { draft.shown($0) == nil } ?? 0
        }
    }

    public var finished: Bool { position >= questions.count }
    public var current: CheckQuestion? { finished ? nil : questions[position] }
    /// The id `next` names in the saved file.
    public var nextID: String? { current?.field.id }

    private func t(_ phrase: Phrase) -> String { phrase(language) }

    public func handle(_ line: String) -> Event {
        guard let question = current else { return .quit }
        let text = line.trimmingCharacters(in: .whitespaces)
        if awaitingReason {
            awaitingReason = false
            if text.isEmpty || text.lowercased() == "b" { return .say(t(Words.SelfCheck.notApplicableCancelled)) }
            if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                awaitingReason = true
                return .invalid(t(Words.SelfCheck.reasonHoldsControlCharacters))
            }
            draft.setNotApplicable(text, for: question)
            position += 1
            return .moved
        }
        switch text.lowercased() {
        case "?", "？":
            return .say(question.help ?? t(Words.SelfCheck.noMoreGuidance))
        case "q":
            return .quit
        case "b":
            guard position > 0 else { return .invalid(t(Words.SelfCheck.firstQuestion)) }
            position -= 1
            return .moved
        case "s":
            position += 1
            return .moved
        case "n" where question.allowsNotApplicable:
            awaitingReason = true
            return .askReason
        case "n" where !question.isYesNo:
            return .invalid(t(Words.SelfCheck.cannotBeNotApplicable(expects: question.expects)))
        case "":
            switch question.field.kind {
            case .enterprise:
                position += 1  // optional: Enter keeps what is there, or leaves it empty
                return .moved
            default:
                guard draft.shown(question) != nil else {
                    return .invalid(t(Words.SelfCheck.enterOrSkip(expects: question.expects)))
                }
                position += 1
                return .moved
            }
        default:
            switch question.parse(text) {
            case .success(let value):
                draft.set(value, for: question)
                position += 1
                return .moved
            case .failure(let message):
                return .invalid(message.text(language))
            }
        }
    }

    /// The question on screen, laid out for 80 columns.
    public func screen(_ style: TerminalStyle) -> String {
        guard let q = current else { return "" }
        var lines: [String] = []
        let place = t(Words.SelfCheck.place(section: q.section, index: q.indexInSection, of: q.sectionCount, overall: q.index, of: q.count))
        lines.append(style.accent(place) + " " + style.bold(q.field.title))
        func paragraph(_ text: String, _ transform: (String) -> String = { $0 }) {
            for line in DisplayWidth.wrap(text, width: Self.width) { lines.append("  " + transform(line)) }
        }
        if let question = q.question, question != q.field.title { paragraph(question) }
        if let why = q.why { paragraph(t(Words.SelfCheck.why(why)), style.dim) }
        if !q.choices.isEmpty {
            let items = q.choices.enumerated().map { "\($0.offset + 1)) \($0.element.label)" }
            let oneLine = items.joined(separator: "   ")
            if DisplayWidth.of(oneLine) <= Self.width {
                lines.append("  " + oneLine)
            } else {
                for item in items { paragraph(item) }
            }
        }
        if let shown = draft.shown(q) { paragraph(t(Words.SelfCheck.currentAnswer(shown)), style.good) }
        var keys = [q.expects, t(Words.SelfCheck.guidanceKey)]
        if q.allowsNotApplicable { keys.append(t(Words.SelfCheck.notApplicableKey)) }
        keys += [Words.SelfCheck.skipKey, Words.SelfCheck.backKey, Words.SelfCheck.quitKey].map(t)
        paragraph(keys.joined(separator: " · "), style.dim)
        return lines.joined(separator: "\n") + "\n"
    }

    public var reasonPrompt: String { t(Words.SelfCheck.reasonPrompt) }
}
