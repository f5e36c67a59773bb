/// How a run ends for the shell: passed (0), failed its gate (1), or could not be done as asked (2).
public enum ExitStatus: Int32, Sendable, Hashable {
    /// Nothing at or above the threshold (with a ratchet: no document's coverage fell).
    case passed = 0
    /// Findings at or above the threshold (with a ratchet: a document's coverage fell).
    case failed = 1
    /// An input could not be read, or the run could not be done as asked.
    case unusable = 2

    /// The status of a gated result: unreadable inputs first, then the ratchet when one is used,
    /// else the findings against `failOn` (suppressed findings never count).
    public static func of(_ result: LintResult, failOn: FailThreshold, ratchet: [Ratchet.Regression]?) -> ExitStatus {
        if !result.problems.isEmpty { return .unusable }
        if let ratchet { return ratchet.isEmpty ? .passed : .failed }
        return failOn.isReached(by: result.findings) ? .failed : .passed
    }
}
