extension Words.CommandLine {
    /// ArgumentParser's own usage errors (an unknown option, a missing argument, a bad value),
    /// in the user's words. The English is ArgumentParser's, kept as it wrote it.
    public enum Parser {
        /// Before the message: `错误：` / `Error: ` (the English as ArgumentParser prints it).
        public static let error = Phrase(zh: "错误：", en: "Error: ")
        /// The same, where both languages are shown: `错误 Error: `.
        public static let errorTitle = Phrase(zh: "错误", en: "Error")
        /// Before the abstract of the option concerned, where both languages are shown.
        public static let helpTitle = Phrase(zh: "说明", en: "Help")
        /// Before the usage line.
        public static let usage = Phrase(zh: "用法：", en: "Usage: ")
        /// The same, where both languages are shown: `用法 Usage: `.
        public static let usageTitle = Phrase(zh: "用法", en: "Usage")
        /// Before the abstract of the option concerned.
        public static let help = Phrase(zh: "说明：", en: "Help:  ")
        /// `command` is `zhizao score`.
        public static func seeHelp(_ command: String) -> Phrase {
            Phrase(zh: "详见 \(command) --help", en: "See '\(command) --help' for more information.")
        }
        /// Where both languages are shown: `详见 See: zhizao score --help`.
        public static let seeTitle = Phrase(zh: "详见", en: "See")

        public static func unknownOption(_ option: String, english: String) -> Phrase {
            Phrase(zh: "没有选项 \(option)", en: english)
        }

        public static func unknownOption(_ option: String, suggestion: String, english: String) -> Phrase {
            Phrase(zh: "没有选项 \(option)（是否应为 \(suggestion)？）", en: english)
        }

        public static func missingValue(_ option: String, english: String) -> Phrase {
            Phrase(zh: "\(option) 后面缺少值", en: english)
        }

        public static func missingArgument(_ argument: String, english: String) -> Phrase {
            Phrase(zh: "缺少参数 \(argument)", en: english)
        }

        /// `arguments` listed, as ArgumentParser lists them.
        public static func missingOneOf(_ arguments: String, english: String) -> Phrase {
            Phrase(zh: "缺少以下参数之一：\(arguments)", en: english)
        }

        public static func unexpectedArguments(_ arguments: [String], english: String) -> Phrase {
            Phrase(zh: "多余的参数：\(arguments.joined(separator: " "))", en: english)
        }

        public static func takesNoValue(_ option: String, value: String, english: String) -> Phrase {
            Phrase(zh: "\(option) 不接受值，却给了“\(value)”", en: english)
        }

        public static func invalidValue(_ value: String, for option: String, english: String) -> Phrase {
            Phrase(zh: "“\(value)”不是 \(option) 的有效值", en: english)
        }

        /// `valid` are the values the option takes.
        public static func invalidValue(_ value: String, for option: String, valid: [String], english: String) -> Phrase {
            Phrase(zh: "“\(value)”不是 \(option) 的有效值；可选：\(valid.joined(separator: "、"))", en: english)
        }

        /// `reason` is the value type's own message, which names the value (zhizao's own are
        /// in both languages).
        public static func invalidValue(for option: String, reason: String, english: String) -> Phrase {
            Phrase(zh: "\(option)：\(reason)", en: english)
        }

        public static func invalidOption(_ option: String, english: String) -> Phrase {
            Phrase(zh: "无效的选项：\(option)", en: english)
        }

        public static func missingSubcommand(english: String) -> Phrase {
            Phrase(zh: "缺少子命令（如 zhizao score）", en: english)
        }

        public static func setTwice(english: String) -> Phrase {
            Phrase(zh: "同一个值设置了两次", en: english)
        }
    }
}
