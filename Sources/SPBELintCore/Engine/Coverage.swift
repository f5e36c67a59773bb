/// Whether a document meets one requirement (one rule).
public enum RequirementStatus: String, Sendable, Codable, CaseIterable {
    case met
    case notMet = "not-met"
    case notApplicable = "not-applicable"
}

/// Where a met requirement is met: the section (or metadata) that satisfies it.
public struct Evidence: Sendable, Hashable {
    /// The section index, or nil for metadata and the whole document.
    public var section: Int?
    public var position: SourcePosition
    /// A short quote of the line(s) that meet the requirement, so a reader can check the tool.
    public var excerpt: String?

    public init(section: Int?, position: SourcePosition, excerpt: String? = nil) {
        self.section = section
        self.position = position
        self.excerpt = excerpt
    }
}

/// The outcome of one rule on one document, for gap reports: met, not met, or not applicable.
public struct RequirementResult: Sendable, Hashable {
    public var ruleId: String
    public var area: Area
    public var severity: Severity
    /// The legal force of the requirement, when it comes from a rule.
    public var basis: LegalBasis?
    public var status: RequirementStatus
    /// The rule's description or message, naming the requirement.
    public var requirement: LocalizedText
    public var citations: [Citation]
    /// The heading of the section that meets it, when met.
    public var evidenceHeading: String?
    public var evidencePosition: SourcePosition?
    /// A short quote of the line(s) that meet it, when met and the kind can quote them.
    public var evidenceExcerpt: String?
    /// Why a requirement is not applicable, when the reason is worth telling (an instrument that
    /// was not yet in force at the document's date).
    public var reason: LocalizedText?

    /// Met only in that the check found nothing wrong: nothing in the document shows it (a check for
    /// defects, or nothing in scope to check). Coverage counts it neither as met nor as applicable.
    public var withoutEvidence: Bool = false

    /// Met, with something in the document that shows it: what coverage counts as met.
    public var isMetWithEvidence: Bool { status == .met && !withoutEvidence }

    /// Counts in coverage: met with evidence, or not met.
    public var countsInCoverage: Bool { status == .notMet || isMetWithEvidence }

    public init(ruleId: String, area: Area, severity: Severity, basis: LegalBasis? = nil, status: RequirementStatus, requirement: LocalizedText,
                citations: [Citation], evidenceHeading: String? = nil, evidencePosition: SourcePosition? = nil,
                evidenceExcerpt: String? = nil, reason: LocalizedText? = nil) {
        self.reason = reason
        self.ruleId = ruleId
        self.area = area
        self.severity = severity
        self.basis = basis
        self.status = status
        self.requirement = requirement
        self.citations = citations
        self.evidenceHeading = evidenceHeading
        self.evidencePosition = evidencePosition
        self.evidenceExcerpt = evidenceExcerpt
    }
}

/// Counts of requirement outcomes in one area.
public struct AreaCoverage: Sendable, Hashable {
    public var area: Area
    /// Met with evidence.
    public var met: Int
    public var notMet: Int
    public var notApplicable: Int
    /// Checked and nothing wrong found, but nothing shows them met: left out of `percent`.
    public var withoutEvidence: Int

    public init(area: Area, met: Int, notMet: Int, notApplicable: Int, withoutEvidence: Int = 0) {
        self.area = area
        self.met = met
        self.notMet = notMet
        self.notApplicable = notApplicable
        self.withoutEvidence = withoutEvidence
    }

    /// Share of the requirements met with evidence among those that count (met with evidence or not
    /// met), 0-100, or nil when none counts.
    public var percent: Int? {
        let applicable = met + notMet
        return applicable == 0 ? nil : (met * 100 + applicable / 2) / applicable
    }
}

/// Every requirement's outcome for one document, with per-area totals.
public struct DocumentCoverage: Sendable {
    public var path: String
    public var requirements: [RequirementResult]

    public init(path: String, requirements: [RequirementResult]) {
        self.path = path
        self.requirements = requirements
    }

    /// Totals per area, in the order of the output contract's area table.
    public var areas: [AreaCoverage] {
        Area.allCases.compactMap { area in
            let results = requirements.filter { $0.area == area }
            guard !results.isEmpty else { return nil }
            return AreaCoverage(area: area,
                                met: results.filter(\.isMetWithEvidence).count,
                                notMet: results.filter { $0.status == .notMet }.count,
                                notApplicable: results.filter { $0.status == .notApplicable }.count,
                                withoutEvidence: results.filter(\.withoutEvidence).count)
        }
    }

    /// Share of the applicable requirements met with evidence, 0-100, or nil when none counts
    /// (requirements met without evidence are left out of both sides).
    public var percent: Int? {
        let met = requirements.filter(\.isMetWithEvidence).count
        let applicable = requirements.filter(\.countsInCoverage).count
        return applicable == 0 ? nil : (met * 100 + applicable / 2) / applicable
    }
}
