import Testing
@testable import ZhizaoKit

// `zhizao check`'s questions: a yes-or-no question is one built from a bool field, not one
// whose choices happen to be called `true` and `false`.

@Suite("Check questions")
struct CheckQuestionTests {
    /// A bool indicator, and a choice indicator whose two choices have the ids of a bool.
    static let rubricText = """
        format: zhizao.rubric/1
        id: yes-no
        version: "1"
        title: Yes or no
        profile:
          - {id: certified, type: bool, title: Certified}
        domains:
          - {id: d, weight: 1}
        indicators:
          - {id: automated, domain: d, type: bool}
          - id: looks_like_bool
            domain: d
            type: choice
            choices: [{id: "true", label: Really, score: 1}, {id: "false", label: Not really, score: 0}]
        tiers:
          - id: t
            rules: [{id: total_50, expr: "total >= 50.0"}]
        """

    static func questions(_ language: Language) throws -> [String: CheckQuestion] {
        let questions = CheckQuestion.all(Questionnaire(rubric: try rubric(rubricText), language: language))
        return Dictionary(uniqueKeysWithValues: questions.map { ($0.field.id, $0) })
    }

    @Test("bool fields give yes-or-no questions, which take 是, yes, y and no; a choice with ids true/false is an ordinary choice")
    func yesNo() throws {
        let questions = try Self.questions(.zh)
        let fact = try #require(questions["profile.certified"])
        let indicator = try #require(questions["automated"])
        let lookalike = try #require(questions["looks_like_bool"])
        #expect(fact.isYesNo && indicator.isYesNo)
        #expect(!lookalike.isYesNo)
        #expect(fact.choices.map(\.label) == ["是", "否"])
        #expect(fact.parse("是") == .success(.fact(.bool(true))))
        #expect(indicator.parse("no") == .success(.answer(.bool(false))))
        #expect(indicator.parse("y") == .success(.answer(.bool(true))))
        // Choices are listed worst first (score 0, then 1), whatever the rubric's order.
        #expect(lookalike.choices.map(\.label) == ["Not really", "Really"])
        #expect(lookalike.parse("2") == .success(.answer(.choice("true"))))
        #expect(lookalike.parse("Not really") == .success(.answer(.choice("false"))))
        // The words of a yes-or-no mean nothing to an ordinary choice.
        #expect(lookalike.parse("是") == .failure(Words.SelfCheck.refused(Words.SelfCheck.notAChoice("是"), expects: "编号 1–2")))
    }

