import Testing
@testable import ZhizaoKit

/// A text a reader refuses, where and with what message in both languages: the cases of the
/// strict-JSON and core-tag tables.
struct RefusedText: Sendable, CustomTestStringConvertible {
    let text: String
    let line: Int
    let column: Int
    let zh: String
    let en: String
    var testDescription: String { text.replacingOccurrences(of: "\n", with: "⏎") }

    /// Expects `error` to be this refusal: its place and both messages.
    func expectRefusal(_ error: InputError?) {
        #expect(error?.line == line && error?.column == column, "\(String(describing: error))")
        #expect(error?.message.zh == zh)
        #expect(error?.message.en == en)
    }
}
