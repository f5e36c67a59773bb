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
        evaluate(document).findings
    }

    /// Findings and the outcome of every rule (met, not met, not applicable) for one document.
    public func evaluate(_ document: Document) -> (findings: [Finding], coverage: DocumentCoverage) {
        var findings = document.diagnostics.map { diagnosticFinding($0, in: document) }
        var requirements: [RequirementResult] = []
        for rule in rules {
            guard rule.applies(to: document) else {
                requirements.append(result(of: rule, status: .notApplicable, evidence: nil, in: document))
                continue
            }
            switch rule.check.evaluate(in: document) {
            case .notApplicable:
                requirements.append(result(of: rule, status: .notApplicable, evidence: nil, in: document))
            case .met(let evidence):
                requirements.append(result(of: rule, status: .met, evidence: evidence, in: document))
            case .unmet(let matches):
                findings += matches.map { finding(for: $0, of: rule, in: document) }
                requirements.append(result(of: rule, status: .notMet, evidence: nil, in: document))
            }
        }
        return (findings.sorted(by: Finding.reportOrder), DocumentCoverage(path: document.path, requirements: requirements))
    }

    private func result(of rule: Rule, status: RequirementStatus, evidence: Evidence?, in document: Document) -> RequirementResult {
        RequirementResult(ruleId: rule.id, area: rule.area, severity: rule.severity, basis: rule.basis, status: status,
                          requirement: rule.description ?? rule.message, citations: rule.citations,
                          evidenceHeading: evidence?.section.map { document.sections[$0].rawHeading },
                          evidencePosition: evidence?.position)
    }

    private func finding(for match: Match, of rule: Rule, in document: Document) -> Finding {
        let sectionPath = match.section.map { document.headingPath(of: $0) } ?? []
        let message = match.message ?? rule.message.filled(with: match.values)
        return Finding(ruleId: rule.id, severity: rule.severity, message: message, path: document.path,
                       position: match.position, area: rule.area, citations: rule.citations,
                       indicators: rule.indicators,
                       fingerprint: Fingerprint.make([rule.id, document.path] + sectionPath + [match.key]),
                       basis: rule.basis)
    }

    private func diagnosticFinding(_ diagnostic: DocumentDiagnostic, in document: Document) -> Finding {
        Finding(ruleId: diagnostic.code, severity: .error,
                message: LocalizedText(id: diagnostic.message, en: diagnostic.messageEN),
                path: document.path, position: diagnostic.position, area: .dokumen, citations: [], indicators: [],
                fingerprint: Fingerprint.make([diagnostic.code, document.path, diagnostic.message]))
    }
}
