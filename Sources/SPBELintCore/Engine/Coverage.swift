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

    public init(section: Int?, position: SourcePosition) {
        self.section = section
        self.position = position
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
    /// Why a requirement is not applicable, when the reason is worth telling (an instrument that
    /// was not yet in force at the document's date).
    public var reason: LocalizedText?

    public init(ruleId: String, area: Area, severity: Severity, basis: LegalBasis? = nil, status: RequirementStatus, requirement: LocalizedText,
                citations: [Citation], evidenceHeading: String? = nil, evidencePosition: SourcePosition? = nil,
                reason: LocalizedText? = nil) {
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
    }
}

/// Counts of requirement outcomes in one area.
public struct AreaCoverage: Sendable, Hashable {
    public var area: Area
    public var met: Int
    public var notMet: Int
    public var notApplicable: Int

    public init(area: Area, met: Int, notMet: Int, notApplicable: Int) {
        self.area = area
        self.met = met
        self.notMet = notMet
        self.notApplicable = notApplicable
    }

    /// Met share of the applicable requirements, 0-100, or nil when none applies.
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
                                met: results.filter { $0.status == .met }.count,
                                notMet: results.filter { $0.status == .notMet }.count,
                                notApplicable: results.filter { $0.status == .notApplicable }.count)
        }
    }

    /// Met share of all applicable requirements, 0-100, or nil when none applies.
    public var percent: Int? {
        let met = requirements.filter { $0.status == .met }.count
        let applicable = requirements.filter { $0.status != .notApplicable }.count
        return applicable == 0 ? nil : (met * 100 + applicable / 2) / applicable
    }
}
