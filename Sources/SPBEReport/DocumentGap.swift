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
    /// The level of government (`tingkat`).
    public var level: String?
    /// The enactment date (`tanggal-penetapan`), when stated.
    public var enactmentDate: CalendarDate?
    /// The version the document gives itself (`versi`), when stated.
    public var version: String?
    public var profile: Profile
    /// The identity values (front matter, XML metadata or read from the text), in document order.
    public var identity: [MetadataField]
    public var findings: [Finding]
    public var coverage: DocumentCoverage
    /// Highest risk first; empty when no evaluation framework was given.
    public var risks: [IndicatorRisk]
    /// Findings hidden by an inline `spbelint-disable…` comment, with their reason: the requirement
    /// stays not met, but the matrix says why no finding is listed.
    public var suppressed: [SuppressedFinding] = []

    public init(document: Document, findings: [Finding], coverage: DocumentCoverage, risks: [IndicatorRisk]) {
        path = document.path
        title = document.title
        institution = document.metadata.institution
        kind = document.metadata.kind
        period = document.metadata.period
        status = document.metadata.status
        level = document.metadata.level
        enactmentDate = document.metadata.enactmentDate
        version = document.metadata["versi"]?.value
        profile = document.profile
        identity = document.metadata.fields.values.sorted { ($0.position.line, $0.key) < ($1.position.line, $1.key) }
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

    /// The requirements not met, obligations first, then evaluation criteria, then good practice,
    /// in rule order within a tier.
    public var unmet: [RequirementResult] {
        let notMet = coverage.requirements.filter { $0.status == .notMet }
        return LegalBasis.allCases.flatMap { tier in notMet.filter { $0.tier == tier } }
    }

    /// Counts for each tier, obligations first.
    public var tiers: [TierCount] {
        LegalBasis.allCases.map { TierCount(basis: $0, requirements: coverage.requirements) }
    }

    /// Counts for the obligations (`kewajiban`): the headline of the report.
    public var obligations: TierCount { TierCount(basis: .kewajiban, requirements: coverage.requirements) }

    /// Whether the document could be enacted as it is, from its obligations and other tiers.
    public var verdict: Verdict {
        let tiers = tiers
        return Verdict(obligations: tiers[0], others: Array(tiers.dropFirst()), readingProblems: !readingFindings.isEmpty)
    }

    /// Findings that belong to no requirement: problems reading the document itself.
    public var readingFindings: [Finding] {
        let ids = Set(coverage.requirements.map(\.ruleId))
        return findings.filter { !ids.contains($0.ruleId) }
    }

    /// The findings of one rule, in report order.
    public func findings(of ruleId: String) -> [Finding] {
        findings.filter { $0.ruleId == ruleId }
    }

    /// The hidden findings of one rule.
    public func suppressed(of ruleId: String) -> [SuppressedFinding] {
        suppressed.filter { $0.finding.ruleId == ruleId }
    }

    /// The applicable requirements of one area for the matrix: not met first, then met with
    /// evidence, then met without evidence, each in rule order (not applicable ones are listed
    /// apart, see `notApplicable(_:)`).
    public func matrixRows(_ area: Area) -> [RequirementResult] {
        let inArea = coverage.requirements.filter { $0.area == area }
        return inArea.filter { $0.status == .notMet } + inArea.filter(\.isMetWithEvidence) + inArea.filter(\.withoutEvidence)
    }

    /// The requirements of one area that do not apply to this document, in rule order.
    public func notApplicable(_ area: Area) -> [RequirementResult] {
        coverage.requirements.filter { $0.area == area && $0.status == .notApplicable }
    }

    /// Findings grouped by area, in the order of the output contract's area table.
    public var findingsByArea: [(area: Area, findings: [Finding])] {
        Area.allCases.compactMap { area in
            let inArea = findings.filter { $0.area == area }
            return inArea.isEmpty ? nil : (area, inArea)
        }
    }
}
