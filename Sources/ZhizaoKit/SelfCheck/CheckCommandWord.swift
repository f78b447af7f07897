import Foundation

/// What a typed line means when it is a command rather than an answer: the same words at
/// every prompt of `check` (a question, the N/A reason, evidence, the review screen), so
/// `q` at the reason prompt quits instead of becoming the reason and `help` at the name
/// prompt shows help instead of becoming the name.
enum CheckCommandWord: Equatable {
    case help, quit, back, skip, notApplicable, finish
    /// `g 12`, `go rd_digital_twin`, `g 数字孪生`: the target as typed (empty for a bare `g`).
    case go(String)

    /// The command a line is, if any. `line` is already `TypedValue.text`.
    init?(_ line: String) {
        let word = line.lowercased()
        switch word {
        case "?", "h", "help", "帮助", "说明": self = .help
        case "q", "quit", "exit", "退出": self = .quit
        case "b", "back", "返回", "上一题": self = .back
        case "s", "skip", "跳过": self = .skip
        case "n": self = .notApplicable
        case _ where TypedValue.isNotApplicableWord(word): self = .notApplicable  // 不适用, 不涉及, N/A …
        case "f", "finish", "完成": self = .finish
        case "g", "go", "goto": self = .go("")  // the target missing: said what to add
        default:
            for prefix in ["g ", "go ", "goto "] where word.hasPrefix(prefix) {
                let target = line.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                if !target.isEmpty { self = .go(target); return }
            }
            return nil
        }
    }
}
