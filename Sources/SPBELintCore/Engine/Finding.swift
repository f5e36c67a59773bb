/// One unmet requirement (or reading problem) at a place in a document.
public struct Finding: Sendable, Hashable {
    public var ruleId: String
    public var severity: Severity
    /// The legal force of the rule that made it; nil for reading problems and built-in checks.
    public var basis: LegalBasis?
    public var message: LocalizedText
    public var path: String
    public var position: SourcePosition
    public var area: Area
    public var citations: [Citation]
    public var indicators: [IndicatorLink]
    /// Stable across unrelated edits: built from rule, file and section path, not the line.
    public var fingerprint: String
    /// The headings above the finding, top first, in documents that number paragraphs (Word,
    /// OpenDocument); nil for line-based formats.
    public var headingPath: [String]?

    public init(ruleId: String, severity: Severity, message: LocalizedText, path: String, position: SourcePosition,
                area: Area, citations: [Citation], indicators: [IndicatorLink], fingerprint: String, basis: LegalBasis? = nil,
                headingPath: [String]? = nil) {
        self.ruleId = ruleId
        self.severity = severity
        self.message = message
        self.path = path
        self.position = position
        self.area = area
        self.citations = citations
        self.indicators = indicators
        self.fingerprint = fingerprint
        self.basis = basis
        self.headingPath = headingPath
    }

    /// Orders findings by file, page, line, column, then rule id.
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        // The page first: in a PDF the lines count within each page.
        (lhs.path, lhs.position.page ?? 0, lhs.position.line, lhs.position.column, lhs.ruleId)
            < (rhs.path, rhs.position.page ?? 0, rhs.position.line, rhs.position.column, rhs.ruleId)
    }
}
