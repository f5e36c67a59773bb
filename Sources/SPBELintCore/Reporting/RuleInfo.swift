/// What reporters need to know about a rule: identity, default severity, texts and citations.
public struct RuleInfo: Sendable, Hashable {
    public var id: String
    /// The pack it comes from, or nil for spbelint's built-in checks.
    public var pack: String?
    public var severity: Severity
    /// The legal force of the rule; nil for built-in checks.
    public var basis: LegalBasis?
    public var area: Area
    public var message: LocalizedText
    public var description: LocalizedText?
    public var citations: [Citation]
    public var indicators: [IndicatorLink]

    public init(id: String, pack: String?, severity: Severity, area: Area, message: LocalizedText,
                description: LocalizedText?, citations: [Citation] = [], indicators: [IndicatorLink] = [],
                basis: LegalBasis? = nil) {
        self.id = id
        self.pack = pack
        self.severity = severity
        self.area = area
        self.message = message
        self.description = description
        self.citations = citations
        self.indicators = indicators
        self.basis = basis
    }

    public init(rule: Rule) {
        self.init(id: rule.id, pack: rule.pack, severity: rule.severity, area: rule.area, message: rule.message,
                  description: rule.description, citations: rule.citations, indicators: rule.indicators,
                  basis: rule.basis)
    }

    /// Metadata for a rule id seen only in a finding: a built-in check's, else built from the finding.
    static func describing(_ finding: Finding) -> RuleInfo {
        if let builtIn = BuiltInChecks.info(finding.ruleId) { return builtIn }
        return RuleInfo(id: finding.ruleId, pack: nil, severity: finding.severity, area: finding.area,
                        message: finding.message, description: nil, citations: finding.citations,
                        indicators: finding.indicators, basis: finding.basis)
    }
}

extension LintResult {
    /// Metadata for every rule of the run and every other rule id a finding carries, sorted by id.
    public var allRules: [RuleInfo] {
        var byID: [String: RuleInfo] = [:]
        for rule in rules { byID[rule.id] = rule }
        for finding in findings + suppressed.map(\.finding) where byID[finding.ruleId] == nil {
            byID[finding.ruleId] = RuleInfo.describing(finding)
        }
        return byID.values.sorted { $0.id < $1.id }
    }
}
