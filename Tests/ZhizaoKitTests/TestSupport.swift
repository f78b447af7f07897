import Foundation
import Testing
@testable import ZhizaoKit

/// Rubric files held in memory, for tests.
struct MemoryFileSource: RubricFileSource {
    let files: [String: String]

    func read(_ path: String) throws(InputError) -> [UInt8] {
        guard let text = files[path] else { throw InputError(line: 1, column: 1, Phrase(zh: "找不到文件", en: "no such file")) }
        return Array(text.utf8)
    }
}

func loadRubric(_ text: String, path: String = "test.yaml", parts: [String: String] = [:]) -> RubricLoadResult {
    RubricLoader(files: MemoryFileSource(files: parts.merging([path: text]) { a, _ in a })).load(path)
}

/// A rubric that must load; the test fails with its diagnostics otherwise.
func rubric(_ text: String, parts: [String: String] = [:]) throws -> Rubric {
    let result = loadRubric(text, parts: parts)
    guard let rubric = result.rubric else {
        Issue.record(Comment(rawValue: "rubric did not load:\n" + result.diagnostics.map(\.description).joined(separator: "\n")))
        throw TestFailure()
    }
    return rubric
}

struct TestFailure: Error {}

func readAssessment(_ text: String, rubric: Rubric, source: String = "a.yaml") -> Result<Assessment, AssessmentReader.Rejection> {
    do {
        let document = try YAMLReader.readDocument(Array(text.utf8))
        return AssessmentReader(rubric: rubric).read(document, source: source, fingerprint: AssessmentReader.fingerprint(Array(text.utf8)))
    } catch {
        return .failure(AssessmentReader.Rejection(diagnostics: [error.diagnostic(file: source)]))
    }
}

func assessment(_ text: String, rubric: Rubric) throws -> Assessment {
    switch readAssessment(text, rubric: rubric) {
    case .success(let a): return a
    case .failure(let rejection):
        Issue.record(Comment(rawValue: "assessment refused:\n" + rejection.diagnostics.map(\.description).joined(separator: "\n")))
        throw TestFailure()
    }
}

/// The errors an assessment is refused with.
func rejection(_ text: String, rubric: Rubric) -> [Diagnostic] {
    if case .failure(let rejection) = readAssessment(text, rubric: rubric) { return rejection.diagnostics }
    return []
}

func score(_ answers: String, profile: String = "{}", rubric: Rubric, extra: String = "") throws -> ScoreResult {
    let text = """
        format: zhizao.assessment/1
        profile: \(profile)
        \(extra)
        answers:
        \(answers.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
        """
    return Scorer(rubric: rubric).score(try assessment(text, rubric: rubric), plan: nil)
}

extension ExactNumber {
    static func d(_ text: String) -> ExactNumber { ExactNumber(decimal: text)! }
}

/// A rubric exercising every clause of SPEC §3, for hand-computed cases.
/// Domains a (weight 2), b (1), c (1).
let arithmeticRubric = """
    format: zhizao.rubric/1
    id: arithmetic
    version: "1"
    title: Arithmetic
    profile:
      - {id: size_ok, type: bool}
    domains:
      - {id: a, weight: 2}
      - {id: b, weight: 1}
      - {id: c, weight: 1}
    indicators:
      - id: a1
        domain: a
        type: choice
        weight: 3
        choices: [{id: hi, score: 1}, {id: mid, score: 0.5}, {id: lo, score: 0}]
      - id: a2
        domain: a
        type: percent
        bands: [{from: 10, score: 0.5}, {from: 80, score: 1}]
      - id: b1
        domain: b
        type: number
        min: 0
        max: 100
        na: exclude
        linear: {from: 0, to: 30}
      - id: b2
        domain: b
        type: multi
        na: exclude
        choices: [{id: x, score: 0.6}, {id: y, score: 0.6}, {id: z, score: 0.2}]
      - {id: c1, domain: c, type: bool, na: full}
      - {id: c2, domain: c, type: bool, na: zero, required: false}
    metrics:
      - {id: half, expr: "total / 2.0"}
      - {id: broken, expr: "int(total) / 0"}
    checks:
      - {id: c_agree, expr: "!has(score.c1) || !has(score.c2) || score.c1 == score.c2", message: {zh: c1 与 c2 不一致, en: c1 and c2 disagree}}
    gates:
      - {id: size, title: 规上, expr: "profile.size_ok == true", tiers: [t1]}
    tiers:
      - id: t1
        rules: [{id: total_50, expr: "total >= 50.0"}]
      - id: t2
        rules: [{id: total_56_3, expr: "total >= 56.3"}]
      - id: t3
        requires: []
        rules: [{id: errs, expr: "answer.b2[5] == 'x'"}]
    """
