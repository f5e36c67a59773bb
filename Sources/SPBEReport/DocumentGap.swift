import SPBEIndex
import SPBELintCore

/// One document's gaps: who and what it is, its findings, coverage and the indicators put at risk.
public struct DocumentGap: Sendable {
    public var path: String
    public var title: String?
    public var institution: String?
    public var kind: String?
    public var period: Period?
    public var status: String?
    public var profile: Profile
    public var findings: [Finding]
    public var coverage: DocumentCoverage
    /// Highest risk first; empty when no evaluation framework was given.
    public var risks: [IndicatorRisk]

    public init(document: Document, findings: [Finding], coverage: DocumentCoverage, risks: [IndicatorRisk]) {
        path = document.path
        title = document.title
        institution = document.metadata.institution
        kind = document.metadata.kind
        period = document.metadata.period
        status = document.metadata.status
        profile = document.profile
        self.findings = findings
        self.coverage = coverage
        self.risks = risks
    }

    /// The number of findings with this severity.
    public func count(_ severity: Severity) -> Int {
        findings.filter { $0.severity == severity }.count
    }

    /// The title, else the file path.
    public var label: String { title ?? path }

    /// What a requirement asks for (the rule's description), by rule id.
    public func requirement(_ ruleId: String) -> RequirementResult? {
        coverage.requirements.first { $0.ruleId == ruleId }
    }

    /// The requirements not met, most severe first, in rule order within a severity.
    public var unmet: [RequirementResult] {
        let notMet = coverage.requirements.filter { $0.status == .notMet }
        return notMet.enumerated().sorted { ($0.element.severity, -$0.offset) > ($1.element.severity, -$1.offset) }.map(\.element)
    }

    /// The requirements of one area for the matrix: not met first, then met, then not applicable,
    /// each in rule order.
    public func matrixRows(_ area: Area) -> [RequirementResult] {
        let rank: [RequirementStatus: Int] = [.notMet: 0, .met: 1, .notApplicable: 2]
        return coverage.requirements.enumerated().filter { $0.element.area == area }
            .sorted { (rank[$0.element.status] ?? 3, $0.offset) < (rank[$1.element.status] ?? 3, $1.offset) }.map(\.element)
    }

    /// Findings grouped by area, in the order of the output contract's area table.
    public var findingsByArea: [(area: Area, findings: [Finding])] {
        Area.allCases.compactMap { area in
            let inArea = findings.filter { $0.area == area }
            return inArea.isEmpty ? nil : (area, inArea)
        }
    }
}
