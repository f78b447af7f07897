extension Words {
    /// `zhizao validate`: the line after each file's problems.
    public enum Validation {
        public static func validRubric(_ file: String, id: String, version: String, indicators: Int, tiers: Int, provisional: Int) -> Phrase {
            Phrase(zh: "\(file)：有效的评价细则 \(id) \(version)（\(indicators) 个指标，\(tiers) 个等级，\(provisional) 个暂定条件或阈值）",
                   en: "\(file): valid rubric \(id) \(version) (\(indicators) indicators, \(tiers) tiers, \(provisional) provisional conditions)")
        }

        public static func validAssessment(_ file: String, answers: Int) -> Phrase {
            Phrase(zh: "\(file)：有效的评估文件（\(answers) 项回答）", en: "\(file): valid assessment (\(answers) answers)")
        }

        public static func rubricPart(_ file: String) -> Phrase {
            Phrase(zh: "\(file)：细则组成部分", en: "\(file): rubric part")
        }

        public static func invalid(_ file: String) -> Phrase {
            Phrase(zh: "\(file)：无效", en: "\(file): invalid")
        }
    }
}
