extension Assessment {
    /// `sha256:` of what the assessment says, not of the bytes it was read from: the
    /// enterprise, the tier applied for, the date, the profile and every answer (value, N/A
    /// reason, evidence, note), keys in sorted order. Two files that differ only in line
    /// endings, comments, key order or quoting, or a file and a sheet row that say the same,
    /// have the same content (`rank` ranks them once). The rubric reference is left out:
    /// a batch is scored under one rubric.
    public var contentFingerprint: String {
        var text = ""
        func field(_ value: String?) {
            text += value ?? "\u{1E}"
            text += "\u{1F}"
        }
        field(enterprise.name)
        field(enterprise.creditCode?.value)
        field(enterprise.city)
        field(enterprise.industry)
        field(applyingFor)
        field(submitted)
        for key in profile.keys.sorted() {
            field(key)
            field(profile[key].map(Self.text))
        }
        text += "\u{1D}"
        for key in answers.keys.sorted() {
            guard let answer = answers[key] else { continue }
            field(key)
            field(answer.value.map(Self.text))
            field(answer.notApplicable)
            field(answer.evidence.joined(separator: "\u{1C}"))
            field(answer.note)
        }
        return AssessmentReader.fingerprint(Array(text.utf8))
    }

    private static func text(_ value: ProfileValue) -> String {
        switch value {
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return "s:" + s
        case .int(let i): return String(i)
        case .number(let n): return n.description
        }
    }

    private static func text(_ value: Answer.Value) -> String {
        switch value {
        case .choice(let id): return "c:" + id
        case .multi(let ids): return "m:" + ids.sorted().joined(separator: "\u{1C}")
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return n.description
        }
    }
}
