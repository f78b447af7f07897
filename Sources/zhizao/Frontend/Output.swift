import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// Writing to the terminal: results on stdout, problems on stderr.
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func diagnostics(_ diagnostics: [Diagnostic], language: MessageLanguage) {
        for diagnostic in diagnostics {
            standardError(diagnostic.rendered(language) + "\n")
        }
    }

    /// A document to standard output, or to `path`: written to a temporary file and renamed,
    /// so an interrupted run never leaves half a file. Exits 2 when it cannot be written.
    static func document(_ text: String, to path: String?, language: MessageLanguage) throws {
        guard let path else {
            standardOutput(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            standardError(language == .zh ? "\(path): error: 无法写入：\(error.localizedDescription)\n"
                                          : "\(path): error: cannot write: \(error.localizedDescription)\n")
            throw ExitCode(2)
        }
    }
}
