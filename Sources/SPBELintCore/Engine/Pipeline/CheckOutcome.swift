/// What a run found after its gates, and how it ends: commands print `result` and exit with `status`.
public struct CheckOutcome: Sendable {
    /// The findings that count (waived and baselined ones moved to `suppressed`), with the documents,
    /// coverage and unreadable inputs: what reports print.
    public var result: LintResult
    /// The findings before the baseline hid any, which `--write-baseline` records.
    public var unbaselined: [Finding]
    /// The ratchet record read (or a new, empty one with `--update-ratchet`); nil without `--ratchet`.
    public var ratchet: Ratchet?
    /// The documents whose coverage fell below the ratchet record.
    public var regressions: [Ratchet.Regression]
    /// How the run ends.
    public var status: ExitStatus

    /// The baseline of this run (what `--write-baseline` writes): the findings not hidden by an
    /// inline comment or a waiver.
    public func baseline(in language: Language) -> Baseline {
        var current = result
        current.findings = unbaselined
        return Baseline(result: current, language: language)
    }

    /// The ratchet record after this run (what `--update-ratchet` writes), or nil without `--ratchet`.
    public var updatedRatchet: Ratchet? { ratchet?.updated(with: result.coverage) }
}
