import Foundation
import ZhizaoTestSupport
import Testing
import ZhizaoKit

// Issue 7: an enterprise assesses itself with nothing but a terminal. Driven with piped
// stdin (scriptable, no colour) and through a real pseudo-terminal (tmux), with `?`, `b`,
// `n`, an invalid entry, quitting and resuming: the answers file holds what was typed and
// the verdict is the one the same answers give in a file.

@Suite("zhizao check")
struct CheckCommandTests {
    static let root = RankCommandTests.root
    static let example = root.appendingPathComponent("Examples/shandong/weifang-diesel-engine.yaml").path
    static let environment = ["SOURCE_DATE_EPOCH": "1779840000"]  // 2026-05-27

    /// The lines a person would type to give the example's answers, question by question:
    /// choices by number (every third by its label, to show labels work), N/A as `n` and
    /// the reason, an unanswered question skipped with `s`.
    static func lines(for file: String) throws -> [[String]] {
        let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
        guard case .scored(let result) = pipeline.process(path: file) else { throw CocoaError(.fileReadCorruptFile) }
        let assessment = result.assessment
        let questions = CheckQuestion.all(Questionnaire(rubric: result.rubric, language: .zh))
        func number(_ id: String, _ q: CheckQuestion) -> String { String(q.choices.firstIndex { $0.id == id }! + 1) }
        return questions.enumerated().map { index, q -> [String] in
            switch q.field.kind {
            case .enterprise("name"): return [assessment.enterprise.name ?? ""]
            case .enterprise("credit_code"): return [assessment.enterprise.creditCode?.value ?? ""]
            case .enterprise("city"): return [assessment.enterprise.city ?? ""]
            case .enterprise: return [assessment.enterprise.industry ?? ""]
            case .applyingFor: return [assessment.applyingFor.map { number($0, q) } ?? "s"]
            case .fact(let fact):
                switch assessment.profile[fact.id] {
                case .bool(let b)?: return [b ? "1" : "2"]
                case .string(let s)?: return [fact.kind == .choice ? number(s, q) : s]
                case .int(let i)?: return [String(i)]
                case .number(let n)?: return [n.description]
                case nil: return ["s"]
                }
            case .indicator(let indicator):
                guard let answer = assessment.answers[indicator.id] else { return ["s"] }
                if let reason = answer.notApplicable { return ["n", reason] }
                // Each answer, then Enter at the optional evidence prompt.
                switch answer.value! {
                case .choice(let id): return [index % 3 == 0 ? q.choices.first { $0.id == id }!.label : number(id, q), ""]
                case .multi(let ids): return [ids.isEmpty ? "0" : ids.map { number($0, q) }.joined(separator: " "), ""]
                case .bool(let b): return [b ? "1" : "2", ""]
                case .number(let n): return [n.description + (indicator.kind == .percent ? "%" : ""), ""]
                }
            default: return ["s"]
            }
        }
    }

