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
    /// With `parallel`, the rules run on all cores (for a run of one document: the document's
    /// analysis is shared and safe to use from several threads); the outcome is the same.
    public func evaluate(_ document: Document, parallel: Bool = false) -> (findings: [Finding], coverage: DocumentCoverage) {
        var findings = document.diagnostics.map { diagnosticFinding($0, in: document) }
        if rules.contains(where: { IdentityNotice.skips($0, in: document) }),
           let unknown = IdentityNotice.finding(for: document) {
            findings.append(unknown)
        }
        let parts = document.parts
        let views = parts.map { document.viewed(as: $0.kind) }
        let outcomes = parallel
            ? ParallelMap.map(rules) { outcome(of: $0, in: document, parts: parts, views: views) }
            : rules.map { outcome(of: $0, in: document, parts: parts, views: views) }
        var requirements: [RequirementResult] = []
        requirements.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            findings += outcome.findings
            requirements.append(outcome.requirement)
        }
        return (findings.map(document.locating).sorted(by: Finding.reportOrder),
                DocumentCoverage(path: document.path, requirements: requirements))
    }

    /// What one rule found in a document, and its requirement's outcome.
    private func outcome(of rule: Rule, in document: Document, parts: [DocumentPart],
                         views: [Document]) -> (findings: [Finding], requirement: RequirementResult) {
        // A composite document (a Perkada whose Lampiran is the plan) is read whole by the rules
        // of each of its kinds, so that the body's provisions count for the plan; what the plan
        // lacks is reported at the start of the Lampiran.
        let index = rule.documentKinds.isEmpty || parts.isEmpty ? nil : views.firstIndex { rule.applies(to: $0) }
        let target = index.map { views[$0] } ?? document
        let anchor = index.flatMap { parts[$0].role == "lampiran" ? parts[$0].start : nil }
        guard rule.applies(to: target) else {
            return ([], result(of: rule, status: .notApplicable, evidence: nil, in: document,
                               reason: ApplicabilityReason.text(for: rule, document: target)))
        }
        let dating = rule.instruments(for: document)
        if case .notInForce = dating {
            return ([], result(of: rule, status: .notApplicable, evidence: nil, in: document,
                               reason: dating.reason(for: document.metadata)))
        }
        switch Self.check(of: rule, dated: dating).evaluate(in: target) {
        case .notApplicable:
            return ([], result(of: rule, status: .notApplicable, evidence: nil, in: target))
        case .met(let evidence):
            return ([], result(of: rule, status: .met, evidence: evidence, in: target))
        case .nothingFound:
            var met = result(of: rule, status: .met, evidence: nil, in: target)
            met.withoutEvidence = true
            return ([], met)
        case .unmet(let matches):
            let findings = Self.onePerGap(matches.map { match in
                var match = match
                if let anchor, match.position == .start { match.position = anchor }
                return Self.conditional(finding(for: match, of: rule, in: target), on: dating, of: document)
            })
            return (findings, result(of: rule, status: .notMet, evidence: nil, in: target,
                                     reason: dating.reason(for: document.metadata)))
        }
    }

    private func result(of rule: Rule, status: RequirementStatus, evidence: Evidence?, in document: Document,
                        reason: LocalizedText? = nil) -> RequirementResult {
        let tier = rule.tier(for: document)
        return RequirementResult(ruleId: rule.id, area: rule.area, severity: tier.severity, basis: tier.basis, status: status,
                                 requirement: rule.description ?? rule.message, citations: tier.citations,
                                 evidenceHeading: evidence?.section.map { document.sections[$0].rawHeading },
                                 evidencePosition: evidence?.position, evidenceExcerpt: evidence?.excerpt, reason: reason)
    }

    /// The check to run: a levelled check asks its first level only of a document whose date is uncertain.
    static func check(of rule: Rule, dated dating: InstrumentApplicability) -> any RuleCheck {
        guard case .uncertain = dating, let levelled = rule.check as? any LevelledCheck else { return rule.check }
        return levelled.firstLevel()
    }

    /// A finding whose rule applies only if the document was enacted after an instrument it requires:
    /// at most `info`, and its message says the condition.
    static func conditional(_ finding: Finding, on dating: InstrumentApplicability, of document: Document) -> Finding {
        guard case .uncertain = dating, let reason = dating.reason(for: document.metadata) else { return finding }
        var finding = finding
        finding.severity = min(finding.severity, .info)
        finding.message = LocalizedText(id: finding.message.id + " " + reason.id, en: finding.message.en + " " + reason.en)
        return finding
    }

    private func finding(for match: Match, of rule: Rule, in document: Document) -> Finding {
        let sectionPath = match.section.map { document.headingPath(of: $0) } ?? []
        let message = rule.message(for: match)
        let tier = rule.tier(for: document)
        return Finding(ruleId: rule.id, severity: match.severity ?? tier.severity, message: message, path: document.path,
                       position: match.position, area: rule.area, citations: tier.citations,
                       indicators: rule.indicators,
                       fingerprint: Fingerprint.make([rule.id, document.path] + sectionPath + [match.key]),
                       basis: tier.basis)
    }

    /// One finding per gap: findings of one rule that say the same thing at the same place are one.
    static func onePerGap(_ findings: [Finding]) -> [Finding] {
        var seen = Set<String>()
        return findings.filter { seen.insert("\($0.position.page ?? 0):\($0.position.line):\($0.position.column):\($0.message.id)").inserted }
    }

    private func diagnosticFinding(_ diagnostic: DocumentDiagnostic, in document: Document) -> Finding {
        Finding(ruleId: diagnostic.code, severity: .error,
                message: LocalizedText(id: diagnostic.message, en: diagnostic.messageEN),
                path: document.path, position: diagnostic.position, area: .dokumen, citations: [], indicators: [],
                fingerprint: Fingerprint.make([diagnostic.code, document.path, diagnostic.message]))
    }
}
