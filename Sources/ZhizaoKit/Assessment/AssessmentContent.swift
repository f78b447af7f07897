extension Assessment {
    /// `sha256:` of what the assessment says, not of the bytes it was read from: the
    /// enterprise, the tier applied for, the date, the profile and every answer (value, N/A
    /// reason, evidence, note), in the rubric's order. Two files that differ only in line
    /// endings, comments, key order or quoting, or a file and a sheet row that say the same,
    /// have the same content (`rank` ranks them once). The rubric reference is left out:
    /// a batch is scored under one rubric.
    public func contentFingerprint(_ rubric: Rubric) -> String {
        // Bytes, not a String built by `+=`: this runs once per applicant of a batch.
        var text: [UInt8] = []
        text.reserveCapacity(4096)
        func field(_ value: String?) {
            if let value { text.append(contentsOf: value.utf8) } else { text.append(0x1E) }
            text.append(0x1F)
        }
        field(enterprise.name)
        field(enterprise.creditCode?.value)
        field(enterprise.city)
        field(enterprise.industry)
        field(applyingFor)
        field(submitted)
        // The rubric's order, not the file's: a validated assessment has no key the rubric lacks.
        for fact in rubric.profile {
            guard let value = profile[fact.id] else { continue }
            field(fact.id)
            field(Self.text(value))
        }
        text.append(0x1D)
        for indicator in rubric.indicators {
            guard let answer = answers[indicator.id] else { continue }
            field(indicator.id)
            field(answer.value.map(Self.text))
            field(answer.notApplicable)
            field(answer.evidence.joined(separator: "\u{1C}"))
            field(answer.note)
        }
        return AssessmentReader.fingerprint(text)
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
