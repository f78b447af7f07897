extension Words {
    /// The assessment pipeline (Scoring/AssessmentPipeline.swift).
    public enum Pipeline {
        /// `--rubric` wins over the rubric an assessment names.
        public static func rubricOverridden(named: String, using reference: String) -> Phrase {
            Phrase(zh: "评估文件指定的细则是 \(named)，按 --rubric 使用 \(reference)",
                   en: "the assessment names \(named); scored with \(reference) as --rubric asks")
        }
    }
}
