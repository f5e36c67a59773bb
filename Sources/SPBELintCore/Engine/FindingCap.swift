/// Findings of one rule in one document beyond `FindingCap.perRuleAndDocument`, left out of the
/// report (1 MB of malformed reference codes would otherwise give 200,000 findings).
public struct TruncatedFindings: Sendable, Hashable {
    public var path: String
    public var ruleId: String
    /// How many findings were left out.
    public var omitted: Int
}

/// Keeps at most `perRuleAndDocument` findings of each rule in a document (the first ones in report order).
public enum FindingCap {
    public static let perRuleAndDocument = 100

    /// The kept findings (order preserved) and what was left out, per rule.
    static func apply(_ findings: [Finding], path: String) -> (kept: [Finding], truncated: [TruncatedFindings]) {
        var counts: [String: Int] = [:]
        var kept: [Finding] = []
        kept.reserveCapacity(findings.count)
        for finding in findings {
            counts[finding.ruleId, default: 0] += 1
            if counts[finding.ruleId]! <= perRuleAndDocument { kept.append(finding) }
        }
        let truncated = counts.filter { $0.value > perRuleAndDocument }.keys.sorted().map {
            TruncatedFindings(path: path, ruleId: $0, omitted: counts[$0]! - perRuleAndDocument)
        }
        return (kept, truncated)
    }
}
