/// Runs rules over a document and turns their matches, and the document's reading diagnostics,
/// into findings.
///
/// Layers: Document depends on nothing; Parsing builds Documents; Rules query Documents;
/// Reporting reads Findings; `Linter` and `LintRun` wire them together.
public struct Linter: Sendable {
    public var rules: [Rule]

    public init(rules: [Rule]) {
        self.rules = rules
    }

    /// All findings for one document, in report order.
    public func lint(_ document: Document) -> [Finding] {
        var findings = document.diagnostics.map { diagnosticFinding($0, in: document) }
        for rule in rules where rule.applies(to: document) {
            for match in rule.check.matches(in: document) {
                findings.append(finding(for: match, of: rule, in: document))
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    private func finding(for match: Match, of rule: Rule, in document: Document) -> Finding {
        let sectionPath = match.section.map { document.headingPath(of: $0) } ?? []
        let message = match.message ?? rule.message.filled(with: match.values)
        return Finding(ruleId: rule.id, severity: rule.severity, message: message, path: document.path,
                       position: match.position, area: rule.area, citations: rule.citations,
                       indicators: rule.indicators,
                       fingerprint: Fingerprint.make([rule.id, document.path] + sectionPath + [match.key]))
    }

    private func diagnosticFinding(_ diagnostic: DocumentDiagnostic, in document: Document) -> Finding {
        Finding(ruleId: diagnostic.code, severity: .error,
                message: LocalizedText(id: diagnostic.message, en: diagnostic.messageEN),
                path: document.path, position: diagnostic.position, area: .dokumen, citations: [], indicators: [],
                fingerprint: Fingerprint.make([diagnostic.code, document.path, diagnostic.message]))
    }
}