    @Test("check reads a choice as every door does: id, label in any language, unique prefix, √/×; an ambiguous prefix names the choices")
    func sharedReading() throws {
        let rubric = try rubric(Self.prefixRubric)
        let questions = Dictionary(uniqueKeysWithValues: CheckQuestion.all(Questionnaire(rubric: rubric, language: .zh)).map { ($0.field.id, $0) })
        let level = try #require(questions["level"])
        #expect(level.parse("Ｌｅｖｅｌ Two") == .success(.answer(.choice("two_a"))))  // English label, full-width
        #expect(level.parse("二级甲") == .success(.answer(.choice("two_a"))))
        #expect(level.parse("一级") == .success(.answer(.choice("one"))))
        #expect(level.parse("１") == .success(.answer(.choice("one"))))  // the number on the screen
        #expect(level.parse("二级") == .failure(Words.SelfCheck.refused(
            Words.SelfCheck.ambiguousChoice("二级", ["二级甲", "二级乙"]), expects: "编号 1–3")))
        #expect(Words.SelfCheck.ambiguousChoice("二级", ["二级甲", "二级乙"]).zh == "“二级”可指多个选项：二级甲、二级乙，请输入编号或完整的选项")
        let automated = try #require(questions["automated"])
        #expect(automated.parse("√") == .success(.answer(.bool(true))))
        #expect(automated.parse("×") == .success(.answer(.bool(false))))
        #expect(automated.parse("Ｙ") == .success(.answer(.bool(true))))
    }

    static let prefixRubric = """
        format: zhizao.rubric/1
        id: prefixes
        version: "1"
        title: Prefixes
        domains:
          - {id: d, weight: 1}
        indicators:
          - {id: automated, domain: d, type: bool}
          - id: level
            domain: d
            type: choice
            choices:
              - {id: one, label: {zh: 一级, en: Level One}, score: 0}
              - {id: two_a, label: {zh: 二级甲, en: Level Two}, score: 0.5}
              - {id: two_b, label: {zh: 二级乙, en: Level Two B}, score: 1}
        tiers:
          - id: t
            rules: [{id: total_50, expr: "total >= 50.0"}]
        """

    @Test("after an answer, the next question with nothing saved: a resumed file's next gap, back to the gap after g; a bare g says what to add")
    func nextGap() throws {
        let rubric = try rubric(Self.gapsRubric)
        let all = CheckQuestion.all(Questionnaire(rubric: rubric, language: .zh))
        let ids = all.map(\.field.id)
        var draft = CheckDraft(submitted: nil)
        // Answered: a1, a2, a4; gaps at a3 and a5 (the enterprise details left empty too).
        for id in ["a1", "a2", "a4"] { draft.set(.answer(.bool(true)), for: try #require(all.first { $0.field.id == id })) }
        let session = CheckSession(questions: all, draft: draft, language: .zh, startingAt: "a3")
        #expect(session.current?.field.id == "a3")
        _ = session.handle("是")
        #expect(session.handle("") == .moved(notes: []))  // no evidence
        #expect(session.current?.field.id == "a5")  // a4 is answered: not walked through
        // g to an earlier answer and change it: then on to the gap, not the question after it.
        #expect(session.handle("g a1") == .moved(notes: []))
        _ = session.handle("否")
        _ = session.handle("")
        #expect(session.current?.field.id == "a5")
        #expect(session.handle("g") == .invalid(Words.SelfCheck.goNeedsTarget(count: ids.count).zh))
        // The review marks what an eligibility condition reads (a gate on a5 here).
        #expect(all.filter(\.decidesEligibility).map(\.field.id) == ["a5"])
        #expect(session.handle("不涉及") == .ask(notes: [], prompt: Words.SelfCheck.reasonPrompt.zh))
    }

    static let gapsRubric = """
        format: zhizao.rubric/1
        id: gaps
        version: "1"
        title: Gaps
        domains:
          - {id: d, weight: 1}
        indicators:
          - {id: a1, domain: d, type: bool}
          - {id: a2, domain: d, type: bool}
          - {id: a3, domain: d, type: bool}
          - {id: a4, domain: d, type: bool}
          - {id: a5, domain: d, type: bool, na: exclude}
        gates:
          - {id: a5_done, title: A5 done, expr: "has(answer.a5) && answer.a5"}
        tiers:
          - id: t
            rules: [{id: total_50, expr: "total >= 50.0"}]
        """

    @Test("n on a question that cannot be N/A: an ordinary choice says so; a yes-or-no reads it as no (SPEC §2: Y/N)")
    func notApplicableKey() throws {
        let questions = try Self.questions(.en)
        let all = CheckQuestion.all(Questionnaire(rubric: try rubric(Self.rubricText), language: .en))
        func session(at id: String) -> CheckSession {
            CheckSession(questions: all, draft: CheckDraft(submitted: nil), language: .en, startingAt: id)
        }
        #expect(session(at: "looks_like_bool").handle("n")
                == .invalid("This question cannot be answered not applicable; enter a number 1–2"))
        let yesNo = session(at: "automated")
        #expect(yesNo.handle("n") == .ask(notes: [], prompt: "Evidence (optional, Enter skips; a note after 'note:'): "))
        #expect(yesNo.draft.answers["automated"]?.value == .bool(false))
        #expect(try #require(questions["automated"]).choices.map(\.label) == ["yes", "no"])
    }

    @Test("choices worst first: worst → best kept, best → worst reversed, mixed sorted with ties in the rubric's order", arguments: [
        ([0, 3, 6, 10], ["a", "b", "c", "d"]),
        ([10, 8, 5, 0], ["d", "c", "b", "a"]),
        ([5, 0, 10, 0], ["b", "d", "a", "c"]),
        ([10, 10], ["a", "b"]),
    ] as [([Int], [String])])
    func worstFirst(ranks: [Int], expected: [String]) {
        // Ranks in tenths, so 0.3 can be written 3.
        #expect(CheckQuestion.worstFirst(["a", "b", "c", "d"].prefix(ranks.count).map { $0 }, ranks: ranks.map { ExactNumber($0) }) == expected)
    }

    @Test("a typed line read as a command, full-width too; anything else is an answer", arguments: [
        ("?", CheckCommandWord.help), ("？", .help), ("help", .help), ("HELP", .help), ("帮助", .help),
        ("q", .quit), ("ｑ", .quit), ("退出", .quit), ("b", .back), ("s", .skip), ("n", .notApplicable), ("不适用", .notApplicable),
        ("不涉及", .notApplicable), ("N/A", .notApplicable), ("f", .finish), ("g", .go("")), ("go", .go("")), ("g 12", .go("12")), ("ｇ　１２", .go("12")), ("go rd_digital_twin", .go("rd_digital_twin")), ("g 数字孪生", .go("数字孪生")),
    ] as [(String, CheckCommandWord)])
    func commands(line: String, command: CheckCommandWord) {
        #expect(CheckCommandWord(TypedValue.text(line)) == command)
    }

    @Test("not commands: answers and names", arguments: ["gg", "going", "1", "qq", "help me", "潍坊示例", "0.15"])
    func notCommands(line: String) {
        #expect(CheckCommandWord(TypedValue.text(line)) == nil)
    }

    @Test("keys are never broken: a new line before a key that would pass 76 columns")
    func keys() {
        let keys = ["数字 0–100（单位：%）", "? 说明", "n 不适用", "s 跳过", "b 上一题", "g 跳题", "q 保存退出"]
        let lines = CheckSession.keyLines(keys)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 76 })
        #expect(lines.joined(separator: " · ") == keys.joined(separator: " · "))
    }
}