    static func run(_ arguments: [String], input: String, in folder: URL) throws -> CommandResult {
        try CommandRunner.run(arguments, environment: environment, input: input, in: folder)
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhizao-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("piped stdin: answers with ?, b, n, an invalid entry, q, then --resume to the end; the file scores as the example and the reports are written")
    func piped() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var lines = try Self.lines(for: Self.example)
        let firstIndicator = 13  // 5 enterprise questions, 8 profile facts
        // At the first indicator: guidance, an invalid entry, the answer; then back, and Enter keeps it.
        lines[firstIndicator] = ["?", "99", "很好"] + lines[firstIndicator] + ["b", ""]
        let half = 30
        let first = lines[..<half].flatMap { $0 } + ["q"]
        let result = try Self.run(["check", "-o", "answers.yaml"], input: first.joined(separator: "\n") + "\n", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}["), "no colour when piped")
        #expect(result.stdout.contains("[研发设计 1/"), "the place of each question")
        #expect(result.stdout.contains("佐证材料："), "? shows the guidance and evidence")
        #expect(result.stdout.contains("“99”不是可选项；请输入编号 1–5"), "an invalid entry is explained")
        #expect(result.stdout.contains("当前答案：智能化（回车保留）"), "b goes back and shows the answer given")
        #expect(result.stdout.contains("已保存到 answers.yaml；继续填写：zhizao check answers.yaml"))
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        #expect(saved.contains("rd_factory_planning: intelligent"))
        #expect(saved.contains("x-zhizao-check: {next: "))
        #expect(!saved.contains("om_predictive_maintenance:"), "not yet asked")

        // An existing file is never overwritten by a new session.
        let again = try Self.run(["check", "-o", "answers.yaml"], input: "", in: folder)
        #expect(again.status == 2 && again.stderr.contains("zhizao check answers.yaml"))

        // Both ways of naming the file twice are refused; the file named alone goes on where it stopped.
        let twice = try Self.run(["check", "answers.yaml", "-o", "other.yaml"], input: "", in: folder)
        #expect(twice.status == 2 && twice.stderr.contains("答卷文件只需给一次"), "\(twice.stderr)")
        let rest = lines[half...].flatMap { $0 } + ["f"]  // the review of skipped questions: see the result now
        let resumed = try Self.run(["check", "answers.yaml"], input: rest.joined(separator: "\n") + "\n", in: folder)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let expected = try CommandRunner.run(["score", Self.example])
        let verdict = try #require(expected.stdout.split(separator: "\n").first { $0.hasPrefix("判定等级") })
        #expect(resumed.stdout.contains(verdict), "the verdict of the same answers in a file")
        #expect(resumed.stdout.contains("报告：answers.html  answers.md"))
        for name in ["answers.html", "answers.md"] { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)) }
        let final = folder.appendingPathComponent("answers.yaml").path
        let scored = try CommandRunner.run(["score", final, "--format", "json"]), original = try CommandRunner.run(["score", Self.example, "--format", "json"])
        func fields(_ json: String) throws -> [String: String] {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            let domains = try #require(object["domains"] as? [String: Any])
            return domains.mapValues { "\($0)" }.merging(["total": "\(object["total"]!)", "tier": "\(object["tier"] ?? "")"]) { $1 }
        }
        #expect(try fields(scored.stdout) == fields(original.stdout))
        let text = try String(contentsOfFile: final, encoding: .utf8)
        #expect(text.contains("prod_advanced_process_control: {na: 离散装配为主，无连续流程装置}"), "n and its reason")
        #expect(!text.contains("x-zhizao-check"), "finished: no place to resume")
    }

    @Test("answers the file cannot hold (a name with U+FFFF): at the end, the reader's own diagnostic with its line and column, in the session's language, and exit 2", arguments: [
        (["check", "-o", "answers.yaml"], "answers.yaml:5:12: error: 第 5 行第 12 列有不允许的字符 U+FFFF\n"),
        (["check", "-o", "answers.yaml", "--lang", "en"], "answers.yaml:5:12: error: character U+FFFF at line 5, column 12 is not allowed\n"),
    ])
    func unscorable(arguments: [String], diagnostic: String) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The name, then every other question skipped.
        let input = "示例\u{FFFF}企业\n" + String(repeating: "s\n", count: 63) + "f\n"  // f: the result, without the skipped questions
        let result = try Self.run(arguments, input: input, in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(diagnostic), "\(result.stderr)")
        #expect(!result.stderr.contains("无法评分") && !result.stderr.contains("cannot be scored"))
        #expect(!result.stdout.contains("—— 自评结果 ——") && !result.stdout.contains("—— Result ——"), "no result is shown")
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        #expect(saved.contains("示例\u{FFFF}企业"), "every answer is kept")
    }

    /// tmux, for a real pseudo-terminal: type lines, wait for the screen to show what follows.
    struct Tmux {
        let session = "zhizao-\(UUID().uuidString.prefix(8))"
        let socket: String

        init(folder: URL) { socket = folder.appendingPathComponent("tmux.sock").path }

        /// Runs tmux and returns what it printed. Spawned and reaped with POSIX calls: the
        /// client forks the tmux server, and Foundation's `Process` inside the test runner was
        /// seen never to notice the client's exit.
        @discardableResult
        func run(_ arguments: [String]) throws -> String {
            let capture = socket + "-\(UUID().uuidString).out"
            defer { unlink(capture) }
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, capture, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            let argv = (["tmux", "-S", socket] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawnp(&pid, "tmux", &actions, nil, argv, environ) == 0 else { return "tmux could not be started" }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return (try? String(contentsOfFile: capture, encoding: .utf8)) ?? ""
        }

        /// The screen and its history, with colour codes (`-e`).
        func screen() throws -> String { try run(["capture-pane", "-p", "-e", "-J", "-S", "-2000", "-t", session]) }

        func type(_ line: String) throws {
            try run(["send-keys", "-t", session, "-l", line])
            try run(["send-keys", "-t", session, "Enter"])
        }

        /// Waits until the screen shows `text` (at most 20 s).
        func wait(for text: String) throws -> Bool {
            for _ in 0..<200 {
                if try screen().contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
    }

    @Test("a pseudo-terminal (tmux): colour, 80 columns, ?, an invalid entry, n with a reason, b, q; the answers file holds what was typed")
    func terminal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux(folder: folder)
        let command = "cd '\(folder.path)' && SOURCE_DATE_EPOCH=1779840000 TERM=xterm-256color '\(CommandRunner.executable.path)' check -o answers.yaml; echo EXIT=\\$?; sleep 30"
        let started = try tmux.run(["new-session", "-d", "-s", tmux.session, "-x", "80", "-y", "40", "env -u NO_COLOR sh -c \"\(command)\""])
        #expect(started.isEmpty, "tmux is needed: ./scripts/test.sh installs it. \(started)")
        defer { _ = try? tmux.run(["kill-server"]) }
        #expect(try tmux.wait(for: "[企业信息 1/5"))
        let lines = try Self.lines(for: Self.example)
        for line in lines[0..<13].flatMap({ $0 }) { try tmux.type(line) }
        #expect(try tmux.wait(for: "[研发设计 1/"))
        try tmux.type("?")
        #expect(try tmux.wait(for: "佐证材料："))
        try tmux.type("7")
        #expect(try tmux.wait(for: "“7”不是可选项"))
        try tmux.type("5")
        #expect(try tmux.wait(for: "佐证材料（可选，回车跳过"))
        try tmux.type("")
        #expect(try tmux.wait(for: "[研发设计 2/"))
        try tmux.type("b")
        #expect(try tmux.wait(for: "当前答案：智能化"))
        try tmux.type("")
        try tmux.type("2")  // rd_digital_twin: pilot
        try tmux.type("")
        #expect(try tmux.wait(for: "[研发设计 3/"))
        try tmux.type("n")
        #expect(try tmux.wait(for: "不适用的理由"))
        try tmux.type("本厂不做产品设计")
        #expect(try tmux.wait(for: "[研发设计 4/"))
        try tmux.type("q")
        #expect(try tmux.wait(for: "EXIT=0"))
        let screen = try tmux.screen()
        #expect(screen.contains("\u{1B}[36m") || screen.contains("\u{1B}[36;"), "colour on a terminal")
        #expect(screen.contains("已保存到 answers.yaml"))
        // Every screen line fits 80 columns, Chinese counted as two.
        #expect(screen.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            .split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 })
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        #expect(saved.contains("rd_factory_planning: intelligent"))
        #expect(saved.contains("rd_digital_twin: pilot"))
        #expect(saved.contains("rd_product_design: {na: 本厂不做产品设计}"))
        #expect(saved.contains("x-zhizao-check: {next: rd_virtual_validation}"))
        #expect(saved.contains("credit_code: 91370700MA3C8K2L67"))
    }

    @Test("a pseudo-terminal at 80 columns (issue 17): full-width answers, g to a question, skip to the end, the review of unanswered questions and Enter through them")
    func terminalJumpAndReview() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux(folder: folder)
        let command = "cd '\(folder.path)' && SOURCE_DATE_EPOCH=1779840000 TERM=xterm-256color '\(CommandRunner.executable.path)' check -o answers.yaml; echo EXIT=\\$?; sleep 30"
        let started = try tmux.run(["new-session", "-d", "-s", tmux.session, "-x", "80", "-y", "40", "env -u NO_COLOR sh -c \"\(command)\""])
        #expect(started.isEmpty, "tmux is needed: ./scripts/test.sh installs it. \(started)")
        defer { _ = try? tmux.run(["kill-server"]) }
        #expect(try tmux.wait(for: "[企业信息 1/5"))
        try tmux.type("ＡＢＣ机械有限公司")
        #expect(try tmux.wait(for: "[企业信息 2/5"))
        try tmux.type("ｇ　５")  // full-width g, ideographic space, full-width 5
        #expect(try tmux.wait(for: "[企业信息 5/5"))
        try tmux.type("３")
        #expect(try tmux.wait(for: "[企业概况 1/8"))
        try tmux.type("g prod_equipment_networked")
        #expect(try tmux.wait(for: "关键设备联网率"))
        try tmux.type("０.４５")
        #expect(try tmux.wait(for: "是否指 45%？"))
        try tmux.type("ｙ")
        #expect(try tmux.wait(for: "已记录：45%"))
        try tmux.type("")
        try tmux.type("g 64")
        #expect(try tmux.wait(for: "[服务 5/5 · 总 64/64]"))
        try tmux.type("s")
        #expect(try tmux.wait(for: "—— 还有 58 题未回答 ——"))
        #expect(try tmux.screen().contains("6. 在山东省内注册的独立法人"))
        try tmux.type("")
        #expect(try tmux.wait(for: "[企业概况 1/8 · 总 6/64]"))
        try tmux.type("１")
        #expect(try tmux.wait(for: "[企业概况 2/8 · 总 7/64]"), "the next unanswered question")
        try tmux.type("q")
        #expect(try tmux.wait(for: "EXIT=0"))
        let screen = try tmux.screen().replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        for line in screen.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        #expect(saved.contains("name: ＡＢＣ机械有限公司"), "a name keeps its own characters")
        #expect(saved.contains("applying_for: pilot"))
        #expect(saved.contains("prod_equipment_networked: 45"))
        #expect(saved.contains("registered_in_shandong: true"))
        #expect(saved.contains("x-zhizao-check: {next: profile.above_designated_size}"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("answers.yaml.lock").path))
    }

    @Test("Ctrl-C in a terminal loses nothing already answered: the file holds every answer, and the place to go on")
    func interrupt() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux(folder: folder)
        // The shell ignores Ctrl-C so that it lives to print the exit status; zhizao sets its own handler.
        let command = "trap '' INT; cd '\(folder.path)' && '\(CommandRunner.executable.path)' check -o answers.yaml; echo EXIT=\\$?; sleep 30"
        try tmux.run(["new-session", "-d", "-s", tmux.session, "-x", "80", "-y", "40", "sh -c \"\(command)\""])
        defer { _ = try? tmux.run(["kill-server"]) }
        #expect(try tmux.wait(for: "[企业信息 1/5"))
        try tmux.type("淄博示例化工有限公司")
        try tmux.type("")
        try tmux.type("淄博")
        #expect(try tmux.wait(for: "[企业信息 4/5"))
        try tmux.run(["send-keys", "-t", tmux.session, "C-c"])
        #expect(try tmux.wait(for: "EXIT=130"))
        #expect(try tmux.screen().contains("已保存到 answers.yaml"))
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        #expect(saved.contains("name: 淄博示例化工有限公司") && saved.contains("city: 淄博"))
        #expect(saved.contains("x-zhizao-check: {next: enterprise.industry}"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("answers.yaml.lock").path), "Ctrl-C removes the lock")
    }
}
