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
}
