import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// `zhizao check [FILE | -o FILE | --resume FILE]`: an enterprise assesses itself in the terminal,
/// question by question (SPEC §4). The answers file is saved after every answer, so quitting,
/// Ctrl-C or a closed terminal loses nothing already answered.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.line(Words.Help.Check.abstract),
        discussion: HelpText.discussion(HelpText.paragraph(Words.Help.Check.about), HelpText.exitStatuses(Words.Help.Check.exitStatuses)))

    @Argument(help: ArgumentHelp(Words.Help.Check.file, valueName: "FILE"))
    var file: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(Words.Help.Check.output, valueName: "FILE"))
    var output: String?

    @Option(help: ArgumentHelp(Words.Help.Check.resume, valueName: "FILE"))
    var resume: String?

    @OptionGroup var rubricOption: RubricOption

    @OptionGroup var margin: MarginOption

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if file != nil && (output != nil || resume != nil) { throw ValidationError(twoLines: Words.CommandLine.checkFileTwice) }
    }

    func run() throws {
        // `check 我的工厂.yaml`: the file a person names goes on if it exists, else is begun.
        let named = file.map { FileManager.default.fileExists(atPath: $0) } ?? false
        let output = named ? nil : file ?? self.output
        let resume = named ? file : self.resume
        let catalog = RubricCatalog()
        let override = try rubricOption.load(catalog, language: language.language)
        let path = output ?? resume ?? "zhizao-check.yaml"
        var draft = CheckDraft(submitted: ReportDate.current())
        var rubric = override
        var next: String?
        // One session per file: the lock is taken before the file is read.
        let lock: CheckLock?
        switch (resume != nil || !FileManager.default.fileExists(atPath: path)) ? CheckLock.take(for: path) : .unavailable {
        case .taken(let taken, let removedStale):
            lock = taken
            if removedStale { Output.standardError(Words.SelfCheck.staleLock(taken.path)(language.language) + "\n") }
        case .held(let file, let process):
            let owner = process.map { Words.SelfCheck.lockOwner(process: $0)(language.language) } ?? file
            Output.standardError("\(path): error: " + Words.SelfCheck.lockHeld(path, lock: file, owner: owner)(language.language) + "\n")
            throw ExitCode(2)
        case .unavailable:
            lock = nil
        }
        defer { lock?.release() }
        var original: String?
        if let resume {
            let pipeline = AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: nil)
            switch pipeline.process(path: resume) {
            case .rejected(let diagnostics):
                Output.diagnostics(diagnostics, language: language.language)
                throw ExitCode(2)
            case .scored(let result):
                draft = CheckDraft(result.assessment)
                rubric = result.rubric
            }
            // Read once more for its place; the pipeline above has already checked size and shape.
            if let data = FileManager.default.contents(atPath: resume), let document = try? YAMLReader.readDocument(Array(data)) {
                next = CheckDraft.next(in: document)
                original = String(data: data, encoding: .utf8)
            }
        } else if FileManager.default.fileExists(atPath: path) {
            Output.standardError("\(path): error: " + Words.SelfCheck.fileExists(path)(language.language) + "\n")
            throw ExitCode(2)
        }
        let chosen = try rubric ?? RubricOption.defaultRubric(catalog)
        let lang = language.language(for: chosen)
        let questions = CheckQuestion.all(Questionnaire(rubric: chosen, language: lang))
        let session = CheckSession(questions: questions, draft: draft, language: lang, startingAt: next, rubric: chosen)
        let terminal = isatty(0) == 1 && isatty(1) == 1
        let style = TerminalStyle(colour: isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil)

        func save() throws {
            do {
                try AtomicTextFile.write(path) { $0.write(session.draft.yaml(rubric: chosen, language: lang, next: session.nextID)) }
            } catch {
                Output.cannotWrite(path, error, language: lang)
                throw ExitCode(2)
            }
        }
        let stopped = "\n" + Words.SelfCheck.saved(to: path)(lang) + "\n"
        Interrupt.onInterrupt(print: stopped, removing: lock?.path)

        // Comments the writer would not write back: said once, and the original kept beside.
        if let original {
            let dropped = CheckComments.dropped(original: original, rewritten: session.draft.yaml(rubric: chosen, language: lang, next: session.nextID))
            if !dropped.isEmpty {
                var copy = path + ".orig", number = 2
                while FileManager.default.fileExists(atPath: copy) { copy = path + ".orig-\(number)"; number += 1 }
                do {
                    try AtomicTextFile.write(copy) { $0.write(original) }
                } catch {
                    Output.cannotWrite(copy, error, language: lang)
                    throw ExitCode(2)
                }
                let lines = dropped.prefix(8).map(String.init).joined(separator: Words.Punctuation.listSeparator(lang)) + (dropped.count > 8 ? "…" : "")
                Output.standardOutput(Words.SelfCheck.commentsDropped(path, lines: lines, copy: copy)(lang) + "\n")
            }
        }

        try save()  // first, so a path that cannot be written is said before any question
        Output.styledOutput(style.bold(Words.SelfCheck.heading(lang) + " · ") + chosen.text(chosen.title, lang.rawValue) + "\n"
            + DisplayWidth.wrap(Words.SelfCheck.savedAtOnce(to: path)(lang), width: 80).map { style.dim($0) + "\n" }.joined())
        func read() -> String? {
            if terminal { Output.standardOutput("> ") }
            return readLine(strippingNewline: true)
        }
        func say(_ text: String) {
            Output.standardOutput(text.split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { DisplayWidth.wrap(String($0), width: 76) }.map { "  " + $0 }.joined(separator: "\n") + "\n")
        }
        walk: while !session.finished {
            Output.styledOutput("\n" + session.screen(style))
            while true {
                guard let line = read() else {
                    try save()
                    Output.standardOutput(stopped)
                    return
                }
                if !terminal { Output.standardOutput("> " + line + "\n") }  // a transcript that reads like the session
                switch session.handle(line) {
                case .moved(let notes):
                    try save()
                    notes.forEach(say)
                    continue walk
                case .say(let text):
                    say(text)
                case .invalid(let text):
                    for line in DisplayWidth.wrap(text, width: 76) { Output.styledOutput("  " + style.error(line) + "\n") }
                case .ask(let notes, let prompt):
                    try save()
                    notes.forEach(say)
                    say(prompt)
                case .quit:
                    try save()
                    Output.standardOutput(stopped)
                    return
                }
            }
        }
        try save()
        try finish(path: path, rubric: chosen, override: override, catalog: catalog, language: lang, style: style)
    }

    /// The verdict, the domains, the plan, and the reports beside the answers file.
    private func finish(path: String, rubric: Rubric, override: Rubric?, catalog: RubricCatalog, language lang: Language, style: TerminalStyle) throws {
        let result: ScoreResult
        let plan = margin.planOptions
        switch AssessmentPipeline(catalog: catalog, rubricOverride: override, planOptions: plan).process(path: path) {
        case .scored(let scored):
            result = scored
        case .rejected(let diagnostics):
            // The file holds every answer; say exactly what keeps it from being scored.
            Output.diagnostics(diagnostics, language: lang)
            throw ExitCode(2)
        }
        let view = ScoreView(result, language: lang, stamp: OutputStamp.current())
        Output.styledOutput("\n" + style.bold(Words.SelfCheck.result(lang)) + "\n" + ScoreTextWriter().write(view))
        let stem = (path as NSString).deletingPathExtension
        var written: [String] = []
        for (reporter, ext) in [(try ReportHTMLWriter() as any ScoreWriter, "html"), (try ReportMarkdownWriter() as any ScoreWriter, "md")] {
            let report = stem + "." + ext
            try Output.document(reporter.write(view), to: report, language: lang)
            written.append(report)
        }
        Output.standardOutput("\n" + Words.SelfCheck.answersFile(path)(lang) + "\n" + Words.SelfCheck.reports(written.joined(separator: "  "))(lang) + "\n")
    }
}

/// Ctrl-C prints where the answers are (they were saved after the last answer) and exits 130.
enum Interrupt {
    nonisolated(unsafe) private static var message: [UInt8] = []

    nonisolated(unsafe) private static var lock: [CChar]?

    /// `removing`: the session's lock file, removed before exiting.
    static func onInterrupt(print text: String, removing lockPath: String?) {
        message = Array(TerminalText.escaped(text, lineBreaks: .kept).utf8)
        lock = lockPath.map { Array($0.utf8CString) }
        signal(SIGINT) { _ in
            Interrupt.message.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
            Interrupt.lock?.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            _exit(130)
        }
    }
}
