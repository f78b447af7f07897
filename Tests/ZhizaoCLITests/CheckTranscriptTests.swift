import Foundation
import Testing
import ZhizaoKit
import ZhizaoTestSupport

// Issue 17: `check` in the words people type. One row per case: the lines typed (each case
// starts a new answers file, reaches its question with `g`, and ends with `q`), the exact
// messages the session prints (wrapping at 80 columns undone), and the lines the saved file
// holds — or must not hold.

@Suite("zhizao check: typing forgiven and explained")
struct CheckTranscriptTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let lines: [String]
        let messages: [String]
        let saved: [String]
        var absent: [String] = []
        /// `--lang en` for the English rows.
        var english = false
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "full-width choice number", lines: ["g 5", "３"], messages: [], saved: ["applying_for: pilot"]),
        Case(name: "full-width whole number", lines: ["g cmmm_level", "４"], messages: [], saved: ["cmmm_level: 4"]),
        Case(name: "full-width percent, and what was recorded", lines: ["g prod_equipment_networked", "４５", ""],
             messages: ["已记录：45%"], saved: ["prod_equipment_networked: 45"]),
        Case(name: "full-width percent sign", lines: ["g prod_equipment_networked", "０.５％", ""],
             messages: ["已记录：0.5%"], saved: ["prod_equipment_networked: 0.5"]),
        Case(name: "a fraction at a percent question, meant as 15 %", lines: ["g prod_equipment_networked", "0.15", "y", ""],
             messages: ["0.15 按 0.15% 计，是否指 15%？", "y 记为 15% · n 记为 0.15% · 或重新输入数值", "已记录：15%"],
             saved: ["prod_equipment_networked: 15"]),
        Case(name: "a fraction at a percent question, meant literally", lines: ["g prod_equipment_networked", "0.15", "n", ""],
             messages: ["0.15 按 0.15% 计，是否指 15%？", "已记录：0.15%"], saved: ["prod_equipment_networked: 0.15"]),
        Case(name: "a fraction, then the value typed again", lines: ["g prod_equipment_networked", "0.15", "30", ""],
             messages: ["0.15 按 0.15% 计，是否指 15%？", "已记录：30%"], saved: ["prod_equipment_networked: 30"]),
        Case(name: "a choice number at a percent question, confirmed", lines: ["g prod_equipment_networked", "3", "y", ""],
             messages: ["本题填百分数，不是选项编号：3 按 3% 计，对吗？", "y 记为 3% · 或重新输入数值", "已记录：3%"],
             saved: ["prod_equipment_networked: 3"]),
        Case(name: "a choice number at a percent question, refused with n", lines: ["g prod_equipment_networked", "3", "n", "60", ""],
             messages: ["本题填百分数，不是选项编号：3 按 3% 计，对吗？", "已记录：60%"], saved: ["prod_equipment_networked: 60"]),
        Case(name: "3% with its sign is not doubted", lines: ["g prod_equipment_networked", "3%", ""],
             messages: ["已记录：3%"], saved: ["prod_equipment_networked: 3"], absent: []),
        Case(name: "q at the N/A-reason prompt quits and saves no reason", lines: ["g rd_product_design", "n", "q"],
             messages: ["不适用的理由（回车取消）：", "已保存到 answers.yaml；继续填写：zhizao check answers.yaml"],
             saved: ["x-zhizao-check: {next: rd_product_design}"], absent: ["rd_product_design:", "{na: q}"]),
        Case(name: "? and b at the N/A-reason prompt", lines: ["g rd_product_design", "n", "？", "b"],
             messages: ["写下本题为什么不适用本厂，如“离散装配为主，无连续流程装置”；回车或 b 取消，q 保存退出", "已取消“不适用”。"],
             saved: [], absent: ["rd_product_design:"]),
        Case(name: "a lone letter is not a reason", lines: ["g rd_product_design", "n", "x", "本厂不做产品设计"],
             messages: ["“x”不像理由；请写明为什么不适用（回车取消）"], saved: ["rd_product_design: {na: 本厂不做产品设计}"]),
        Case(name: "help at the name prompt is help, not the name", lines: ["help", "潍坊示例"],
             messages: ["这一题没有更多说明。"], saved: ["name: 潍坊示例"], absent: ["name: help"]),
        Case(name: "full-width ？ and ｑ are commands", lines: ["？", "ｑ"],
             messages: ["这一题没有更多说明。", "已保存到 answers.yaml"], saved: [], absent: ["name:"]),
        Case(name: "a name keeps its own characters", lines: ["ＡＢＣ机械"], messages: [], saved: ["name: ＡＢＣ机械"]),
        Case(name: "a label prefix", lines: ["g 5", "卓越"], messages: [], saved: ["applying_for: excellence"]),
        Case(name: "√ for yes", lines: ["g registered_in_shandong", "√"], messages: [], saved: ["registered_in_shandong: true"]),
        Case(name: "g by the start of a title", lines: ["g 数字孪生", "2", ""], messages: ["[研发设计 2/7 · 总 15/64] 数字孪生工厂构建"],
             saved: ["rd_digital_twin: pilot"]),
        Case(name: "g to no question, and to an ambiguous start", lines: ["g 99", "g 数字"],
             messages: ["没有“99”这一题；g 后面写题号 1–64、题目开头的字或 id", "“数字”可指：15 数字孪生工厂构建、44 数字基础设施建设；请写题号"],
             saved: [], absent: ["x-zhizao-check: {next: rd_digital_twin}"]),
        Case(name: "not registered in Shandong: no tier at all, said at once", lines: ["g registered_in_shandong", "否"],
             messages: ["注意：不满足申报条件“在山东省内注册的独立法人”，任何等级都无法达到"], saved: ["registered_in_shandong: false"]),
        Case(name: "a recognised 基础级 only: 卓越级 and 领航级 ruled out", lines: ["g recognised_tier", "2"],
             messages: ["注意：不满足“卓越级智能工厂：已获评先进级智能工厂”，卓越级智能工厂、领航级智能工厂无法达到",
                        "注意：不满足“领航级智能工厂：已获评卓越级智能工厂”，领航级智能工厂无法达到"],
             saved: ["recognised_tier: basic"]),
        Case(name: "an eligibility indicator answered 不满足", lines: ["g om_organisation", "1", ""],
             messages: ["1) 不满足   2) 部分满足   3) 大部分满足   4) 全部满足",
                        "注意：不满足申报条件“设有智能工厂规划、建设和运营的组织机制和专业人员”，任何等级都无法达到"],
             saved: ["om_organisation: none"]),
        Case(name: "accident grades worst first", lines: ["g accident_grade_3y", "5"],
             messages: ["1) 特别重大事故   2) 重大事故   3) 较大事故   4) 一般事故   5) 未发生事故"], saved: ["accident_grade_3y: none"]),
        Case(name: "evidence and a note", lines: ["g rd_factory_planning", "5", "布局仿真报告；产能仿真模型 备注：2025 年完成"],
             messages: ["佐证材料（可选，回车跳过；“备注：”后写备注）："],
             saved: ["rd_factory_planning: {value: intelligent, evidence: [布局仿真报告, 产能仿真模型], note: \"2025 年完成\"}"]),
        Case(name: "the next answer typed at the evidence prompt is not evidence", lines: ["g rd_factory_planning", "5", "3", ""],
             messages: ["“3”不像佐证材料；本题答案已保存，回车进入下一题，或写明材料名称"], saved: ["rd_factory_planning: intelligent"]),
        Case(name: "q at the evidence prompt keeps the answer", lines: ["g rd_factory_planning", "5", "q"],
             messages: ["已保存到 answers.yaml"], saved: ["rd_factory_planning: intelligent"]),
        Case(name: "skip to the end: the review lists the unanswered by title, Enter answers them in turn", lines: ["g 64", "s", ""],
             messages: ["—— 还有 60 题未回答 ——", "5. 申报等级", "6. 在山东省内注册的独立法人", "……另有 40 题",
                        "回车 逐题补答 · g 题号 跳题 · f 直接看结果 · b 上一题 · q 保存退出", "[企业信息 5/5 · 总 5/64] 申报等级"],
             saved: ["x-zhizao-check: {next: applying_for}"]),
        // The same in English.
        Case(name: "en: a fraction at a percent question", lines: ["g prod_equipment_networked", "0.15", "y", ""],
             messages: ["0.15 counts as 0.15 %; did you mean 15 %?", "y records 15 % · n records 0.15 % · or type the value again", "Recorded: 15%"],
             saved: ["prod_equipment_networked: 15"], english: true),
        Case(name: "en: a choice number at a percent question", lines: ["g prod_equipment_networked", "3", "y", ""],
             messages: ["This question takes a percentage, not a choice number: 3 counts as 3 %. Right?"],
             saved: ["prod_equipment_networked: 3"], english: true),
        Case(name: "en: not registered in Shandong", lines: ["g registered_in_shandong", "no"],
             messages: ["Note: the condition 'An independent legal person registered in Shandong' is not met, so no tier can be reached"],
             saved: ["registered_in_shandong: false"], english: true),
        Case(name: "en: a lone letter is not a reason", lines: ["g rd_product_design", "n", "x", "q"],
             messages: ["'x' is not a reason; say why it does not apply (Enter cancels)"], saved: [], absent: ["rd_product_design:"], english: true),
        Case(name: "en: the review", lines: ["g 64", "s", "?"],
             messages: ["—— 60 questions not answered ——", "Enter answer them in turn · g N go to N · f result now · b back", "q save and quit",
                        "These questions have no answer yet. Enter goes through them (s still skips); f shows the result now, and unanswered questions score 0"],
             saved: [], english: true),
    ]

    @Test("one case per row: the value saved and the exact messages", arguments: cases)
    func transcript(_ row: Case) throws {
        let folder = try CheckCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CheckCommandTests.run(["check", "-o", "answers.yaml"] + (row.english ? ["--lang", "en"] : []), input: (row.lines + ["q"]).joined(separator: "\n") + "\n", in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        // Wrapping undone: a line break (and the space it replaced) does not count.
        func unwrapped(_ text: String) -> String { text.replacingOccurrences(of: "\n  ", with: "").replacingOccurrences(of: " ", with: "") }
        let said = unwrapped(result.stdout)
        for message in row.messages { #expect(said.contains(unwrapped(message)), "\(message)\n\(result.stdout)") }
        let saved = try String(contentsOf: folder.appendingPathComponent("answers.yaml"), encoding: .utf8)
        for line in row.saved { #expect(saved.contains(line), "\(line)\n\(saved)") }
        for line in row.absent { #expect(!saved.contains(line), "\(line)\n\(saved)") }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("answers.yaml.lock").path), "the lock is removed at exit")
        // Every line the session printed fits 80 columns.
        for line in result.stdout.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 80, "\(line)") }
    }

    @Test("a lock: a second session on a held file is refused, naming the file; a stale lock is cleared and said; the lock goes at exit")
    func lock() throws {
        let folder = try CheckCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("answers.yaml").path
        let first = try CheckCommandTests.run(["check", "-o", "answers.yaml"], input: "示例企业\nq\n", in: folder)
        #expect(first.status == 0)
        #expect(!FileManager.default.fileExists(atPath: file + ".lock"), "removed at exit")

        // Held by a live process (this one): refused, and nothing is written.
        guard case .taken(let held, removedStale: false) = CheckLock.take(for: file) else { Issue.record("the lock could not be taken"); return }
        let before = try String(contentsOfFile: file, encoding: .utf8)
        let second = try CheckCommandTests.run(["check", "--resume", "answers.yaml"], input: "s\ns\nq\n", in: folder)
        #expect(second.status == 2)
        #expect(second.stderr == "answers.yaml: error: answers.yaml 正由另一个 zhizao check 会话填写（进程 \(getpid())）；请先结束那个会话。若确认没有，删除锁文件 answers.yaml.lock 后重试\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
        let english = try CheckCommandTests.run(["check", "--resume", "answers.yaml", "--lang", "en"], input: "", in: folder)
        #expect(english.stderr == "answers.yaml: error: answers.yaml is being filled in by another zhizao check session (process \(getpid())); end that one first. If there is none, delete the lock file answers.yaml.lock and try again\n")
        #expect(FileManager.default.fileExists(atPath: file + ".lock"), "another session's lock is left alone")

        // Left by a process that is gone: cleared, said, and the session goes on.
        let owner = try String(contentsOfFile: file + ".lock", encoding: .utf8)
        let host = owner.split(separator: "\n").dropFirst().first.map(String.init) ?? ""
        try "2147483646\n\(host)\n".write(toFile: file + ".lock", atomically: false, encoding: .utf8)
        _ = held  // the lock object is not released: its file now names a dead process
        let third = try CheckCommandTests.run(["check", "--resume", "answers.yaml"], input: "q\n", in: folder)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stderr == "已清除上次会话遗留的锁文件 answers.yaml.lock\n")
        #expect(!FileManager.default.fileExists(atPath: file + ".lock"))
    }

    @Test("--resume on a file with the user's own comments: told once, with the line numbers, and the original kept as FILE.orig")
    func comments() throws {
        let folder = try CheckCommandTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("answers.yaml").path
        _ = try CheckCommandTests.run(["check", "-o", "answers.yaml"], input: "示例企业\nq\n", in: folder)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        let commented = "# 客户要求：下周复核\n" + written.replacingOccurrences(of: "name: 示例企业", with: "name: 示例企业  # 全称待确认")
        try commented.write(toFile: file, atomically: false, encoding: .utf8)
        let resumed = try CheckCommandTests.run(["check", "--resume", "answers.yaml"], input: "q\n", in: folder)
        #expect(resumed.status == 0)
        let lineOfName = try #require(commented.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("全称待确认") }) + 1
        #expect(resumed.stdout.contains("注意：answers.yaml 中的注释（第 1、\(lineOfName) 行）在继续填写保存时无法保留；原文件已复制到 answers.yaml.orig"), "\(resumed.stdout)")
        #expect(try String(contentsOfFile: file + ".orig", encoding: .utf8) == commented)
        let again = try CheckCommandTests.run(["check", "--resume", "answers.yaml"], input: "q\n", in: folder)
        #expect(!again.stdout.contains("注释"), "told once: the saved file has no comments of the user's left")
        #expect(!FileManager.default.fileExists(atPath: file + ".orig-2"))
        // The writer's own comments (titles beside answers, section names) are not the user's.
        #expect(CheckComments.dropped(original: written, rewritten: written).isEmpty)
        #expect(CheckComments.dropped(original: "a: \"x # y\"  # z\nb: c#d\n", rewritten: "") == [1])
    }
}
