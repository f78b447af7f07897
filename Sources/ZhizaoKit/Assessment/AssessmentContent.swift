extension Assessment {
    /// What the assessment says, not the bytes it was read from: the enterprise, the tier
    /// applied for, the date, the profile and every answer (value, N/A reason, evidence,
    /// note), in the rubric's order. Two files that differ only in line endings, comments,
    /// key order or quoting, or a file and a sheet row that say the same, have equal keys
    /// (`rank` ranks them once). The rubric reference is left out: a batch is scored under
    /// one rubric.
    ///
    /// A hash for comparing within one run, never written anywhere: it is computed for
    /// every applicant of a batch, so it is Swift's fast `Hasher`, not SHA-256. Two different
    /// contents with one credit code would have to collide in 64 bits to be taken as one.
    public func contentKey(_ rubric: Rubric) -> Int {
        var hasher = Hasher()
        hasher.combine(enterprise.name)
        hasher.combine(enterprise.creditCode?.value)
        hasher.combine(enterprise.city)
        hasher.combine(enterprise.industry)
        hasher.combine(applyingFor)
        hasher.combine(submitted)
        // The rubric's order, not the file's: a validated assessment has no key the rubric lacks.
        for fact in rubric.profile {
            hasher.combine(profile[fact.id])
        }
        for indicator in rubric.indicators {
            guard let answer = answers[indicator.id] else {
                hasher.combine(0 as UInt8)
                continue
            }
            hasher.combine(1 as UInt8)
            switch answer.value {
            case .multi(let ids)?: hasher.combine(Answer.Value.multi(ids.sorted()))
            default: hasher.combine(answer.value)
            }
            hasher.combine(answer.notApplicable)
            hasher.combine(answer.evidence)
            hasher.combine(answer.note)
        }
        return hasher.finalize()
    }
}
