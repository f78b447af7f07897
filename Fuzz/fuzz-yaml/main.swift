import FuzzSupport
import ZhizaoKit

// An assessment file's bytes, read and scored as `zhizao score` does (YAML, or strict JSON
// when the bytes start with `{`), then written as `score --explain` text and as JSON. Its
// `rubric:` field is resolved like score's: a shipped id (the Shandong rubric by default);
// a relative path finds nothing in the empty scratch folder.

enum YAMLAssessmentTarget {
    static let pipeline = AssessmentPipeline(catalog: RubricCatalog())
    static let folder = ScratchFile(named: "assessment.yaml").folder
    static let stamp = OutputStamp(date: "2026-01-01")

    static func run(_ bytes: [UInt8]) {
        let name = bytes.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") ? "assessment.json" : "assessment.yaml"
        switch pipeline.process(bytes: bytes, source: name, folder: folder) {
        case .rejected(let diagnostics):
            for diagnostic in diagnostics { _ = diagnostic.rendered(.zh) }
        case .scored(let result):
            let view = ScoreView(result, language: .zh, stamp: stamp)
            _ = ScoreTextWriter(explain: true).write(view)
            _ = ScoreJSONWriter().write(view)
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    YAMLAssessmentTarget.run(LibFuzzer.bytes(data, size))
    return 0
}

LibFuzzer.run(testOneInput)
