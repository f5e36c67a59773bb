/// The lowest severity that fails a run (`--fail-on`), or `never`.
public enum FailThreshold: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Whether any of `findings` is at or above the threshold.
    public func isReached(by findings: [Finding]) -> Bool {
        guard let minimum = Severity(rawValue: rawValue) else { return false }
        return findings.contains { $0.severity >= minimum }
    }
}
