import SPBELintCore

/// How a document stands on the requirements of one legal tier (obligations, evaluation criteria
/// or good practice): met with evidence, not met, checked without evidence, not applicable.
public struct TierCount: Sendable, Hashable {
    public var basis: LegalBasis
    /// Met, with something in the document that shows it.
    public var met: Int = 0
    public var notMet: Int = 0
    /// Checked and nothing wrong found, but nothing shows them met.
    public var withoutEvidence: Int = 0
    public var notApplicable: Int = 0

    public init(basis: LegalBasis, requirements: [RequirementResult]) {
        self.basis = basis
        for requirement in requirements where requirement.tier == basis {
            switch requirement.status {
            case .notMet: notMet += 1
            case .notApplicable: notApplicable += 1
            case .met: if requirement.withoutEvidence { withoutEvidence += 1 } else { met += 1 }
            }
        }
    }

    /// The requirements of this tier that apply to the document.
    public var applicable: Int { met + notMet + withoutEvidence }

    /// Share met with evidence among those met with evidence or not met, 0-100; nil when none counts.
    public var percent: Int? {
        let counted = met + notMet
        return counted == 0 ? nil : (met * 100 + counted / 2) / counted
    }
}

extension RequirementResult {
    /// The legal tier: the rule's own, else read from its severity (rules written before tiers).
    public var tier: LegalBasis { basis ?? LegalBasis(severity: severity) }
}
