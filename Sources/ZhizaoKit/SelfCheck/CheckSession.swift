import ZhizaoCEL

/// `zhizao check` without the terminal: which question is on screen, what a typed line does
/// to it, and what the screen says. The command reads lines, hands them here, prints what
/// comes back and saves the draft whenever it changed, so the whole walk can be tested as
/// lines in and text out.
///
/// A line is an answer, or one of the commands (`CheckCommandWord`): `?` guidance and
/// evidence, `b` back, `s` skip, `n` not applicable (then the reason, where the rubric
/// allows it), `g N` / `go id` jump to a question, `q` save and quit. The same commands work
/// at the reason and evidence prompts, so none of them is ever saved as text. Enter keeps
/// the current answer (or skips an optional text). Anything else is explained and asked
/// again. After the last question, unanswered ones are listed (by title) and offered again
/// before the verdict.
public final class CheckSession {
    public let questions: [CheckQuestion]
    public private(set) var draft: CheckDraft
    /// The question on screen; `questions.count` once the last was answered (the review
    /// screen, while questions are unanswered).
    public private(set) var position: Int
    /// What the next line answers, when it is not the question on screen.
    public private(set) var pending: Pending = .none
    /// Going through the unanswered questions again: after each, the next unanswered one.
    public private(set) var reviewing = false
    /// `f` on the review screen: the result, with questions left unanswered.
    private var finishing = false
    let language: Language
    private let eligibility: CheckEligibility?
    /// The largest number of choices any question lists: a whole number up to it typed at a
    /// percent question may be a choice number.
    private let choiceNumbers: Int
    /// Text columns for wrapping (80-column terminals, with the 2-column indent).
    static let width = 76

    public enum Pending: Equatable {
        case none
        /// After `n`: the reason.
        case reason
        /// A percent answer that reads two ways.
        case confirm(CheckQuestion.Doubt)
        /// After an indicator's answer: evidence and a note, optional.
        case evidence
    }

    public enum Event: Equatable {
        /// The draft or the position changed: save, print the notes, then show the screen at
        /// `position` (a question, the review, or the result).
        case moved(notes: [String])
        /// Print this and ask the same question again.
        case say(String)
        /// The entry was refused: print why and ask again.
        case invalid(String)
        /// Save (the draft may have changed), print the notes, then this prompt; the next
        /// line answers it.
        case ask(notes: [String], prompt: String)
        case quit
    }

    public init(questions: [CheckQuestion], draft: CheckDraft, language: Language, startingAt next: String? = nil, rubric: Rubric? = nil) {
        self.questions = questions
        self.draft = draft
        self.language = language
        self.eligibility = rubric.map { CheckEligibility(rubric: $0, language: language) }
        self.choiceNumbers = questions.map(\.choices.count).max() ?? 0
        if let next, let index = questions.firstIndex(where: { $0.field.id == next }) {
            position = index
        } else {
            // A file without a place: its first question without an answer.
            position = questions.firstIndex { draft.shown($0) == nil } ?? 0
        }
    }

    public var finished: Bool { position >= questions.count && (finishing || unanswered.isEmpty) }
    public var current: CheckQuestion? { position < questions.count ? questions[position] : nil }
    /// The id `next` names in the saved file.
    public var nextID: String? { current?.field.id }

    /// The questions the review offers again: profile facts, the tier applied for and
    /// indicators without an answer (enterprise details are optional and not listed).
    public var unanswered: [CheckQuestion] {
        questions.filter { q in
            if case .enterprise = q.field.kind { return false }
            return draft.shown(q) == nil
        }
    }

    private func t(_ phrase: Phrase) -> String { phrase(language) }

    private func isUnanswered(_ index: Int) -> Bool {
        if case .enterprise = questions[index].field.kind { return false }
        return draft.shown(questions[index]) == nil
    }

    /// On to the next question with nothing saved: in a new session simply the next one; in
    /// a resumed file, or after `g`/`b` to change an earlier answer, the next gap, so nobody
    /// presses Enter through answers already given. While reviewing, the next unanswered one
    /// (enterprise details, which are optional, are not offered again there).
    private func advance(_ notes: [String] = []) -> Event {
        pending = .none
        if reviewing {
            position = ((position + 1)..<questions.count).first(where: isUnanswered) ?? questions.count
        } else {
            position = ((position + 1)..<questions.count).first { draft.shown(questions[$0]) == nil } ?? questions.count
        }
        if position >= questions.count { reviewing = false }
        return .moved(notes: notes)
    }

