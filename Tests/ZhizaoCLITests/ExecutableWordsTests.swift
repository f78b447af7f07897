import Foundation
import Testing
import ZhizaoTestSupport

/// Issue 13: every text the executable prints comes from the catalog (`Words`), so none of
/// its sources writes a Chinese sentence of its own, outside comments.
@Suite("the executable's words")
struct ExecutableWordsTests {
    /// Still being moved into the catalog by its own change.
    static let pending: Set<String> = []

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
    }

    @Test("no source of the executable writes Chinese text inline: help, usage errors and messages come from Words")
    func noInlineChinese() throws {
        let folder = URL(fileURLWithPath: PackageRoot.path("Sources/zhizao"))
        let files = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" && !Self.pending.contains($0.lastPathComponent) }
        #expect(files.count > 10)
        var inline: [String] = []
        for file in files {
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            for (index, line) in lines.enumerated() {
                let code = line.drop { $0 == " " }
                if code.hasPrefix("//") { continue }
                if code.unicodeScalars.contains(where: Self.isCJK) {
                    inline.append("\(file.lastPathComponent):\(index + 1): \(code)")
                }
            }
        }
        #expect(inline.isEmpty, "\(inline.joined(separator: "\n"))")
    }
}
