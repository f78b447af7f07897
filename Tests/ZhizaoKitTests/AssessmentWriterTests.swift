import Foundation
import Testing
import ZhizaoTestSupport
@testable import ZhizaoKit

// What `check` and `import` write must read back as the very answers given: names with
// colons, hashes, quotes and line breaks, words YAML would turn into booleans or numbers.

@Suite("Assessment writer")
struct AssessmentWriterTests {
    static let nasty = ["潍坊 示例: 动力 # 股份", "yes", "No", "on", "123", "0x1F", "1e3", "-领先", "\"引号\"", "两行\n文本", "  空格  ", "null", "~",
                        "true", "@at", "a: b", "[列表]", "{映射}", "'单引号'", "%", "*", "&锚", "!标签", "|", ">", "2026-05-20"]

    @Test("a string YAML would read as something else is quoted; plain words and Chinese stay plain", arguments: nasty)
    func quoting(_ text: String) throws {
        let written = YAMLText.scalar(text)
        let node = try YAMLReader.readValue(written)
        guard case .scalar(let read, _) = node.kind else { Issue.record("\(written) is not a scalar"); return }
        #expect(read == text, "\(written)")
        if text == "2026-05-20" { #expect(written == text, "a date stays readable") }
    }

    @Test("plain ids and Chinese words are written plain")
    func plain() {
        #expect(YAMLText.scalar("rd_digital_design") == "rd_digital_design")
        #expect(YAMLText.scalar("潍坊示例动力股份有限公司") == "潍坊示例动力股份有限公司")
        #expect(YAMLText.scalar("shandong-smart-factory@2026.1") == "shandong-smart-factory@2026.1")
    }

    @Test("every example, written and read back, holds the same answers and scores the same")
    func roundTrip() throws {
        let folder = PackageRoot.url.appendingPathComponent("Examples/shandong")
        let pipeline = AssessmentPipeline(catalog: RubricCatalog(), planOptions: nil)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            guard case .scored(let original) = pipeline.process(path: folder.appendingPathComponent(name).path) else { continue }
            var answers = original.assessment.answers
            // A note and evidence with markup and a colon, to cover the long form.
            if let (id, answer) = answers.first(where: { $0.value.value != nil }) {
                answers[id] = Answer(value: answer.value, evidence: ["验收报告: 第1版.pdf", "#2"], note: "试点 # 产线\n第二行")
            }
            let assessment = Assessment(source: name, fingerprint: "", rubricReference: original.assessment.rubricReference,
                                        enterprise: Enterprise(name: "示例: \"引号\" #1", creditCode: original.assessment.enterprise.creditCode,
                                                               city: original.assessment.enterprise.city, industry: "yes"),
                                        applyingFor: original.assessment.applyingFor, submitted: original.assessment.submitted,
                                        profile: original.assessment.profile, answers: answers)
            let text = AssessmentWriter.yaml(assessment, rubric: original.rubric, locale: "zh", header: ["第一行", "第二行"])
            guard case .scored(let again) = pipeline.process(bytes: Array(text.utf8), source: name, folder: folder.path) else {
                Issue.record("\(name) written does not read back:\n\(text)")
                continue
            }
            #expect(again.assessment.enterprise == assessment.enterprise, "\(name)")
            #expect(again.assessment.profile == assessment.profile, "\(name)")
            #expect(Dictionary(uniqueKeysWithValues: again.assessment.answers.map { ($0.key, $0.value) })
                    == Dictionary(uniqueKeysWithValues: assessment.answers.map { ($0.key, $0.value) }), "\(name)")
            #expect(again.total == original.total && again.tier == original.tier, "\(name)")
        }
    }
}