    public func handle(_ line: String) -> Event {
        let text = TypedValue.text(line)
        let command = CheckCommandWord(text)
        // Commands that mean the same wherever they are typed.
        switch command {
        case .quit?:
            pending = .none
            return .quit
        case .go(let target)?:
            return go(target)
        default: break
        }
        guard let question = current else { return review(text, command) }
        switch pending {
        case .reason: return reason(line, text, command, question)
        case .confirm(let doubt): return confirm(line, text, doubt, question)
        case .evidence: return evidence(line, text, command, question)
        case .none: break
        }
        switch command {
        case .help?:
            return .say(question.help ?? t(Words.SelfCheck.noMoreGuidance))
        case .back?:
            guard position > 0 else { return .invalid(t(Words.SelfCheck.firstQuestion)) }
            position -= 1
            return .moved(notes: [])
        case .skip?:
            return advance()
        case .notApplicable? where question.allowsNotApplicable:
            pending = .reason
            return .ask(notes: [], prompt: t(Words.SelfCheck.reasonPrompt))
        case .notApplicable? where !question.isYesNo:
            return .invalid(t(Words.SelfCheck.cannotBeNotApplicable(expects: question.expects)))
        case .finish?:
            return .invalid(t(Words.SelfCheck.refused(Words.SelfCheck.notAChoice(text), expects: question.expects)))
        default: break
        }
        if text.isEmpty {
            switch question.field.kind {
            case .enterprise:
                return advance()  // optional: Enter keeps what is there, or leaves it empty
            default:
                guard draft.shown(question) != nil else {
                    return .invalid(t(Words.SelfCheck.enterOrSkip(expects: question.expects)))
                }
                return advance()
            }
        }
        switch question.parse(line) {
        case .success(let value):
            if let doubt = question.doubt(about: line, value, choiceNumbers: choiceNumbers) {
                pending = .confirm(doubt)
                return .ask(notes: [t(doubt.question)], prompt: t(doubt.keys))
            }
            return take(value, question)
        case .failure(let message):
            return .invalid(message.text(language))
        }
    }

    /// Records an answer; an indicator's is followed by the evidence prompt.
    private func take(_ value: CheckQuestion.Value, _ question: CheckQuestion) -> Event {
        draft.set(value, for: question)
        var notes: [String] = []
        if case .indicator(let indicator) = question.field.kind, indicator.kind == .percent || indicator.kind == .number, let shown = draft.shown(question) {
            notes.append(t(Words.SelfCheck.recorded(shown)))
        }
        notes += eligibility?.notes(after: question, in: draft) ?? []
        if case .indicator = question.field.kind {
            pending = .evidence
            return .ask(notes: notes, prompt: t(Words.SelfCheck.evidencePrompt))
        }
        return advance(notes)
    }

