import ArgumentParser
import Foundation
import ZhizaoCEL
import ZhizaoKit

/// Writing to the terminal: results on stdout, problems on stderr. Every text passes
/// through `TerminalText`, so no control or escape character from an input reaches the
/// terminal (SPEC §2); zhizao's own lines are kept. A text document is escaped the same way
/// on standard output and written as it is to a file (its writer escapes for its format).
enum Output {
    static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.escaped(text, lineBreaks: .kept).utf8))
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(TerminalText.escaped(text, lineBreaks: .kept).utf8))
    }

    /// A screen of `check`, whose colours (`TerminalStyle`) are kept.
    static func styledOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.escapedKeepingStyles(text).utf8))
    }

    static func diagnostics(_ diagnostics: [Diagnostic], language: Language) {
        for diagnostic in diagnostics {
            standardError(diagnostic.rendered(language) + "\n")
        }
    }

    /// A document to standard output, or to `path`: written to a temporary file and renamed,
    /// so an interrupted run never leaves half a file. Exits 2 when it cannot be written.
    static func document(_ text: String, to path: String?, language: Language) throws {
        // On standard output a text document reaches the terminal too.
        try document(Data((path == nil ? TerminalText.escaped(text, lineBreaks: .kept) : text).utf8), to: path, language: language)
    }

    /// `document(_:to:language:)` of bytes (a Word document).
    static func document(_ data: Data, to path: String?, language: Language) throws {
        guard let path else {
            FileHandle.standardOutput.write(data)
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            cannotWrite(path, error, language: language)
            throw ExitCode(2)
        }
    }

    /// `path: error: 无法写入：文件夹不存在` — the common reasons in the user's language (the
    /// system's own words are English), the rare ones as the system gives them.
    static func cannotWrite(_ path: String, _ error: Error, language: Language) {
        var code = (error as? POSIXError)?.code
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { code = POSIXErrorCode(rawValue: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = POSIXErrorCode(rawValue: Int32(underlying.code))
        }
        // Foundation's own write errors, as the POSIX reasons they stand for.
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?, .fileWriteInvalidFileName?: code = code ?? .ENOENT
        case .fileWriteNoPermission?: code = code ?? .EACCES
        case .fileWriteOutOfSpace?: code = code ?? .ENOSPC
        case .fileWriteVolumeReadOnly?: code = code ?? .EROFS
        default: break
        }
        let reason: String
        switch code {
        case .ENOENT?, .ENOTDIR?: reason = Words.Writing.folderMissing(language)
        case .EACCES?, .EPERM?: reason = Words.Writing.permissionDenied(language)
        case .ENOSPC?: reason = Words.Writing.diskFull(language)
        case .EROFS?: reason = Words.Writing.readOnly(language)
        default: reason = error.localizedDescription
        }
        standardError("\(path): error: " + Words.Writing.cannotWrite(reason)(language) + "\n")
    }
}