    private func reason(_ line: String, _ text: String, _ command: CheckCommandWord?, _ question: CheckQuestion) -> Event {
        switch command {
        case .help?: return .say(t(Words.SelfCheck.reasonHelp))
        case .back?:
            pending = .none
            return .say(t(Words.SelfCheck.notApplicableCancelled))
        case .skip?: return advance()
        default: break
        }
        if text.isEmpty {
            pending = .none
            return .say(t(Words.SelfCheck.notApplicableCancelled))
        }
        let reason = TypedValue.freeText(line)
        if reason.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .invalid(t(Words.SelfCheck.reasonHoldsControlCharacters))
        }
        // A lone letter or number is a key pressed out of place, not a reason.
        if command != nil || (text.count == 1 && text.unicodeScalars.allSatisfy(\.isASCII)) || Int(text) != nil {
            return .invalid(t(Words.SelfCheck.notAReason(reason)))
        }
        draft.setNotApplicable(reason, for: question)
        return advance(eligibility?.notes(after: question, in: draft) ?? [])
    }

    private func confirm(_ line: String, _ text: String, _ doubt: CheckQuestion.Doubt, _ question: CheckQuestion) -> Event {
        let word = ["n", "no", "否"].contains(text.lowercased()) && doubt.no == nil ? "again" : text.lowercased()
        switch word {
        case "y", "yes", "是":
            pending = .none
            return take(doubt.yes, question)
        case "n", "no", "否":
            pending = .none
            return take(doubt.no ?? doubt.yes, question)
        case "": return .ask(notes: [], prompt: t(doubt.keys))
        case "again":
            pending = .none
            return .moved(notes: [])  // the question again
        default:
            // Anything else is the value typed again.
            pending = .none
            return handle(line)
        }
    }

    private func evidence(_ line: String, _ text: String, _ command: CheckCommandWord?, _ question: CheckQuestion) -> Event {
        switch command {
        case .help?: return .say(t(Words.SelfCheck.evidenceHelp))
        case .back?: pending = .none; return .moved(notes: [])
        case .skip?: return advance()
        default: break
        }
        if text.isEmpty { return advance() }
        let typed = TypedValue.freeText(line)
        if typed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return .invalid(t(Words.SelfCheck.reasonHoldsControlCharacters))
        }
        // The next question's answer typed a line too early is not evidence.
        if command != nil || (text.count == 1 && text.unicodeScalars.allSatisfy(\.isASCII)) || ExactNumber(decimal: text.replacingOccurrences(of: "%", with: "")) != nil {
            return .invalid(t(Words.SelfCheck.notEvidence(typed)))
        }
        var items = typed, note: String?
        for marker in Words.SelfCheck.noteMarkers {
            if let range = typed.range(of: marker) {
                items = String(typed[..<range.lowerBound])
                note = TypedValue.freeText(String(typed[range.upperBound...]))
                break
            }
        }
        let evidence = items.split(whereSeparator: { Words.SelfCheck.evidenceSeparators.contains($0) }).map { TypedValue.freeText(String($0)) }.filter { !$0.isEmpty }
        draft.setEvidence(evidence, note: note?.isEmpty == true ? nil : note, for: question)
        return advance()
    }

    /// `g N`, `go id`, `g 数字孪生`: a question by its number, id (a profile fact's also without
    /// `profile.`), title, or the unique start of a title.
    private func go(_ target: String) -> Event {
        pending = .none
        guard !target.isEmpty else { return .invalid(t(Words.SelfCheck.goNeedsTarget(count: questions.count))) }
        let index: Int?
        if let number = Int(target) {
            index = (1...questions.count).contains(number) ? number - 1 : nil
        } else if let exact = questions.firstIndex(where: { $0.field.id == target || $0.field.id == "profile." + target || $0.field.title == target }) {
            index = exact
        } else {
            let matches = questions.indices.filter { TypedValue.text(questions[$0].field.title).hasPrefix(target) }
            if matches.count > 1 {
                let candidates = matches.prefix(5).map { "\($0 + 1) \(questions[$0].field.title)" }.joined(separator: t(Words.Punctuation.listSeparator))
                return .invalid(t(Words.SelfCheck.ambiguousQuestion(target, candidates)))
            }
            index = matches.first
        }
        guard let index else { return .invalid(t(Words.SelfCheck.noSuchQuestion(target, count: questions.count))) }
        position = index
        finishing = false
        return .moved(notes: [])
    }

    /// A line on the review screen.
    private func review(_ text: String, _ command: CheckCommandWord?) -> Event {
        switch command {
        case .help?: return .say(t(Words.SelfCheck.reviewHelp))
        case .finish?:
            finishing = true
            return .moved(notes: [])
        case .back?:
            position = questions.count - 1
            return .moved(notes: [])
        default: break
        }
        if text.isEmpty, let first = questions.indices.first(where: isUnanswered) {
            reviewing = true
            position = first
            return .moved(notes: [])
        }
        return .invalid(t(Words.SelfCheck.reviewHelp))
    }

    /// The screen: the question at `position`, or the review of unanswered questions; laid
    /// out for 80 columns.
    public func screen(_ style: TerminalStyle) -> String {
        var lines: [String] = []
        func paragraph(_ text: String, _ transform: (String) -> String = { $0 }) {
            for line in DisplayWidth.wrap(text, width: Self.width) { lines.append("  " + transform(line)) }
        }
        guard let q = current else {
            let open = unanswered
            guard !open.isEmpty else { return "" }
            lines.append(style.bold(t(Words.SelfCheck.reviewHeading(open.count))))
            for item in open.prefix(20) {
                paragraph("\(item.index). \(item.field.title)" + (item.decidesEligibility ? t(Words.SelfCheck.decidesEligibilityMark) : ""))
            }
            if open.count > 20 { paragraph(t(Words.SelfCheck.reviewMore(open.count - 20))) }
            for line in Self.keyLines(Words.SelfCheck.reviewKeys.map(t)) { lines.append("  " + style.dim(line)) }
            return lines.joined(separator: "\n") + "\n"
        }
        let place = t(Words.SelfCheck.place(section: q.section, index: q.indexInSection, of: q.sectionCount, overall: q.index, of: q.count))
        lines.append(style.accent(place) + " " + style.bold(q.field.title))
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
        if case .indicator(let indicator) = q.field.kind, let answer = draft.answers[indicator.id] {
            if !answer.evidence.isEmpty { paragraph(t(Words.SelfCheck.currentEvidence(answer.evidence.joined(separator: t(Words.Punctuation.clauseSeparator)))), style.good) }
            if let note = answer.note { paragraph(t(Words.SelfCheck.currentNote(note)), style.good) }
        }
        var keys = [q.expects, t(Words.SelfCheck.guidanceKey)]
        if q.allowsNotApplicable { keys.append(t(Words.SelfCheck.notApplicableKey)) }
        keys += [Words.SelfCheck.skipKey, Words.SelfCheck.backKey, Words.SelfCheck.goKey, Words.SelfCheck.quitKey].map(t)
        for line in Self.keyLines(keys) { lines.append("  " + style.dim(line)) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Keys joined with ` · `, a new line before a key that would pass the width: a key is
    /// never broken.
    static func keyLines(_ keys: [String]) -> [String] {
        var lines: [String] = []
        for key in keys {
            if let last = lines.last, DisplayWidth.of(last + " · " + key) <= width {
                lines[lines.count - 1] = last + " · " + key
            } else {
                lines.append(key)
            }
        }
        return lines
    }

    public var reasonPrompt: String { t(Words.SelfCheck.reasonPrompt) }
}
